package dev.vpclab.shell.syntax;

/** A parsed script, or the reason there is none. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Failed {

  record Parsed(Script script) implements ParseResult {}

  record Failed(SyntaxError error) implements ParseResult {}
}
