package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One entry of an operation's argument table, as awscli builds it in {@code
 * ServiceOperation._create_argument_table} and its customizations: what argparse is told about it,
 * and how its parsed value goes into the request ({@code add_to_params}).
 */
sealed interface CliArgument
    permits ModelArgument, BooleanArgument, OutfileArgument, CustomArgument {

  /** The name without dashes, e.g. {@code vpc-id}: the key of the argument table. */
  String name();

  /** {@code --vpc-id}, or the bare name of a positional. */
  default String cliName() {
    return "--" + name();
  }

  /** The key its value is looked up by after parsing (Python's {@code py_name}). */
  default String pyName() {
    return name().replace('-', '_');
  }

  /** Whether argparse insists on it. */
  boolean required();

  /** A copy that argparse does not insist on ({@code --cli-input-json} is on the line). */
  CliArgument notRequired();

  /** Hidden from help and completion, still accepted ({@code _UNDOCUMENTED}). */
  default boolean hidden() {
    return false;
  }

  /** What it contributes to the argparse parser. */
  ArgParser.Action action();

  /** {@code add_to_params}: puts the parsed value into the request being built. */
  void addToParams(Build build, JsonNode value) throws Refusal;

  /** What help and completion say about it. */
  OptionInfo describe(dev.vpclab.cli.spec.ServiceSpec service);

  /** The request being built and what arguments need to build it. */
  record Build(ObjectNode params, ValueUnpacker unpacker, dev.vpclab.cli.CliVersion version) {}
}
