package dev.vpclab.repl;

import dev.vpclab.Vpclab;
import dev.vpclab.assist.Completions;
import dev.vpclab.shell.syntax.Completeness;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when an input needs more lines (core decides: an open quote, a trailing {@code \})
 * and, for completion, what core offers and which part of the line it replaces.
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
    Completions found =
        context == ParseContext.COMPLETE
            ? vpclab.completions(line, cursor)
            : Completions.none(cursor);
    return new Line(line, cursor, found);
  }

  @Override
  public boolean isEscapeChar(char ch) {
    return false;
  }

  /**
   * The whole line, with the word being completed running from the anchor to the cursor, and —
   * parsed for completion — core's candidates, which JLine hands {@link CoreCompleter} with the
   * line. They are already written as they must be typed (quotes closed, specials escaped), so
   * JLine inserts them unchanged.
   */
  record Line(String line, int cursor, Completions completions) implements CompletingParsedLine {
    private int anchor() {
      return completions.anchor();
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
      return candidate;
    }

    @Override
    public int rawWordCursor() {
      return cursor - anchor();
    }

    @Override
    public int rawWordLength() {
      return cursor - anchor();
    }

    @Override
    public String word() {
      return line.substring(anchor(), cursor);
    }

    @Override
    public int wordCursor() {
      return cursor - anchor();
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
