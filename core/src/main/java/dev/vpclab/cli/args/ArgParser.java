package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.vpclab.cli.GlobalOptions;
import dev.vpclab.cli.python.PythonRepr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Python 3.11's {@code argparse} the real CLI leans on, ported so that vpclab accepts
 * and refuses the same words: {@code parse_known_args} with long options, abbreviations ({@code
 * --cidr} for {@code --cidr-block}), {@code --opt=value}, {@code --}, negative numbers as values,
 * nargs {@code None ? * +} and 0, and awscli's {@code CLIArgParser} choice message. Single-dash
 * options, mutually exclusive groups and {@code fromfile_prefix_chars} are not used by the CLI's
 * operation parsers and are left out.
 *
 * <p>Values live in a namespace keyed by dest: a {@code TextNode} for a word, an {@code ArrayNode}
 * of words, a {@code BooleanNode} for flags, an int node for {@code type=int}, Java {@code null}
 * for Python's None and {@link #NOT_SPECIFIED} for the CLI's {@code _NOT_SPECIFIED} sentinel.
 */
final class ArgParser {
  static final JsonNode NOT_SPECIFIED = MissingNode.getInstance();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("^-\\d+$|^-\\d*\\.\\d+$");

  /** argparse's nargs. */
  enum Nargs {
    /** None: exactly one word, stored as a str. */
    ONE,
    /** '?'. */
    OPTIONAL,
    /** '*'. */
    ZERO_OR_MORE,
    /** '+'. */
    ONE_OR_MORE,
    /** 0: store_true and store_false take no word. */
    ZERO,
    /** 2: exactly two words, as {@code aws s3 cp}'s paths. */
    TWO
  }

  /** How a word is converted: argparse's {@code type}. */
  enum Type {
    STR("str"),
    INT("int"),
    FLOAT("float");

    final String pyName;

    Type(String pyName) {
      this.pyName = pyName;
    }
  }

  /** What argparse does with an option once matched. */
  enum Store {
    VALUE,
    TRUE,
    FALSE
  }

  /**
   * One {@code add_argument} call. {@code option} is {@code --name} for an optional or the bare
   * name for a positional.
   */
  record Action(
      String option,
      String dest,
      Nargs nargs,
      Store store,
      Type type,
      JsonNode defaultValue,
      JsonNode constValue,
      boolean required,
      List<String> choices,
      String metavar) {

    boolean isOptional() {
      return option.startsWith("-");
    }

    String displayName() {
      if (isOptional()) {
        return option;
      }
      return metavar != null ? metavar : dest;
    }

    static Action store(String option, String dest, Nargs nargs, Type type, boolean required) {
      return new Action(option, dest, nargs, Store.VALUE, type, null, null, required, null, null);
    }

    static Action flag(String option, String dest, boolean value, JsonNode defaultValue) {
      return new Action(
          option,
          dest,
          Nargs.ZERO,
          value ? Store.TRUE : Store.FALSE,
          Type.STR,
          defaultValue,
          null,
          false,
          null,
          null);
    }

    Action withDefault(JsonNode value) {
      return new Action(
          option, dest, nargs, store, type, value, constValue, required, choices, metavar);
    }

    Action withConst(JsonNode value) {
      return new Action(
          option, dest, nargs, store, type, defaultValue, value, required, choices, metavar);
    }

    Action withChoices(List<String> values) {
      return new Action(
          option, dest, nargs, store, type, defaultValue, constValue, required, values, metavar);
    }

    Action withMetavar(String value) {
      return new Action(
          option, dest, nargs, store, type, defaultValue, constValue, required, choices, value);
    }
  }

  /** What parse_known_args returns: the namespace and the words nobody claimed. */
  record Parsed(Map<String, JsonNode> namespace, List<String> extras) {}

  /** argparse's ArgumentError and parser.error: refused, with the message after "aws: error: ". */
  static final class Refused extends Exception {
    final String message;

    Refused(String message) {
      super(message, null, false, false);
      this.message = message;
    }

    static Refused argument(Action action, String message) {
      return new Refused("argument " + action.displayName() + ": " + message);
    }
  }

  private final List<Action> actions;
  private final Map<String, Action> optionActions = new LinkedHashMap<>();

  ArgParser(List<Action> actions) {
    this.actions = List.copyOf(actions);
    for (Action action : actions) {
      if (action.isOptional()) {
        optionActions.put(action.option(), action);
      }
    }
  }

  private record OptionTuple(Action action, String optionString, String explicitArg) {}

  Parsed parseKnownArgs(List<String> args) throws Refused {
    Map<String, JsonNode> namespace = new LinkedHashMap<>();
    for (Action action : actions) {
      if (!namespace.containsKey(action.dest())) {
        namespace.put(action.dest(), action.defaultValue());
      }
    }
    return new Run(new ArrayList<>(args), namespace).parse();
  }

  /** One run of {@code _parse_known_args}. */
  private final class Run {
    final List<String> argStrings;
    final Map<String, JsonNode> namespace;
    final TreeMap<Integer, OptionTuple> optionStringIndices = new TreeMap<>();
    final Set<Action> seenActions = new HashSet<>();
    final List<String> extras = new ArrayList<>();
    final List<Action> positionals = new ArrayList<>();
    String pattern;

    Run(List<String> argStrings, Map<String, JsonNode> namespace) {
      this.argStrings = argStrings;
      this.namespace = namespace;
      for (Action action : actions) {
        if (!action.isOptional()) {
          positionals.add(action);
        }
      }
    }

    Parsed parse() throws Refused {
      StringBuilder parts = new StringBuilder();
      boolean afterDoubleDash = false;
      for (int i = 0; i < argStrings.size(); i++) {
        String arg = argStrings.get(i);
        if (afterDoubleDash) {
          parts.append('A');
        } else if (arg.equals("--")) {
          parts.append('-');
          afterDoubleDash = true;
        } else {
          OptionTuple tuple = parseOptional(arg);
          if (tuple == null) {
            parts.append('A');
          } else {
            optionStringIndices.put(i, tuple);
            parts.append('O');
          }
        }
      }
      pattern = parts.toString();

      int startIndex = 0;
      int maxOptionStringIndex = optionStringIndices.isEmpty() ? -1 : optionStringIndices.lastKey();
      while (startIndex <= maxOptionStringIndex) {
        int nextOptionStringIndex = optionStringIndices.ceilingKey(startIndex);
        if (startIndex != nextOptionStringIndex) {
          int positionalsEndIndex = consumePositionals(startIndex);
          if (positionalsEndIndex > startIndex) {
            startIndex = positionalsEndIndex;
            continue;
          } else {
            startIndex = positionalsEndIndex;
          }
        }
        if (!optionStringIndices.containsKey(startIndex)) {
          extras.addAll(argStrings.subList(startIndex, nextOptionStringIndex));
          startIndex = nextOptionStringIndex;
        }
        startIndex = consumeOptional(startIndex);
      }
      int stopIndex = consumePositionals(startIndex);
      extras.addAll(argStrings.subList(stopIndex, argStrings.size()));

      List<String> required = new ArrayList<>();
      for (Action action : actions) {
        if (!seenActions.contains(action) && action.required()) {
          required.add(action.displayName());
        }
      }
      if (!required.isEmpty()) {
        throw new Refused("the following arguments are required: " + String.join(", ", required));
      }
      return new Parsed(namespace, extras);
    }

    int consumeOptional(int startIndex) throws Refused {
      OptionTuple tuple = optionStringIndices.get(startIndex);
      Action action = tuple.action();
      String explicitArg = tuple.explicitArg();
      if (action == null) {
        extras.add(argStrings.get(startIndex));
        return startIndex + 1;
      }
      int stop;
      List<String> args;
      if (explicitArg != null) {
        int argCount = matchArgument(action, "A");
        if (argCount == 1) {
          stop = startIndex + 1;
          args = new ArrayList<>(List.of(explicitArg));
        } else {
          throw Refused.argument(
              action, "ignored explicit argument " + PythonRepr.repr(explicitArg));
        }
      } else {
        int start = startIndex + 1;
        int argCount = matchArgument(action, pattern.substring(start));
        stop = start + argCount;
        args = new ArrayList<>(argStrings.subList(start, stop));
      }
      takeAction(action, args);
      return stop;
    }

    int consumePositionals(int startIndex) throws Refused {
      List<Integer> argCounts = matchArgumentsPartial(positionals, pattern.substring(startIndex));
      for (int i = 0; i < argCounts.size(); i++) {
        int count = argCounts.get(i);
        List<String> args = new ArrayList<>(argStrings.subList(startIndex, startIndex + count));
        startIndex += count;
        takeAction(positionals.get(i), args);
      }
      positionals.subList(0, argCounts.size()).clear();
      return startIndex;
    }

    void takeAction(Action action, List<String> argumentStrings) throws Refused {
      seenActions.add(action);
      JsonNode value = getValues(action, argumentStrings);
      switch (action.store()) {
        case TRUE -> namespace.put(action.dest(), NODES.booleanNode(true));
        case FALSE -> namespace.put(action.dest(), NODES.booleanNode(false));
        case VALUE -> namespace.put(action.dest(), value);
      }
    }
  }

  private OptionTuple parseOptional(String arg) throws Refused {
    if (arg.isEmpty() || arg.charAt(0) != '-') {
      return null;
    }
    if (optionActions.containsKey(arg)) {
      return new OptionTuple(optionActions.get(arg), arg, null);
    }
    if (arg.length() == 1) {
      return null;
    }
    int eq = arg.indexOf('=');
    if (eq >= 0) {
      String optionString = arg.substring(0, eq);
      if (optionActions.containsKey(optionString)) {
        return new OptionTuple(
            optionActions.get(optionString), optionString, arg.substring(eq + 1));
      }
    }
    List<OptionTuple> tuples = optionTuples(arg);
    if (tuples.size() > 1) {
      List<String> names = tuples.stream().map(OptionTuple::optionString).toList();
      throw new Refused("ambiguous option: " + arg + " could match " + String.join(", ", names));
    } else if (tuples.size() == 1) {
      return tuples.get(0);
    }
    if (NEGATIVE_NUMBER.matcher(arg).find()) {
      return null;
    }
    if (arg.contains(" ")) {
      return null;
    }
    return new OptionTuple(null, arg, null);
  }

  private List<OptionTuple> optionTuples(String optionString) {
    List<OptionTuple> result = new ArrayList<>();
    if (optionString.charAt(1) == '-') {
      String prefix = optionString;
      String explicitArg = null;
      int eq = optionString.indexOf('=');
      if (eq >= 0) {
        prefix = optionString.substring(0, eq);
        explicitArg = optionString.substring(eq + 1);
      }
      for (Map.Entry<String, Action> e : optionActions.entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          result.add(new OptionTuple(e.getValue(), e.getKey(), explicitArg));
        }
      }
    } else {
      String shortPrefix = optionString.substring(0, 2);
      String shortExplicit = optionString.substring(2);
      for (Map.Entry<String, Action> e : optionActions.entrySet()) {
        if (e.getKey().equals(shortPrefix)) {
          result.add(new OptionTuple(e.getValue(), e.getKey(), shortExplicit));
        } else if (e.getKey().startsWith(optionString)) {
          result.add(new OptionTuple(e.getValue(), e.getKey(), null));
        }
      }
    }
    return result;
  }

  private static String nargsPattern(Action action) {
    String p =
        switch (action.nargs()) {
          case ONE -> "(-*A-*)";
          case OPTIONAL -> "(-*A?-*)";
          case ZERO_OR_MORE -> "(-*[A-]*)";
          case ONE_OR_MORE -> "(-*A[A-]*)";
          case ZERO -> "(-*-*)";
          case TWO -> "(-*A-*A-*)";
        };
    if (action.isOptional()) {
      p = p.replace("-*", "").replace("-", "");
    }
    return p;
  }

  private static int matchArgument(Action action, String argStringsPattern) throws Refused {
    Matcher m = Pattern.compile(nargsPattern(action)).matcher(argStringsPattern);
    if (!m.lookingAt()) {
      String msg =
          switch (action.nargs()) {
            case ONE -> "expected one argument";
            case OPTIONAL -> "expected at most one argument";
            case ONE_OR_MORE -> "expected at least one argument";
            case TWO -> "expected 2 arguments";
            default -> "expected " + 0 + " arguments";
          };
      throw Refused.argument(action, msg);
    }
    return m.group(1).length();
  }

  private static List<Integer> matchArgumentsPartial(List<Action> actions, String pattern) {
    List<Integer> result = new ArrayList<>();
    for (int i = actions.size(); i > 0; i--) {
      StringBuilder p = new StringBuilder();
      for (Action action : actions.subList(0, i)) {
        p.append(nargsPattern(action));
      }
      Matcher m = Pattern.compile(p.toString()).matcher(pattern);
      if (m.lookingAt()) {
        for (int g = 1; g <= m.groupCount(); g++) {
          result.add(m.group(g).length());
        }
        break;
      }
    }
    return result;
  }

  private JsonNode getValues(Action action, List<String> argStrings) throws Refused {
    argStrings.remove("--");
    if (argStrings.isEmpty() && action.nargs() == Nargs.OPTIONAL) {
      JsonNode value = action.isOptional() ? action.constValue() : action.defaultValue();
      if (value != null && value.isTextual()) {
        value = getValue(action, value.textValue());
        checkValue(action, value);
      }
      return value;
    }
    if (argStrings.size() == 1
        && (action.nargs() == Nargs.ONE || action.nargs() == Nargs.OPTIONAL)) {
      JsonNode value = getValue(action, argStrings.get(0));
      checkValue(action, value);
      return value;
    }
    ArrayNode values = NODES.arrayNode();
    for (String s : argStrings) {
      values.add(getValue(action, s));
    }
    for (JsonNode v : values) {
      checkValue(action, v);
    }
    return values;
  }

  private static JsonNode getValue(Action action, String arg) throws Refused {
    try {
      return switch (action.type()) {
        case STR -> NODES.textNode(arg);
        case INT -> PyJson.intNode(PyNumbers.toInt(arg));
        case FLOAT -> NODES.numberNode(PyNumbers.toFloat(NODES.textNode(arg)));
      };
    } catch (PyNumbers.PyError e) {
      throw Refused.argument(
          action, "invalid " + action.type().pyName + " value: " + PythonRepr.repr(arg));
    }
  }

  /** awscli's CLIArgParser._check_value: its own "Invalid choice" layout and hints. */
  private static void checkValue(Action action, JsonNode value) throws Refused {
    List<String> choices = action.choices();
    if (choices == null || (value.isTextual() && choices.contains(value.textValue()))) {
      return;
    }
    throw Refused.argument(action, GlobalOptions.invalidChoice(PythonRepr.str(value), choices));
  }
}
