package dev.vpclab.shell;

import dev.vpclab.shell.fs.FileSystem;
import java.util.Map;
import java.util.Optional;

/**
 * Where a command line runs, as an immutable value: the machine (its name and files), the user, the
 * working directory, the shell's variables, the last exit status ({@code $?}), the name the shell
 * reports itself by ({@code bash}, or {@code -bash} for a login shell such as an ssh session), its
 * process id ({@code $$}) and its aliases ({@code ll} on Amazon Linux). Running a line returns the
 * next context; keeping the old one is an undo.
 */
public record ShellContext(
    Machine machine,
    User user,
    String cwd,
    Variables variables,
    int lastStatus,
    String shellName,
    int pid,
    Map<String, String> aliases) {

  public ShellContext {
    aliases = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(aliases));
  }

  /** A context without aliases. */
  public ShellContext(
      Machine machine,
      User user,
      String cwd,
      Variables variables,
      int lastStatus,
      String shellName,
      int pid) {
    this(machine, user, cwd, variables, lastStatus, shellName, pid, Map.of());
  }

  public String hostname() {
    return machine.hostname();
  }

  public FileSystem files() {
    return machine.files();
  }

  /** The exported variables, as {@code env} prints them. */
  public Map<String, String> environment() {
    return variables.environment();
  }

  public Optional<String> variable(String name) {
    return variables.get(name);
  }

  public ShellContext withMachine(Machine newMachine) {
    return new ShellContext(newMachine, user, cwd, variables, lastStatus, shellName, pid, aliases);
  }

  public ShellContext withFiles(FileSystem newFiles) {
    return withMachine(machine.withFiles(newFiles));
  }

  public ShellContext withVariables(Variables newVariables) {
    return new ShellContext(machine, user, cwd, newVariables, lastStatus, shellName, pid, aliases);
  }

  /** The context with {@code NAME=value} exported, as {@code export NAME=value} leaves it. */
  public ShellContext withExported(String name, String value) {
    return withVariables(variables.with(name, value, true));
  }

  /** The context with these aliases, as a machine's .bashrc would define them. */
  public ShellContext withAliases(Map<String, String> newAliases) {
    return new ShellContext(machine, user, cwd, variables, lastStatus, shellName, pid, newAliases);
  }

  public ShellContext withLastStatus(int status) {
    return new ShellContext(machine, user, cwd, variables, status, shellName, pid, aliases);
  }

  public ShellContext withCwd(String newCwd) {
    return new ShellContext(
        machine,
        user,
        newCwd,
        variables.with("PWD", newCwd, false),
        lastStatus,
        shellName,
        pid,
        aliases);
  }

  /** The prompt bash would print now, from $PS1: {@code learner@laptop:~$ }. */
  public String prompt() {
    return Prompt.of(this);
  }

  /** The working directory as a prompt shows it: {@code ~} for home, {@code ~/x} below it. */
  public String displayCwd() {
    String home = variables.get("HOME").orElse(user.home());
    if (cwd.equals(home)) {
      return "~";
    }
    if (!home.equals("/") && cwd.startsWith(home + "/")) {
      return "~" + cwd.substring(home.length());
    }
    return cwd;
  }
}
