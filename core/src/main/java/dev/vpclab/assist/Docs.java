package dev.vpclab.assist;

/** Short forms of model documentation, for a completion menu's one line. */
final class Docs {
  private static final int MENU_WIDTH = 60;

  private Docs() {}

  /** The first sentence of a documentation text, without its full stop. */
  static String firstSentence(String doc) {
    if (doc == null) {
      return "";
    }
    String text = doc.strip().replaceAll("\\s+", " ");
    int end = text.indexOf(". ");
    if (end < 0) {
      end = text.endsWith(".") ? text.length() - 1 : text.length();
    }
    return text.substring(0, end);
  }

  /** The first sentence, cut to fit a completion menu. */
  static String summary(String doc) {
    String sentence = firstSentence(doc);
    return sentence.length() <= MENU_WIDTH
        ? sentence
        : sentence.substring(0, MENU_WIDTH - 1).stripTrailing() + "…";
  }

  /** A text filled into lines of at most {@code width} characters. */
  static String wrap(String text, int width) {
    var out = new StringBuilder();
    var line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.append(line).append('\n');
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    return out.append(line).toString();
  }
}
