package dev.vpclab.shell.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads brace expansions ({@code {a,b}}, {@code {1..5}}) for the {@link WordScanner}. */
final class BraceScanner {
  private final Source in;
  private final WordScanner words;

  BraceScanner(Source in, WordScanner words) {
    this.in = in;
    this.words = words;
  }

  private static final Pattern NUMBER_SEQUENCE =
      Pattern.compile("(-?[0-9]+)\\.\\.(-?[0-9]+)(?:\\.\\.(-?[0-9]+))?");

  private static final Pattern LETTER_SEQUENCE =
      Pattern.compile("([A-Za-z])\\.\\.([A-Za-z])(?:\\.\\.(-?[0-9]+))?");

  /**
   * A brace expansion at {@code in.pos}, if there is one: {@code {a,b}} with at least one unquoted
   * comma before the matching brace, or a sequence {@code {1..5}}, {@code {a..e..2}}. Otherwise
   * nothing is read and the brace is an ordinary character.
   */
  boolean read(WordScanner.Parts parts) {
    int start = in.pos;
    int close = in.text.indexOf('}', in.pos);
    if (close > 0) {
      List<Word> sequence = sequence(in.text.substring(in.pos + 1, close));
      if (sequence != null) {
        parts.add(new WordPart.Brace(sequence));
        in.pos = close + 1;
        return true;
      }
    }
    in.pos++;
    var alternatives = new ArrayList<Word>();
    while (true) {
      Word alternative = readBraceAlternative();
      if (in.pos >= in.text.length()
          || (in.text.charAt(in.pos) != ',' && in.text.charAt(in.pos) != '}')) {
        in.pos = start;
        return false;
      }
      alternatives.add(alternative);
      if (in.text.charAt(in.pos++) == '}') {
        break;
      }
    }
    if (alternatives.size() < 2) {
      in.pos = start;
      return false;
    }
    parts.add(new WordPart.Brace(alternatives));
    return true;
  }

  private Word readBraceAlternative() {
    var parts = new WordScanner.Parts();
    while (in.pos < in.text.length()) {
      char c = in.text.charAt(in.pos);
      if (WordScanner.isMeta(c) || c == ',' || c == '}') {
        break;
      }
      switch (c) {
        case '\\' -> words.readBackslash(parts);
        case '\'' -> parts.add(words.readSingleQuoted());
        case '"' -> parts.add(words.readDoubleQuoted());
        case '$' -> words.readDollar(parts, false);
        case '`' -> parts.add(words.readBackquoted(false));
        case '{' -> {
          if (!read(parts)) {
            parts.literal(c);
            in.pos++;
          }
        }
        default -> {
          parts.literal(c);
          in.pos++;
        }
      }
    }
    return parts.build();
  }

  /** The words of {@code 1..5}, {@code 05..10..2} or {@code a..e}, or null if it is not one. */
  private static List<Word> sequence(String text) {
    Matcher numbers = NUMBER_SEQUENCE.matcher(text);
    Matcher letters = LETTER_SEQUENCE.matcher(text);
    long from;
    long to;
    String step;
    int width = 0;
    boolean isLetters;
    if (numbers.matches()) {
      from = Long.parseLong(numbers.group(1));
      to = Long.parseLong(numbers.group(2));
      step = numbers.group(3);
      isLetters = false;
      if (padded(numbers.group(1)) || padded(numbers.group(2))) {
        width = Math.max(numbers.group(1).length(), numbers.group(2).length());
      }
    } else if (letters.matches()) {
      from = letters.group(1).charAt(0);
      to = letters.group(2).charAt(0);
      step = letters.group(3);
      isLetters = true;
    } else {
      return null;
    }
    long increment = step == null ? 1 : Math.abs(Long.parseLong(step));
    if (increment == 0) {
      increment = 1;
    }
    var words = new ArrayList<Word>();
    long direction = from <= to ? 1 : -1;
    for (long v = from; direction > 0 ? v <= to : v >= to; v += direction * increment) {
      String item;
      if (isLetters) {
        item = String.valueOf((char) v);
      } else if (width > 0) {
        item =
            (v < 0 ? "-" : "")
                + String.format("%0" + (v < 0 ? width - 1 : width) + "d", Math.abs(v));
      } else {
        item = String.valueOf(v);
      }
      words.add(Word.literal(item));
      if (words.size() > 100_000) {
        break;
      }
    }
    return words;
  }

  private static boolean padded(String number) {
    String digits = number.startsWith("-") ? number.substring(1) : number;
    return digits.length() > 1 && digits.startsWith("0");
  }
}
