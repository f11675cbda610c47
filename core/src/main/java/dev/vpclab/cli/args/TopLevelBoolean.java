package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vpclab.cli.python.PythonValues;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.util.List;
import java.util.Optional;

/**
 * {@code customizations/toplevelbool.py}: an EC2 member shaped {@code {"Value": boolean}} becomes
 * {@code --x [value]} and {@code --no-x}, e.g. {@code modify-vpc-attribute --enable-dns-hostnames}.
 *
 * @param positive {@code --x}, which takes an optional value; otherwise {@code --no-x}
 */
record TopLevelBoolean(
    String name, String memberName, Shape shape, boolean positive, String documentation)
    implements CustomArgument {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Override
  public ArgParser.Action action() {
    if (positive) {
      return store(ArgParser.Nargs.OPTIONAL, ArgParser.Type.STR)
          .withDefault(ArgParser.NOT_SPECIFIED);
    }
    return flag(true, ArgParser.NOT_SPECIFIED);
  }

  @Override
  public void addToParams(Build build, JsonNode value) throws Refusal {
    if (value == ArgParser.NOT_SPECIFIED) {
      return;
    }
    if (!positive) {
      if (PythonValues.truthy(value)) {
        build.params().set(memberName, NODES.objectNode().put("Value", false));
      }
      return;
    }
    if (value == null) {
      build.params().set(memberName, NODES.objectNode().put("Value", true));
    } else {
      build.params().set(memberName, build.unpacker().unpack(shape, false, cliName(), value));
    }
  }

  @Override
  public OptionInfo describe(ServiceSpec service) {
    return new OptionInfo(
        cliName(),
        false,
        positive ? OptionInfo.ValueKind.OPTIONAL : OptionInfo.ValueKind.NONE,
        positive ? "structure" : "boolean",
        positive ? Optional.of(shape.name()) : Optional.empty(),
        List.of(),
        documentation == null ? "" : documentation,
        Optional.of(memberName));
  }
}
