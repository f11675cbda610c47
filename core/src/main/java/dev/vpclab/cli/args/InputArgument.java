package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vpclab.cli.spec.ServiceSpec;
import java.util.List;

/**
 * The options every non-streaming operation gets: {@code --cli-input-json} (and CLI v2's {@code
 * --cli-input-yaml}), which supply the whole request, and {@code --generate-cli-skeleton [input|
 * output]}, which prints a template instead of calling. Their values are used after the request is
 * built, not by {@code add_to_params}.
 */
record InputArgument(Kind kind, List<String> choices) implements CustomArgument {

  /** The three options. */
  enum Kind {
    CLI_INPUT_JSON(
        "cli-input-json",
        "Performs service operation based on the JSON string provided. The JSON string follows the"
            + " format provided by --generate-cli-skeleton. If other arguments are provided on the"
            + " command line, the CLI values will override the JSON-provided values."),
    CLI_INPUT_YAML(
        "cli-input-yaml",
        "Reads arguments from the YAML string provided. The YAML string follows the format provided"
            + " by --generate-cli-skeleton yaml-input. If other arguments are provided on the"
            + " command line, those values will override the YAML-provided values. This may not be"
            + " specified along with --cli-input-json."),
    GENERATE_CLI_SKELETON(
        "generate-cli-skeleton",
        "Prints a JSON skeleton to standard output without sending an API request. If provided"
            + " with no value or the value input, prints a sample input JSON that can be used as an"
            + " argument for --cli-input-json. If provided with the value output, it validates the"
            + " command inputs and returns a sample output JSON for that command.");

    final String cliName;
    final String doc;

    Kind(String cliName, String doc) {
      this.cliName = cliName;
      this.doc = doc;
    }
  }

  @Override
  public String name() {
    return kind.cliName;
  }

  @Override
  public ArgParser.Action action() {
    if (kind == Kind.GENERATE_CLI_SKELETON) {
      return store(ArgParser.Nargs.OPTIONAL, ArgParser.Type.STR)
          .withConst(JsonNodeFactory.instance.textNode("input"))
          .withChoices(choices);
    }
    return store(ArgParser.Nargs.ONE, ArgParser.Type.STR);
  }

  @Override
  public void addToParams(Build build, JsonNode value) {}

  @Override
  public OptionInfo describe(ServiceSpec service) {
    return described(
        kind == Kind.GENERATE_CLI_SKELETON
            ? OptionInfo.ValueKind.OPTIONAL
            : OptionInfo.ValueKind.ONE,
        "string",
        choices == null ? List.of() : choices,
        kind.doc);
  }
}
