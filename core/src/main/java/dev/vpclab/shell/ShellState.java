package dev.vpclab.shell;

import java.util.Optional;

/**
 * The running shell's own state, for builtins that change it ({@code cd}, {@code export}, {@code
 * unset}, {@code exit}). In a pipeline or {@code $(...)} the shell is a copy, so changes stay
 * there, as in bash. Other commands only read it.
 */
public interface ShellState {
  String cwd();

  /** Sets the working directory (an absolute, normalized path); {@code cd} also sets PWD. */
  void setCwd(String absolutePath);

  Variables variables();

  Optional<String> variable(String name);

  /** Sets a variable, keeping its exported flag. */
  void set(String name, String value);

  /** Marks a variable exported, setting it when {@code value} is not null. */
  void export(String name, String value);

  /** Removes the export flag, keeping the value ({@code export -n}). */
  void unexport(String name);

  void unset(String name);

  /** The name the shell reports errors by: {@code bash}, or {@code -bash} for a login shell. */
  String shellName();

  /** The aliases, by name: {@code ll} for {@code ls -l}. */
  java.util.Map<String, String> aliases();

  void alias(String name, String value);

  /** Removes an alias; false if there was none. */
  boolean unalias(String name);

  /** Whether this is a copy of the shell: a pipeline element, {@code ( )} or {@code $( )}. */
  boolean isSubshell();

  /** Ends the shell after the current command, with this status ({@code exit}). */
  void exit(int status);
}
