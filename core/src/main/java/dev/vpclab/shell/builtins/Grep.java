package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * GNU {@code grep}: basic regular expressions by default, {@code -E} extended, {@code -F} fixed
 * strings; {@code -i -v -c -n -l -q -o -w -x -h -H -s -r}. Exit status 0 when a line matched, 1
 * when none did, 2 on an error.
 */
final class Grep implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('i', "ignore-case"),
          Options.flag('v', "invert-match"),
          Options.flag('c', "count"),
          Options.flag('n', "line-number"),
          Options.flag('q', "quiet"),
          Options.flag('E', "extended-regexp"),
          Options.flag('F', "fixed-strings"),
          Options.flag('G', "basic-regexp"),
          Options.flag('w', "word-regexp"),
          Options.flag('x', "line-regexp"),
          Options.flag('o', "only-matching"),
          Options.flag('l', "files-with-matches"),
          Options.flag('h', "no-filename"),
          Options.flag('H', "with-filename"),
          Options.flag('s', "no-messages"),
          Options.flag('r', "recursive"),
          Options.flag('R', null),
          Options.value('e', "regexp"),
          Options.optional("color"),
          Options.optional("colour"));

  private static final String USAGE =
      "Usage: grep [OPTION]... PATTERNS [FILE]...\n" + "Try 'grep --help' for more information.\n";

  @Override
  public CommandResult run(Invocation invocation) {
    List<String> args = new ArrayList<>(invocation.args());
    // -e may be given several times: collect them before the generic parser keeps only the last
    var patterns = new ArrayList<String>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("-e") && i + 1 < args.size()) {
        patterns.add(args.remove(i + 1));
        args.remove(i--);
      } else if (args.get(i).equals("--")) {
        break;
      }
    }
    Options.Parsed options = OPTIONS.parse(args);
    if (options.failed()) {
      return CommandResult.error("grep: " + options.error() + "\n" + USAGE, 2);
    }
    if (options.has("e")) {
      patterns.add(options.value("e"));
    }
    List<String> operands = new ArrayList<>(options.operands());
    if (patterns.isEmpty()) {
      if (operands.isEmpty()) {
        return CommandResult.error(USAGE, 2);
      }
      patterns.add(operands.remove(0));
    }
    Pattern pattern;
    try {
      pattern = compile(patterns, options);
    } catch (PatternSyntaxException e) {
      String message =
          e.getDescription().contains("Unclosed group")
              ? "Unmatched ( or \\("
              : "Invalid regular expression";
      return CommandResult.error("grep: " + message + "\n", 2);
    }
    boolean recursive = options.has("r") || options.has("R");
    if (operands.isEmpty()) {
      operands.add(recursive ? "." : "-");
    }
    boolean implicitDot = recursive && options.operands().isEmpty();
    var search = new Search(invocation, options, pattern);
    boolean withNames =
        options.has("H") || (!options.has("h") && (operands.size() > 1 || recursive));
    for (String operand : operands) {
      if (search.done) {
        break;
      }
      search.operand(operand, withNames, recursive, implicitDot);
    }
    if (options.has("q") && search.matched) {
      return CommandResult.status(0);
    }
    return CommandResult.status(search.error ? 2 : search.matched ? 0 : 1);
  }

  private static Pattern compile(List<String> patterns, Options.Parsed options) {
    var alternatives = new ArrayList<String>();
    for (String p : patterns) {
      for (String line : p.split("\n", -1)) {
        String regex;
        if (options.has("F")) {
          regex = Pattern.quote(line);
        } else if (options.has("E")) {
          regex = Regex.fromExtended(line);
        } else {
          regex = Regex.fromBasic(line);
        }
        if (options.has("w")) {
          regex = "(?<![\\p{Alnum}_])(?:" + regex + ")(?![\\p{Alnum}_])";
        }
        if (options.has("x")) {
          regex = "^(?:" + regex + ")$";
        }
        alternatives.add("(?:" + regex + ")");
      }
    }
    int flags = options.has("i") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return Pattern.compile(String.join("|", alternatives), flags);
  }

  /** One grep run over its operands. */
  private static final class Search {
    private final Invocation invocation;
    private final Options.Parsed options;
    private final Pattern pattern;
    boolean matched;
    boolean error;
    boolean done;

    Search(Invocation invocation, Options.Parsed options, Pattern pattern) {
      this.invocation = invocation;
      this.options = options;
      this.pattern = pattern;
    }

    void operand(String operand, boolean withNames, boolean recursive, boolean implicitDot) {
      if (!operand.equals("-")) {
        FsResult<Node> node =
            invocation.files().stat(invocation.resolve(operand), invocation.principal());
        if (node.isOk() && node.get() instanceof Directory dir) {
          if (!recursive) {
            complain(operand, "Is a directory");
            return;
          }
          for (String name : dir.entries().keySet()) {
            String child = implicitDot && operand.equals(".") ? name : Paths.resolve(operand, name);
            operand(child, withNames, true, false);
            if (done) {
              return;
            }
          }
          return;
        }
      }
      FsResult<String> text = Inputs.read(invocation, operand);
      if (!text.isOk()) {
        complain(operand, text.error().message());
        return;
      }
      file(operand.equals("-") ? "(standard input)" : operand, text.get(), withNames);
    }

    private void complain(String operand, String why) {
      error = true;
      if (!options.has("s")) {
        invocation.err("grep: " + operand + ": " + why + "\n");
      }
    }

    private void file(String name, String text, boolean withNames) {
      boolean invert = options.has("v");
      String prefix = withNames ? name + ":" : "";
      var out = new StringBuilder();
      int count = 0;
      int number = 0;
      for (String line : Inputs.lines(text)) {
        number++;
        String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        Matcher m = pattern.matcher(body);
        boolean found = m.find();
        if (found == invert) {
          continue;
        }
        count++;
        matched = true;
        if (options.has("q")) {
          done = true;
          return;
        }
        if (options.has("l")) {
          break;
        }
        if (options.has("c")) {
          continue;
        }
        String lineNumber = options.has("n") ? number + ":" : "";
        if (options.has("o") && !invert) {
          do {
            if (m.end() > m.start()) {
              out.append(prefix).append(lineNumber).append(m.group()).append('\n');
            }
          } while (m.find());
        } else {
          out.append(prefix).append(lineNumber).append(body).append('\n');
        }
      }
      if (options.has("l")) {
        if (count > 0) {
          out.append(name).append('\n');
        }
      } else if (options.has("c")) {
        out.append(prefix).append(count).append('\n');
      }
      invocation.out(out.toString());
    }
  }
}
