package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The argument table of one of the CLI's own commands ({@code BasicCommand} in
 * awscli/customizations/commands.py: {@code aws s3 ls}, {@code aws s3 cp}…), parsed by the same
 * argparse port as the operations. Words no argument claims are refused as the CLI refuses them:
 * {@code Unknown options: a, b}.
 */
public final class CustomArgs {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<ArgParser.Action> actions;
  private final Set<String> integers;

  private CustomArgs(List<ArgParser.Action> actions, Set<String> integers) {
    this.actions = List.copyOf(actions);
    this.integers = Set.copyOf(integers);
  }

  public static CustomArgs of() {
    return new CustomArgs(List.of(), Set.of());
  }

  private CustomArgs with(ArgParser.Action action) {
    var all = new ArrayList<>(actions);
    all.add(action);
    return new CustomArgs(all, integers);
  }

  /** A required positional that takes one word. */
  public CustomArgs positional(String name) {
    return with(ArgParser.Action.store(name, name, ArgParser.Nargs.ONE, ArgParser.Type.STR, true));
  }

  /** A positional that may be left out ({@code nargs='?'}), {@code fallback} then. */
  public CustomArgs optionalPositional(String name, String fallback) {
    return with(
        ArgParser.Action.store(name, name, ArgParser.Nargs.OPTIONAL, ArgParser.Type.STR, false)
            .withDefault(NODES.textNode(fallback)));
  }

  /** A required positional of exactly two words ({@code nargs=2}). */
  public CustomArgs twoPositionals(String name) {
    return with(ArgParser.Action.store(name, name, ArgParser.Nargs.TWO, ArgParser.Type.STR, true));
  }

  /** {@code --name}: {@code store_true}. */
  public CustomArgs flag(String name) {
    return with(ArgParser.Action.flag("--" + name, dest(name), true, NODES.booleanNode(false)));
  }

  /** {@code --name VALUE}. */
  public CustomArgs value(String name) {
    return with(
        ArgParser.Action.store(
            "--" + name, dest(name), ArgParser.Nargs.ONE, ArgParser.Type.STR, false));
  }

  /** {@code --name VALUE} with the values argparse accepts. */
  public CustomArgs choice(String name, List<String> choices) {
    return with(
        ArgParser.Action.store(
                "--" + name, dest(name), ArgParser.Nargs.ONE, ArgParser.Type.STR, false)
            .withChoices(choices));
  }

  /**
   * {@code --name N} of {@code cli_type_name: integer}: argparse takes any word and the command
   * converts it, so {@code x} fails as Python's {@code int('x')} does.
   */
  public CustomArgs integer(String name) {
    var withInteger = new HashSet<>(integers);
    withInteger.add(dest(name));
    CustomArgs added =
        with(
            ArgParser.Action.store(
                "--" + name, dest(name), ArgParser.Nargs.ONE, ArgParser.Type.STR, false));
    return new CustomArgs(added.actions, withInteger);
  }

  /** {@code --name [VALUE]}: {@code nargs='?'} with the value {@code constant} when left out. */
  public CustomArgs optionalValue(String name, String constant) {
    return with(
        ArgParser.Action.store(
                "--" + name, dest(name), ArgParser.Nargs.OPTIONAL, ArgParser.Type.STR, false)
            .withConst(NODES.textNode(constant)));
  }

  /** {@code --name V [V ...]} ({@code nargs='+'}). */
  public CustomArgs values(String name) {
    return with(
        ArgParser.Action.store(
            "--" + name, dest(name), ArgParser.Nargs.ONE_OR_MORE, ArgParser.Type.STR, false));
  }

  /** What the words came to: the values by name, or the CLI's refusal. */
  public sealed interface Result {
    record Parsed(Values values) implements Result {}

    record Refused(UsageError error) implements Result {}
  }

  public Result parse(List<String> words) {
    ArgParser.Parsed parsed;
    try {
      parsed = new ArgParser(actions).parseKnownArgs(words);
    } catch (ArgParser.Refused refused) {
      return new Result.Refused(UsageError.argparse(refused.message));
    }
    if (!parsed.extras().isEmpty()) {
      return new Result.Refused(UsageError.parameter(ParseResult.unknownOptions(parsed.extras())));
    }
    var namespace = new LinkedHashMap<>(parsed.namespace());
    for (String dest : integers) {
      JsonNode value = namespace.get(dest);
      if (value != null && value.isTextual()) {
        try {
          namespace.put(dest, PyJson.intNode(PyNumbers.toInt(value.textValue())));
        } catch (PyNumbers.PyError e) {
          return new Result.Refused(UsageError.general(e.getMessage()));
        }
      }
    }
    return new Result.Parsed(new Values(namespace));
  }

  /** The parsed values, by the argument's name as typed ({@code human-readable}). */
  public record Values(Map<String, JsonNode> namespace) {
    public boolean flag(String name) {
      JsonNode value = namespace.get(dest(name));
      return value != null && value.asBoolean(false);
    }

    public Optional<String> string(String name) {
      JsonNode value = namespace.get(dest(name));
      return value == null || value.isMissingNode() || value.isNull() || !value.isValueNode()
          ? Optional.empty()
          : Optional.of(value.asText());
    }

    public List<String> strings(String name) {
      JsonNode value = namespace.get(dest(name));
      var out = new ArrayList<String>();
      if (value instanceof ArrayNode array) {
        array.forEach(v -> out.add(v.asText()));
      } else if (value != null && value.isTextual()) {
        out.add(value.textValue());
      }
      return out;
    }

    /** Whether the option was given at all. */
    public boolean given(String name) {
      JsonNode value = namespace.get(dest(name));
      return value != null && !value.isMissingNode() && !value.isNull() && !value.isBoolean();
    }
  }

  private static String dest(String name) {
    return name.replace('-', '_');
  }
}
