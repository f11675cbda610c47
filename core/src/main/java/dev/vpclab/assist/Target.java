package dev.vpclab.assist;

import dev.vpclab.shell.syntax.CompletionPoint;
import dev.vpclab.shell.syntax.WordRole;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The word being completed: where it starts, the text typed so far ({@code typed}, quotes and
 * backslashes included) and what it means ({@code text}, unquoted), the quote left open, the words
 * of its command before it and its role there.
 */
record Target(
    int start,
    int cursor,
    String typed,
    String text,
    char openQuote,
    List<String> preceding,
    WordRole role) {

  Target {
    preceding = List.copyOf(preceding);
  }

  static Target of(String line, CompletionPoint point) {
    return new Target(
        point.start(),
        point.cursor(),
        line.substring(point.start(), point.cursor()),
        point.prefix(),
        point.openQuote(),
        point.precedingWords(),
        point.role());
  }

  /** The command the word belongs to ({@code aws}), or empty for the first word. */
  String command() {
    return preceding.isEmpty() ? "" : preceding.get(0);
  }

  /**
   * The offer's candidates that fit what is typed, as text that replaces the line from the anchor
   * to the cursor. When the typed text ends with the unquoted part being completed (the usual case)
   * only that part is replaced, so a menu shows {@code vpc-…} rather than the whole word; otherwise
   * the whole word is, written as typed plus the rest quoted to match.
   */
  Completions complete(Offer offer) {
    int stem = Math.min(offer.stem(), text.length());
    String part = text.substring(stem);
    boolean inPlace = typed.endsWith(part);
    int anchor = inPlace ? cursor - part.length() : start;
    String lead = inPlace ? part : typed;
    var seen = new LinkedHashSet<String>();
    var out = new ArrayList<Candidate>();
    for (Candidate c : offer.candidates()) {
      if (!c.value().startsWith(part)) {
        continue;
      }
      String rest = ShellQuoting.escape(c.value().substring(part.length()), openQuote);
      String close = c.complete() && openQuote != 0 ? String.valueOf(openQuote) : "";
      String value = lead + rest + close;
      if (seen.add(value)) {
        out.add(new Candidate(value, c.group(), c.description(), c.complete()));
      }
    }
    return new Completions(anchor, out);
  }
}
