package dev.vpclab.shell.syntax;

/** What a word is to its command: what a completer should offer there. */
public enum WordRole {
  /** The command name (offer commands). */
  COMMAND,
  /** An argument (offer what the command accepts). */
  ARGUMENT,
  /** An argument starting with {@code -} (offer options). */
  OPTION,
  /** {@code NAME=value} before the command (offer variables or values). */
  ASSIGNMENT,
  /** The file after {@code >}, {@code <}, {@code 2>} (offer files). */
  REDIRECT_TARGET
}
