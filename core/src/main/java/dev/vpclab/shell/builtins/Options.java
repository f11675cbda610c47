package dev.vpclab.shell.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GNU {@code getopt_long} as coreutils use it: short options clustered ({@code -la}), arguments
 * attached or separate ({@code -n5}, {@code -n 5}), long options with unique prefixes ({@code
 * --lines=5}), options anywhere before {@code --}, and {@code -} as an operand.
 */
final class Options {

  /** One option: its short letter (or 0), long name (or null), and whether it takes a value. */
  record Option(char letter, String longName, boolean takesValue, boolean optionalValue) {
    Option(char letter, String longName, boolean takesValue) {
      this(letter, longName, takesValue, false);
    }

    String key() {
      return letter != 0 ? String.valueOf(letter) : longName;
    }
  }

  /** What was given: options by key (flags map to ""), operands in order, or an error line. */
  record Parsed(Map<String, String> given, List<String> operands, String error) {
    boolean has(String key) {
      return given.containsKey(key);
    }

    String value(String key) {
      return given.get(key);
    }

    boolean failed() {
      return error != null;
    }
  }

  private final List<Option> options;

  private Options(List<Option> options) {
    this.options = options;
  }

  static Options of(Option... options) {
    return new Options(List.of(options));
  }

  static Option flag(char letter, String longName) {
    return new Option(letter, longName, false);
  }

  static Option value(char letter, String longName) {
    return new Option(letter, longName, true);
  }

  /** A long option whose value is optional: {@code --color} or {@code --color=auto}. */
  static Option optional(String longName) {
    return new Option((char) 0, longName, false, true);
  }

  Parsed parse(List<String> args) {
    var given = new LinkedHashMap<String, String>();
    var operands = new ArrayList<String>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        operands.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String attached = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          attached = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        Option option = longOption(name);
        if (option == null) {
          return error("unrecognized option '" + arg + "'");
        }
        if (option.takesValue()) {
          if (attached == null) {
            if (i + 1 >= args.size()) {
              return error("option '--" + option.longName() + "' requires an argument");
            }
            attached = args.get(++i);
          }
          given.put(option.key(), attached);
        } else if (option.optionalValue()) {
          given.put(option.key(), attached == null ? "" : attached);
        } else {
          if (attached != null) {
            return error("option '--" + option.longName() + "' doesn't allow an argument");
          }
          given.put(option.key(), "");
        }
        continue;
      }
      if (arg.startsWith("-") && arg.length() > 1) {
        for (int j = 1; j < arg.length(); j++) {
          char c = arg.charAt(j);
          Option option = shortOption(c);
          if (option == null) {
            return error("invalid option -- '" + c + "'");
          }
          if (option.takesValue()) {
            String value;
            if (j + 1 < arg.length()) {
              value = arg.substring(j + 1);
            } else if (i + 1 < args.size()) {
              value = args.get(++i);
            } else {
              return error("option requires an argument -- '" + c + "'");
            }
            given.put(option.key(), value);
            break;
          }
          given.put(option.key(), "");
        }
        continue;
      }
      operands.add(arg);
    }
    return new Parsed(given, operands, null);
  }

  private static Parsed error(String message) {
    return new Parsed(Map.of(), List.of(), message);
  }

  private Option shortOption(char c) {
    for (Option option : options) {
      if (option.letter() == c) {
        return option;
      }
    }
    return null;
  }

  private Option longOption(String name) {
    Option prefixMatch = null;
    int prefixMatches = 0;
    for (Option option : options) {
      if (option.longName() == null) {
        continue;
      }
      if (option.longName().equals(name)) {
        return option;
      }
      if (option.longName().startsWith(name) && !name.isEmpty()) {
        prefixMatch = option;
        prefixMatches++;
      }
    }
    return prefixMatches == 1 ? prefixMatch : null;
  }
}
