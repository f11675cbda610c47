package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.spec.ServiceSpec;
import java.util.List;

/**
 * {@code customizations/streamingoutputarg.py}: an operation whose response body streams ({@code
 * s3api get-object}) takes the file to save it in as a required positional, {@code outfile}.
 */
record OutfileArgument(boolean required) implements CliArgument {
  static final String HELP = "Filename where the content will be saved";

  @Override
  public String name() {
    return "outfile";
  }

  @Override
  public String cliName() {
    return "outfile";
  }

  @Override
  public CliArgument notRequired() {
    return new OutfileArgument(false);
  }

  @Override
  public ArgParser.Action action() {
    return ArgParser.Action.store(
            "outfile", "outfile", ArgParser.Nargs.ONE, ArgParser.Type.STR, required)
        .withMetavar("outfile");
  }

  @Override
  public void addToParams(Build build, JsonNode value) {
    // The file is written after the call; OperationParser reports it beside the request.
  }

  @Override
  public OptionInfo describe(ServiceSpec service) {
    return OptionInfo.unmodelled(
        "outfile", required, OptionInfo.ValueKind.ONE, "string", List.of(), HELP);
  }
}
