package dev.vpclab.shell.builtins;

import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.ShellState;
import java.util.ArrayList;
import java.util.List;

/**
 * bash's {@code read [-r] [-p PROMPT] [NAME...]}: one line of standard input split on IFS into the
 * names (the last takes the rest; REPLY without names). Without {@code -r} backslashes escape. At a
 * terminal nobody can type the line in the simulation: read fails and a note says so.
 */
final class Read implements Command {
  @Override
  public CommandResult run(Invocation invocation) {
    ShellState shell = invocation.shell();
    boolean raw = false;
    var names = new ArrayList<String>();
    List<String> args = invocation.args();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("-r")) {
        raw = true;
      } else if (arg.equals("-p") || arg.equals("-t") || arg.equals("-n") || arg.equals("-d")) {
        i++; // the prompt is printed only when reading from a terminal
      } else if (arg.equals("-s")) {
        continue;
      } else if (arg.startsWith("-") && names.isEmpty() && arg.length() > 1) {
        return CommandResult.error(
            shell.shellName()
                + ": read: "
                + arg.substring(0, 2)
                + ": invalid option\nread: usage: read [-ers] [-a array] [-d delim] [-i text]"
                + " [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n",
            2);
      } else {
        names.add(arg);
      }
    }
    if (names.isEmpty()) {
      names.add("REPLY");
    }
    if (invocation.stdinIsTerminal()) {
      names.forEach(name -> shell.set(name, ""));
      return CommandResult.status(1)
          .withNote(
              Note.info(
                  "read waits for a line typed at the terminal, which vpclab cannot give it;"
                      + " feed it with <<< or a pipe instead"));
    }
    String stdin = invocation.stdin();
    if (stdin.isEmpty()) {
      names.forEach(name -> shell.set(name, ""));
      return CommandResult.status(1);
    }
    var line = new StringBuilder();
    boolean complete = false;
    int i = 0;
    while (i < stdin.length()) {
      char c = stdin.charAt(i);
      if (!raw && c == '\\' && i + 1 < stdin.length()) {
        if (stdin.charAt(i + 1) != '\n') {
          line.append(stdin.charAt(i + 1));
        }
        i += 2;
        continue;
      }
      if (c == '\n') {
        complete = true;
        break;
      }
      line.append(c);
      i++;
    }
    // IFS=: read a b sees the IFS given for this command
    String ifs = invocation.env().getOrDefault("IFS", shell.variable("IFS").orElse(" \t\n"));
    assign(shell, names, line.toString(), ifs);
    return CommandResult.status(complete ? 0 : 1);
  }

  private static void assign(ShellState shell, List<String> names, String line, String ifs) {
    String rest = strip(line, ifs);
    for (int n = 0; n < names.size(); n++) {
      if (n == names.size() - 1) {
        shell.set(names.get(n), rest);
        return;
      }
      int end = 0;
      while (end < rest.length() && ifs.indexOf(rest.charAt(end)) < 0) {
        end++;
      }
      shell.set(names.get(n), rest.substring(0, end));
      rest = end < rest.length() ? strip(rest.substring(end + 1), ifs) : "";
    }
  }

  /** Without leading and trailing IFS whitespace. */
  private static String strip(String text, String ifs) {
    int start = 0;
    int end = text.length();
    while (start < end && isIfsBlank(text.charAt(start), ifs)) {
      start++;
    }
    while (end > start && isIfsBlank(text.charAt(end - 1), ifs)) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isIfsBlank(char c, String ifs) {
    return ifs.indexOf(c) >= 0 && (c == ' ' || c == '\t' || c == '\n');
  }
}
