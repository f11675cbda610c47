package dev.vpclab.shell.syntax;

/**
 * Whether typed input is ready to run: what a REPL asks before printing a continuation prompt and a
 * Jupyter kernel answers to {@code is_complete_request}.
 */
public enum Completeness {
  /** Runs as it is. */
  COMPLETE,
  /** Needs more lines: a trailing {@code \}, an open quote or {@code $(}, a trailing {@code |}. */
  INCOMPLETE,
  /** No continuation can fix it, e.g. {@code echo a;;}. */
  INVALID
}
