package dev.vpclab.shell;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Builds the fields one word expands to. Each character remembers whether it may act as a glob
 * character (it came unquoted), and unquoted expansion results are split on IFS, as bash does.
 */
final class FieldBuilder {

  /** An expanded field: its text and which of its characters are unquoted. */
  record Field(String text, BitSet unquoted) {
    boolean hasGlob() {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (unquoted.get(i) && (c == '*' || c == '?' || c == '[')) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Field> fields = new ArrayList<>();
  private StringBuilder text;
  private BitSet unquoted;

  /** Quoted text: joins the current field and starts one even when empty ({@code ""}). */
  void quoted(String s) {
    start();
    text.append(s);
  }

  /** Unquoted text that is not split: literal word text, or expansions where nothing splits. */
  void unquoted(String s) {
    start();
    for (int i = 0; i < s.length(); i++) {
      unquoted.set(text.length());
      text.append(s.charAt(i));
    }
  }

  /** Makes sure a field exists, as {@code ""} does. */
  void touch() {
    start();
  }

  /** The result of an unquoted expansion: split on the characters of {@code ifs}. */
  void split(String s, String ifs) {
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (ifs.indexOf(c) < 0) {
        start();
        unquoted.set(text.length());
        text.append(c);
        i++;
      } else if (isWhitespace(c)) {
        end();
        while (i < s.length() && ifs.indexOf(s.charAt(i)) >= 0 && isWhitespace(s.charAt(i))) {
          i++;
        }
      } else {
        start();
        end();
        i++;
        while (i < s.length() && ifs.indexOf(s.charAt(i)) >= 0 && isWhitespace(s.charAt(i))) {
          i++;
        }
      }
    }
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n';
  }

  private void start() {
    if (text == null) {
      text = new StringBuilder();
      unquoted = new BitSet();
    }
  }

  private void end() {
    if (text != null) {
      fields.add(new Field(text.toString(), unquoted));
      text = null;
      unquoted = null;
    }
  }

  List<Field> finish() {
    end();
    return fields;
  }

  /** All fields joined by a space, for contexts that expand to one string. */
  String joined() {
    var out = new StringBuilder();
    for (Field f : finish()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(f.text());
    }
    return out.toString();
  }
}
