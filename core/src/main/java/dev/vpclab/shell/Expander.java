package dev.vpclab.shell;

import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.syntax.ShellSyntax;
import dev.vpclab.shell.syntax.Word;
import dev.vpclab.shell.syntax.WordPart;
import dev.vpclab.shell.syntax.WordPart.Parameter.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word expansion in bash's order: tilde, parameters, command substitution and arithmetic (left to
 * right), then field splitting of unquoted results on IFS, then pathname expansion, then quote
 * removal (which the {@link FieldBuilder} does as it goes).
 */
final class Expander {
  private static final Set<String> DECLARATION_COMMANDS =
      Set.of("export", "declare", "typeset", "local", "readonly");
  private static final Pattern ASSIGNMENT_WORD =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\+?=.*", Pattern.DOTALL);
  private static final String DEFAULT_IFS = " \t\n";

  private final Interpreter interpreter;
  private final ShellProcess process;
  private final Streams streams;
  private int substitutionStatus = -1;

  Expander(Interpreter interpreter, ShellProcess process, Streams streams) {
    this.interpreter = interpreter;
    this.process = process;
    this.streams = streams;
  }

  /** The status of the last command substitution, or -1 if there was none. */
  int substitutionStatus() {
    return substitutionStatus;
  }

  /**
   * The words of a simple command, split and globbed. Arguments of {@code export} and its kin that
   * look like assignments are expanded like assignments: not split, not globbed.
   */
  List<String> commandWords(List<Word> words) {
    var result = new ArrayList<String>();
    boolean declaration = false;
    for (int i = 0; i < words.size(); i++) {
      for (Word word : braces(words.get(i))) {
        if (declaration && looksLikeAssignment(word)) {
          result.add(string(word));
        } else {
          result.addAll(unbracedFields(word));
        }
      }
      if (i == 0) {
        declaration = result.size() == 1 && DECLARATION_COMMANDS.contains(result.get(0));
      }
    }
    return result;
  }

  /** Brace expansion: the words one word stands for, {@code a{b,c}} being {@code ab ac}. */
  static List<Word> braces(Word word) {
    List<WordPart> parts = word.parts();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i) instanceof WordPart.Brace brace) {
        var result = new ArrayList<Word>();
        for (Word alternative : brace.alternatives()) {
          var joined = new ArrayList<>(parts.subList(0, i));
          joined.addAll(alternative.parts());
          joined.addAll(parts.subList(i + 1, parts.size()));
          result.addAll(braces(new Word(joined)));
        }
        return result;
      }
    }
    return List.of(word);
  }

  private static boolean looksLikeAssignment(Word word) {
    return !word.parts().isEmpty()
        && word.parts().get(0) instanceof WordPart.Literal literal
        && ASSIGNMENT_WORD.matcher(literal.text()).matches();
  }

  /** One word, brace-expanded, split and globbed: zero, one or more fields. */
  List<String> fields(Word word) {
    var result = new ArrayList<String>();
    for (Word each : braces(word)) {
      result.addAll(unbracedFields(each));
    }
    return result;
  }

  private List<String> unbracedFields(Word word) {
    var builder = new FieldBuilder();
    expand(word.parts(), builder, false, true);
    var result = new ArrayList<String>();
    for (FieldBuilder.Field field : builder.finish()) {
      if (field.hasGlob()) {
        List<String> matches =
            Glob.expand(
                field, process.execution().files(), process.cwd(), process.user().principal());
        if (!matches.isEmpty()) {
          result.addAll(matches);
          continue;
        }
      }
      result.add(field.text());
    }
    return result;
  }

  /** One word as one string, neither split nor globbed: assignment values, here-strings. */
  String string(Word word) {
    var builder = new FieldBuilder();
    expand(word.parts(), builder, false, false);
    return builder.joined();
  }

  /** A here-document body: every part as if inside double quotes. */
  String quoted(Word word) {
    var builder = new FieldBuilder();
    builder.touch();
    expand(word.parts(), builder, true, false);
    return builder.joined();
  }

  // ---------------------------------------------------------------- parts

  private void expand(List<WordPart> parts, FieldBuilder out, boolean quoted, boolean split) {
    for (WordPart part : parts) {
      if (part instanceof WordPart.Literal literal) {
        if (quoted) {
          out.quoted(literal.text());
        } else {
          out.unquoted(literal.text());
        }
      } else if (part instanceof WordPart.SingleQuoted single) {
        out.quoted(single.text());
      } else if (part instanceof WordPart.Escaped escaped) {
        out.quoted(escaped.text());
      } else if (part instanceof WordPart.DoubleQuoted doubleQuoted) {
        if (!isAllPositional(doubleQuoted)) {
          out.touch(); // "" is a word; "$@" with no parameters is none
        }
        expand(doubleQuoted.parts(), out, true, split);
      } else if (part instanceof WordPart.Tilde tilde) {
        out.quoted(tilde(tilde.user()));
      } else if (part instanceof WordPart.Parameter parameter) {
        parameter(parameter, out, quoted, split);
      } else if (part instanceof WordPart.CommandSubstitution substitution) {
        emit(substitute(substitution), out, quoted, split);
      } else if (part instanceof WordPart.Arithmetic arithmetic) {
        emit(String.valueOf(arithmetic(arithmetic.expression())), out, quoted, split);
      } else if (part instanceof WordPart.Brace brace) {
        // where braces are not expanded (an assignment's value) they are plain text
        out.unquoted("{");
        for (int i = 0; i < brace.alternatives().size(); i++) {
          if (i > 0) {
            out.unquoted(",");
          }
          expand(brace.alternatives().get(i).parts(), out, quoted, split);
        }
        out.unquoted("}");
      }
    }
  }

  private static boolean isAllPositional(WordPart.DoubleQuoted quoted) {
    return !quoted.parts().isEmpty()
        && quoted.parts().stream()
            .allMatch(p -> p instanceof WordPart.Parameter param && param.name().equals("@"));
  }

  /**
   * The word of {@code ${X:-word}}: expanded like any word, except that its unquoted literal text
   * is split like an expansion's result, as bash splits {@code ${N:-x y}} into two fields.
   */
  private void argument(Word word, FieldBuilder out, boolean quoted, boolean split) {
    for (WordPart part : word.parts()) {
      if (part instanceof WordPart.Literal literal) {
        emit(literal.text(), out, quoted, split);
      } else {
        expand(java.util.List.of(part), out, quoted, split);
      }
    }
  }

  private void emit(String value, FieldBuilder out, boolean quoted, boolean split) {
    if (quoted) {
      out.quoted(value);
    } else if (split) {
      out.split(value, process.variable("IFS").orElse(DEFAULT_IFS));
    } else {
      out.unquoted(value);
    }
  }

  private String tilde(String user) {
    switch (user) {
      case "":
        return process.home();
      case "+":
        return process.variable("PWD").orElse("~+");
      case "-":
        return process.variable("OLDPWD").orElse("~-");
      default:
        if (user.equals(process.user().name())) {
          return process.user().home();
        }
        return homeFromPasswd(user).orElse("~" + user);
    }
  }

  /** A user's home directory as {@code /etc/passwd} on the machine lists it. */
  private java.util.Optional<String> homeFromPasswd(String user) {
    FsResult<String> passwd =
        process.execution().files().read("/etc/passwd", dev.vpclab.shell.fs.Principal.ROOT);
    if (!passwd.isOk()) {
      return user.equals("root") ? java.util.Optional.of("/root") : java.util.Optional.empty();
    }
    for (String line : passwd.get().split("\n")) {
      String[] fields = line.split(":", -1);
      if (fields.length >= 6 && fields[0].equals(user)) {
        return java.util.Optional.of(fields[5]);
      }
    }
    return java.util.Optional.empty();
  }

  // ---------------------------------------------------------------- parameters

  /** The value of a parameter, or null when it is unset. */
  String lookup(String name) {
    switch (name) {
      case "?":
        return String.valueOf(process.lastStatus());
      case "$":
        return String.valueOf(process.pid());
      case "#":
        return "0";
      case "0":
        return process.shellName();
      case "@":
      case "*":
        return "";
      case "-":
        return "himBHs";
      case "!":
        return null;
      default:
        if (Character.isDigit(name.charAt(0))) {
          return null;
        }
        return process.variable(name).orElse(null);
    }
  }

  private void parameter(
      WordPart.Parameter parameter, FieldBuilder out, boolean quoted, boolean split) {
    String name = parameter.name();
    Operator operator = parameter.operator();
    if (operator == Operator.BAD_SUBSTITUTION) {
      throw new ExpansionError("${" + name + "}: bad substitution", true);
    }
    if (name.equals("@") && operator == Operator.NONE) {
      return; // an interactive shell has no positional parameters: "$@" is no word at all
    }
    String value = lookup(name);
    boolean missing = value == null || (operator.colon() && value.isEmpty());
    switch (operator) {
      case NONE -> emit(value == null ? "" : value, out, quoted, split);
      case LENGTH ->
          emit(
              String.valueOf(value == null ? 0 : value.codePointCount(0, value.length())),
              out,
              quoted,
              split);
      case USE_DEFAULT, USE_DEFAULT_IF_UNSET -> {
        if (missing) {
          argument(parameter.argument(), out, quoted, split);
        } else {
          emit(value, out, quoted, split);
        }
      }
      case ASSIGN_DEFAULT, ASSIGN_DEFAULT_IF_UNSET -> {
        if (missing) {
          if (!isName(name)) {
            throw new ExpansionError("$" + name + ": cannot assign in this way", true);
          }
          String assigned = string(parameter.argument());
          process.set(name, assigned);
          emit(assigned, out, quoted, split);
        } else {
          emit(value, out, quoted, split);
        }
      }
      case USE_ALTERNATIVE, USE_ALTERNATIVE_IF_SET -> {
        if (!missing) {
          argument(parameter.argument(), out, quoted, split);
        }
      }
      case ERROR_IF_EMPTY, ERROR_IF_UNSET -> {
        if (missing) {
          String message =
              parameter.argument().parts().isEmpty()
                  ? "parameter null or not set"
                  : string(parameter.argument());
          throw new ExpansionError(name + ": " + message, true);
        }
        emit(value, out, quoted, split);
      }
      case SUBSTRING ->
          emit(
              substring(value == null ? "" : value, string(parameter.argument())),
              out,
              quoted,
              split);
      case REPLACE_FIRST, REPLACE_ALL, REPLACE_PREFIX, REPLACE_SUFFIX ->
          emit(replace(value == null ? "" : value, parameter), out, quoted, split);
      case UPPERCASE_FIRST, UPPERCASE_ALL, LOWERCASE_FIRST, LOWERCASE_ALL ->
          emit(changeCase(value == null ? "" : value, operator), out, quoted, split);
      default -> emit(removeAffix(value == null ? "" : value, parameter), out, quoted, split);
    }
  }

  private static boolean isName(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*");
  }

  /** {@code ${X:offset}}, {@code ${X:offset:length}}: offsets from the end when negative. */
  private String substring(String value, String spec) {
    int colon = spec.indexOf(':');
    String offsetText = colon < 0 ? spec : spec.substring(0, colon);
    int n = value.length();
    long offset = Arithmetic.evaluate(offsetText, this::lookup, process::set);
    if (offset < 0) {
      offset = Math.max(0, n + offset);
    }
    if (offset > n) {
      return "";
    }
    long end = n;
    if (colon >= 0) {
      long length = Arithmetic.evaluate(spec.substring(colon + 1), this::lookup, process::set);
      if (length < 0) {
        end = n + length;
        if (end < offset) {
          throw new ExpansionError(
              spec.substring(colon + 1).strip() + ": substring expression < 0", true);
        }
      } else {
        end = Math.min(n, offset + length);
      }
    }
    return value.substring((int) offset, (int) end);
  }

  /** {@code ${X/pattern/string}} and its {@code //}, {@code /#}, {@code /%} forms. */
  private String replace(String value, WordPart.Parameter parameter) {
    Pattern pattern = pattern(parameter.argument());
    String replacement = string(parameter.replacement());
    Operator operator = parameter.operator();
    int n = value.length();
    if (operator == Operator.REPLACE_PREFIX) {
      for (int end = n; end >= 0; end--) {
        if (pattern.matcher(value.substring(0, end)).matches()) {
          return replacement + value.substring(end);
        }
      }
      return value;
    }
    if (operator == Operator.REPLACE_SUFFIX) {
      for (int start = 0; start <= n; start++) {
        if (pattern.matcher(value.substring(start)).matches()) {
          return value.substring(0, start) + replacement;
        }
      }
      return value;
    }
    var out = new StringBuilder();
    int i = 0;
    boolean replaced = false;
    while (i <= n) {
      int matchEnd = -1;
      if (!(replaced && operator == Operator.REPLACE_FIRST)) {
        for (int end = n; end > i; end--) {
          if (pattern.matcher(value.substring(i, end)).matches()) {
            matchEnd = end;
            break;
          }
        }
      }
      if (matchEnd > 0) {
        out.append(replacement);
        i = matchEnd;
        replaced = true;
      } else {
        if (i < n) {
          out.append(value.charAt(i));
        }
        i++;
      }
    }
    return out.toString();
  }

  private static String changeCase(String value, Operator operator) {
    if (value.isEmpty()) {
      return value;
    }
    return switch (operator) {
      case UPPERCASE_ALL -> value.toUpperCase(java.util.Locale.ROOT);
      case LOWERCASE_ALL -> value.toLowerCase(java.util.Locale.ROOT);
      case UPPERCASE_FIRST ->
          value.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + value.substring(1);
      default -> value.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + value.substring(1);
    };
  }

  /** A word as a shell pattern: its quoted characters match themselves only. */
  private Pattern pattern(Word word) {
    var builder = new FieldBuilder();
    builder.touch();
    expand(word.parts(), builder, false, false);
    FieldBuilder.Field field = builder.finish().get(0);
    return Glob.compile(field.text(), field.unquoted());
  }

  /** {@code ${X#pattern}}, {@code ${X##pattern}}, {@code ${X%pattern}}, {@code ${X%%pattern}}. */
  private String removeAffix(String value, WordPart.Parameter parameter) {
    Pattern pattern = pattern(parameter.argument());
    Operator operator = parameter.operator();
    int n = value.length();
    switch (operator) {
      case REMOVE_SHORTEST_PREFIX:
        for (int i = 0; i <= n; i++) {
          if (pattern.matcher(value.substring(0, i)).matches()) {
            return value.substring(i);
          }
        }
        return value;
      case REMOVE_LONGEST_PREFIX:
        for (int i = n; i >= 0; i--) {
          if (pattern.matcher(value.substring(0, i)).matches()) {
            return value.substring(i);
          }
        }
        return value;
      case REMOVE_SHORTEST_SUFFIX:
        for (int i = n; i >= 0; i--) {
          if (pattern.matcher(value.substring(i)).matches()) {
            return value.substring(0, i);
          }
        }
        return value;
      default: // REMOVE_LONGEST_SUFFIX
        for (int i = 0; i <= n; i++) {
          if (pattern.matcher(value.substring(i)).matches()) {
            return value.substring(0, i);
          }
        }
        return value;
    }
  }

  // ---------------------------------------------------------------- substitutions

  private String substitute(WordPart.CommandSubstitution substitution) {
    var capture = new Sink.Buffer();
    ShellProcess child = process.fork();
    interpreter.runScript(
        substitution.script(), child, new Streams("", true, capture, streams.err()));
    substitutionStatus = child.lastStatus();
    String text = capture.text();
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    return text.substring(0, end);
  }

  private long arithmetic(String expression) {
    String expanded = quoted(ShellSyntax.parseExpansions(expression));
    return Arithmetic.evaluate(expanded, this::lookup, process::set);
  }
}
