package dev.vpclab.repl;

import dev.vpclab.Vpclab;
import dev.vpclab.shell.syntax.Completeness;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when an input needs more lines (core decides: an open quote, a trailing {@code \})
 * and which part of the line a completion replaces (also core's answer).
 */
final class InputParser implements Parser {
  private final Vpclab vpclab;

  InputParser(Vpclab vpclab) {
    this.vpclab = vpclab;
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && vpclab.isComplete(line) == Completeness.INCOMPLETE) {
      throw new EOFError(-1, cursor, "incomplete input", "more");
    }
    int anchor =
        context == ParseContext.COMPLETE ? vpclab.completions(line, cursor).anchor() : cursor;
    return new Line(line, cursor, anchor);
  }

  @Override
  public boolean isEscapeChar(char ch) {
    return false;
  }

  /**
   * The whole line, with the word being completed running from the anchor to the cursor. Core's
   * candidates are already written as they must be typed (quotes closed, specials escaped), so
   * JLine inserts them unchanged.
   */
  private record Line(String line, int cursor, int anchor) implements CompletingParsedLine {
    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return cursor - anchor;
    }

    @Override
    public int rawWordLength() {
      return cursor - anchor;
    }

    @Override
    public String word() {
      return line.substring(anchor, cursor);
    }

    @Override
    public int wordCursor() {
      return cursor - anchor;
    }

    @Override
    public int wordIndex() {
      return 0;
    }

    @Override
    public List<String> words() {
      return List.of(word());
    }
  }
}
