package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.util.Optional;

/**
 * A member of the input shape that is not a boolean: awscli's {@code CLIArgument}, or {@code
 * ListArgument} ({@code nargs='*'}) for a list.
 *
 * @param memberName the request member it fills (botocore's serialized name)
 * @param shape the member's shape
 * @param streaming a streaming blob: the value is a path to a file
 */
record ModelArgument(
    String name,
    String memberName,
    Shape shape,
    boolean streaming,
    boolean required,
    boolean hidden,
    String documentation)
    implements CliArgument {

  @Override
  public CliArgument notRequired() {
    return new ModelArgument(name, memberName, shape, streaming, false, hidden, documentation);
  }

  ModelArgument asHidden() {
    return new ModelArgument(name, memberName, shape, streaming, required, true, documentation);
  }

  ModelArgument renamed(String newName) {
    return new ModelArgument(
        newName, memberName, shape, streaming, required, hidden, documentation);
  }

  /** awscli's TYPE_MAP: floats and longs are converted by argparse, integers later. */
  private ArgParser.Type argparseType() {
    return switch (shape.type()) {
      case FLOAT, DOUBLE -> ArgParser.Type.FLOAT;
      case LONG -> ArgParser.Type.INT;
      default -> ArgParser.Type.STR;
    };
  }

  @Override
  public ArgParser.Action action() {
    ArgParser.Nargs nargs =
        shape.type() == Shape.Type.LIST ? ArgParser.Nargs.ZERO_OR_MORE : ArgParser.Nargs.ONE;
    return ArgParser.Action.store(cliName(), pyName(), nargs, argparseType(), required);
  }

  @Override
  public void addToParams(Build build, JsonNode value) throws Refusal {
    if (value == null) {
      return;
    }
    build.params().set(memberName, build.unpacker().unpack(shape, streaming, cliName(), value));
  }

  @Override
  public OptionInfo describe(ServiceSpec service) {
    Shape valueShape = shape.type() == Shape.Type.LIST ? service.shape(shape.memberShape()) : shape;
    return new OptionInfo(
        cliName(),
        required,
        shape.type() == Shape.Type.LIST ? OptionInfo.ValueKind.MANY : OptionInfo.ValueKind.ONE,
        shape.type().name().toLowerCase(),
        Optional.of(shape.name()),
        valueShape.enumValues(),
        documentation == null ? "" : documentation,
        Optional.of(memberName));
  }
}
