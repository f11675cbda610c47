package dev.vpclab.assist;

import java.util.Map;
import java.util.Optional;

/**
 * One line about each program a simulated machine may have: a bash builtin's {@code help -d} line,
 * a program's {@code whatis} line (man-db on Ubuntu), as a learner would look them up.
 */
final class CommandDescriptions {
  private static final Map<String, String> WHATIS =
      Map.ofEntries(
          // bash 5.1 help -d
          Map.entry("cd", "Change the shell working directory."),
          Map.entry("export", "Set export attribute for shell variables."),
          Map.entry("unset", "Unset values and attributes of shell variables and functions."),
          Map.entry("read", "Read a line from the standard input and split it into fields."),
          Map.entry("set", "Set or unset values of shell options and positional parameters."),
          Map.entry("exit", "Exit the shell."),
          Map.entry("logout", "Exit a login shell."),
          Map.entry("type", "Display information about command type."),
          Map.entry("true", "Return a successful result."),
          Map.entry("false", "Return an unsuccessful result."),
          Map.entry(":", "Null command."),
          Map.entry("echo", "Write arguments to the standard output."),
          Map.entry("printf", "Formats and prints ARGUMENTS under control of the FORMAT."),
          Map.entry("pwd", "Print the name of the current working directory."),
          // whatis (man-db), section 1
          Map.entry("cat", "concatenate files and print on the standard output"),
          Map.entry("ls", "list directory contents"),
          Map.entry("chmod", "change file mode bits"),
          Map.entry("env", "run a program in a modified environment"),
          Map.entry("printenv", "print all or part of environment"),
          Map.entry("whoami", "print effective user name"),
          Map.entry("hostname", "show or set the system's host name"),
          Map.entry("mkdir", "make directories"),
          Map.entry("rmdir", "remove empty directories"),
          Map.entry("rm", "remove files or directories"),
          Map.entry("touch", "change file timestamps"),
          Map.entry("cp", "copy files and directories"),
          Map.entry("mv", "move (rename) files"),
          Map.entry("head", "output the first part of files"),
          Map.entry("tail", "output the last part of files"),
          Map.entry("grep", "print lines that match patterns"),
          Map.entry("wc", "print newline, word, and byte counts for each file"),
          Map.entry("clear", "clear the terminal screen"),
          Map.entry("sleep", "delay for a specified amount of time"),
          Map.entry("tee", "read from standard input and write to standard output and files"),
          Map.entry("basename", "strip directory and suffix from filenames"),
          Map.entry("dirname", "strip last component from file name"),
          Map.entry("which", "locate a command"),
          Map.entry("ssh", "OpenSSH remote login client"),
          Map.entry("scp", "OpenSSH secure file copy"),
          Map.entry("curl", "transfer a URL"),
          Map.entry("ping", "send ICMP ECHO_REQUEST to network hosts"),
          Map.entry("nslookup", "query Internet name servers interactively"),
          Map.entry("dig", "DNS lookup utility"),
          Map.entry("nc", "arbitrary TCP and UDP connections and listens"),
          Map.entry("sudo", "execute a command as another user"),
          Map.entry(
              "aws",
              "The AWS Command Line Interface is a unified tool to manage your AWS services."));

  private CommandDescriptions() {}

  static Optional<String> of(String command) {
    return Optional.ofNullable(WHATIS.get(command));
  }
}
