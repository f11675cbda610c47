package dev.vpclab.shell.syntax;

/** {@code NAME=value} (or {@code NAME+=value}, {@code append}) before a command or alone. */
public record Assignment(String name, Word value, boolean append) {
  public Assignment(String name, Word value) {
    this(name, value, false);
  }
}
