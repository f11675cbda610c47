package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * An option one of awscli's customizations adds beside the model's members ({@code --count}, {@code
 * --port}, {@code --max-items}, {@code --cli-input-json}...): argparse never insists on it, and
 * what help says about it comes from the customization.
 */
sealed interface CustomArgument extends CliArgument
    permits InputArgument,
        PageArgument,
        RunInstancesArgument,
        SecurityGroupArgument,
        TopLevelBoolean {

  @Override
  default boolean required() {
    return false;
  }

  @Override
  default CliArgument notRequired() {
    return this;
  }

  /** {@code add_argument(cli_name, dest=py_name, nargs=..., type=...)}. */
  default ArgParser.Action store(ArgParser.Nargs nargs, ArgParser.Type type) {
    return ArgParser.Action.store(cliName(), pyName(), nargs, type, false);
  }

  /**
   * {@code add_argument(cli_name, dest=py_name, action='store_true'|'store_false', default=...)}.
   */
  default ArgParser.Action flag(boolean value, JsonNode defaultValue) {
    return ArgParser.Action.flag(cliName(), pyName(), value, defaultValue);
  }

  /**
   * {@code params[key][0]}, the entry the simple options of a customization fill; a list with
   * {@code first} in it is made when the request has none yet. An empty list the caller gave fails
   * the way Python's indexing does.
   */
  static ObjectNode firstEntry(ObjectNode params, String key, ObjectNode first) throws Refusal {
    if (!params.has(key)) {
      params.putArray(key).add(first);
    }
    if (!(params.get(key).get(0) instanceof ObjectNode entry)) {
      throw Refusal.general("list index out of range");
    }
    return entry;
  }

  /** What help and completion say about an option that fills no model member directly. */
  default OptionInfo described(
      OptionInfo.ValueKind value, String typeName, List<String> choices, String documentation) {
    return OptionInfo.unmodelled(cliName(), false, value, typeName, choices, documentation);
  }
}
