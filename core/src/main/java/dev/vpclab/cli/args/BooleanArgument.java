package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.spec.ServiceSpec;
import java.util.List;
import java.util.Optional;

/**
 * A boolean member, which awscli splits into {@code --x} (store_true) and {@code --no-x}
 * (store_false) sharing one dest. Renames keep the dest: {@code --ingress} is the renamed {@code
 * --no-egress}.
 *
 * @param positive whether this is the store_true half
 * @param required what the model says; argparse never insists on a boolean
 */
record BooleanArgument(
    String name,
    String memberName,
    String dest,
    boolean positive,
    boolean required,
    String documentation)
    implements CliArgument {

  @Override
  public CliArgument notRequired() {
    return new BooleanArgument(name, memberName, dest, positive, false, documentation);
  }

  BooleanArgument renamed(String newName) {
    return new BooleanArgument(newName, memberName, dest, positive, required, documentation);
  }

  @Override
  public ArgParser.Action action() {
    return ArgParser.Action.flag(cliName(), dest, positive, null);
  }

  @Override
  public void addToParams(Build build, JsonNode value) {
    if (value != null) {
      build.params().set(memberName, value);
    }
  }

  @Override
  public OptionInfo describe(ServiceSpec service) {
    return new OptionInfo(
        cliName(),
        false,
        OptionInfo.ValueKind.NONE,
        "boolean",
        Optional.empty(),
        List.of(),
        documentation == null ? "" : documentation,
        Optional.of(memberName));
  }
}
