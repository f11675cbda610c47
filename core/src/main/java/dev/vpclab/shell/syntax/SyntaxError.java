package dev.vpclab.shell.syntax;

/**
 * Why a line does not parse, worded as bash words it (without bash's own {@code bash: } prefix),
 * e.g. {@code syntax error near unexpected token `;;'}. {@code incomplete} means more input could
 * complete it (an open quote, a trailing {@code |}); {@code unsupported} marks shell features
 * vpclab does not simulate (loops, conditionals, functions), whose message is vpclab's own.
 */
public record SyntaxError(String message, int offset, boolean incomplete, boolean unsupported) {

  static SyntaxError unexpectedToken(String token, int offset) {
    return new SyntaxError(
        "syntax error near unexpected token `" + token + "'", offset, false, false);
  }

  static SyntaxError unexpectedEndOfFile(int offset) {
    return new SyntaxError("syntax error: unexpected end of file", offset, true, false);
  }

  static SyntaxError unmatched(char opening, int offset) {
    return new SyntaxError(
        "unexpected EOF while looking for matching `" + opening + "'", offset, true, false);
  }

  static SyntaxError unsupported(String what, int offset) {
    return new SyntaxError(what, offset, false, true);
  }
}
