package dev.vpclab.shell;

import java.util.Optional;

/**
 * One running shell process: its working directory, variables and last status. {@link #fork} makes
 * the copy a subshell, a pipeline element or a command substitution runs in; the copy shares the
 * {@link Execution} (files and terminal) with its parent.
 */
final class ShellProcess implements ShellState {
  private final Execution execution;
  private final User user;
  private final String shellName;
  private final int pid;
  private String cwd;
  private Variables variables;
  private java.util.Map<String, String> aliases;

  /** Aliases being expanded now: an alias is not expanded inside itself. */
  private final java.util.Set<String> expanding = new java.util.HashSet<>();

  private int lastStatus;
  private boolean exitRequested;
  private boolean subshell;
  private boolean aborted;

  ShellProcess(Execution execution, ShellContext context) {
    this(
        execution,
        context.user(),
        context.shellName(),
        context.pid(),
        context.cwd(),
        context.variables(),
        context.lastStatus());
    this.aliases = new java.util.TreeMap<>(context.aliases());
  }

  private ShellProcess(
      Execution execution,
      User user,
      String shellName,
      int pid,
      String cwd,
      Variables variables,
      int lastStatus) {
    this.execution = execution;
    this.user = user;
    this.shellName = shellName;
    this.pid = pid;
    this.cwd = cwd;
    this.variables = variables;
    this.lastStatus = lastStatus;
  }

  ShellProcess fork() {
    var child = new ShellProcess(execution, user, shellName, pid, cwd, variables, lastStatus);
    child.subshell = true;
    child.aliases = new java.util.TreeMap<>(aliases);
    child.expanding.addAll(expanding);
    return child;
  }

  Execution execution() {
    return execution;
  }

  User user() {
    return user;
  }

  int pid() {
    return pid;
  }

  int lastStatus() {
    return lastStatus;
  }

  void setLastStatus(int status) {
    lastStatus = status;
  }

  boolean exitRequested() {
    return exitRequested;
  }

  /** Whether the rest of the line is abandoned: after exit, or an expansion error. */
  boolean stopped() {
    return exitRequested || aborted;
  }

  void abort() {
    aborted = true;
  }

  /** The next line runs again after an expansion error abandoned the previous one. */
  void resume() {
    aborted = false;
  }

  /** The process as an immutable context, with the machine's files as they are now. */
  ShellContext snapshot() {
    return new ShellContext(
        execution.machine(), user, cwd, variables, lastStatus, shellName, pid, aliases);
  }

  /** The home directory {@code ~} means: $HOME, or the user's home when HOME is unset. */
  String home() {
    return variable("HOME").orElse(user.home());
  }

  @Override
  public String cwd() {
    return cwd;
  }

  @Override
  public void setCwd(String absolutePath) {
    cwd = absolutePath;
  }

  @Override
  public Variables variables() {
    return variables;
  }

  @Override
  public Optional<String> variable(String name) {
    return variables.get(name);
  }

  @Override
  public void set(String name, String value) {
    variables = variables.with(name, value, false);
  }

  @Override
  public void export(String name, String value) {
    String current =
        value != null
            ? value
            : variables.all().containsKey(name) ? variables.all().get(name).value() : null;
    variables = variables.with(name, current, true);
  }

  @Override
  public void unexport(String name) {
    Variables.Variable v = variables.all().get(name);
    if (v != null && v.exported()) {
      variables = variables.with(name, new Variables.Variable(v.value(), false));
    }
  }

  @Override
  public void unset(String name) {
    variables = variables.without(name);
  }

  @Override
  public String shellName() {
    return shellName;
  }

  @Override
  public java.util.Map<String, String> aliases() {
    return java.util.Collections.unmodifiableMap(aliases);
  }

  @Override
  public void alias(String name, String value) {
    aliases.put(name, value);
  }

  @Override
  public boolean unalias(String name) {
    return aliases.remove(name) != null;
  }

  /** The alias for a command name, unless it is being expanded already. */
  java.util.Optional<String> aliasFor(String name) {
    return expanding.contains(name)
        ? java.util.Optional.empty()
        : java.util.Optional.ofNullable(aliases.get(name));
  }

  void startExpanding(String name) {
    expanding.add(name);
  }

  void stopExpanding(String name) {
    expanding.remove(name);
  }

  @Override
  public boolean isSubshell() {
    return subshell;
  }

  @Override
  public void exit(int status) {
    exitRequested = true;
    lastStatus = status;
  }
}
