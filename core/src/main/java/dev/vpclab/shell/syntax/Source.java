package dev.vpclab.shell.syntax;

/** The text being parsed and the position in it, shared by the parser and its scanners. */
final class Source {
  final String text;
  int pos;

  /** Whether the text ends with a backslash that continues the line: more input is expected. */
  boolean danglingBackslash;

  Source(String text) {
    this.text = text;
  }
}
