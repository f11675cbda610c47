package dev.vpclab.shell.syntax;

import java.util.List;

/**
 * A parsed line (or several): statements run one after another. {@code a; b && c &} is two
 * statements, the second one backgrounded.
 */
public record Script(List<Statement> statements) {
  public Script {
    statements = List.copyOf(statements);
  }

  public static final Script EMPTY = new Script(List.of());

  public boolean isEmpty() {
    return statements.isEmpty();
  }

  /** One and-or list, ended by {@code ;}, a newline, or {@code &} ({@code background}). */
  public record Statement(AndOrList commands, boolean background) {}
}
