package dev.vpclab.shell.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A typed line, possibly unfinished, cut into highlighting spans and words. Unlike the {@link
 * Parser} it never fails: an open quote or {@code $(} simply runs to the end of the line. Spans are
 * sorted and do not overlap; blanks between words belong to no span.
 */
public final class LineTokens {
  private static final List<String> OPERATORS =
      List.of(
          "&&", "||", ";;", "|&", "&>>", "&>", ">>", ">|", ">&", "<<<", "<<-", "<<", "<&", "<>",
          "<", ">", "|", "&", ";", "(", ")");

  private final String line;
  private final SpanKind[] paint;
  private final List<WordToken> words = new ArrayList<>();
  private final List<Span> spans;

  // the state of the command being read (innermost when inside $( ))
  private List<String> commandWords = new ArrayList<>();
  private boolean commandStarted;
  private boolean expectTarget;
  private char openQuote;
  // the state where the line ends inside an unclosed $( ), which completion continues
  private List<String> endWords;
  private boolean endStarted;
  private boolean endTarget;

  private LineTokens(String line) {
    this.line = line;
    this.paint = new SpanKind[line.length()];
    scanCommands(0, false);
    this.spans = compress();
  }

  public static LineTokens of(String line) {
    return new LineTokens(line);
  }

  public String line() {
    return line;
  }

  public List<Span> spans() {
    return spans;
  }

  public List<WordToken> words() {
    return List.copyOf(words);
  }

  /** The word the cursor is in or right after, if any. */
  public Optional<WordToken> wordAt(int cursor) {
    for (WordToken word : words) {
      if (word.start() <= cursor && cursor <= word.end()) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  /** What completion at {@code cursor} should complete, and in which command. */
  public CompletionPoint completionAt(int cursor) {
    int at = Math.max(0, Math.min(cursor, line.length()));
    var before = new LineTokens(line.substring(0, at));
    int wordEnd = at;
    for (WordToken word : words) {
      if (word.start() <= at && at <= word.end()) {
        wordEnd = word.end();
      }
    }
    WordToken last = null;
    for (WordToken word : before.words) {
      if (word.end() == at && (last == null || word.start() > last.start())) {
        last = word;
      }
    }
    if (last != null && endsInWord(before)) {
      {
        return new CompletionPoint(
            last.start(),
            at,
            wordEnd,
            last.text(),
            last.precedingWords(),
            last.role(),
            last.openQuote());
      }
    }
    boolean inner = before.endWords != null;
    boolean target = inner ? before.endTarget : before.expectTarget;
    boolean started = inner ? before.endStarted : before.commandStarted;
    WordRole role =
        target ? WordRole.REDIRECT_TARGET : started ? WordRole.ARGUMENT : WordRole.COMMAND;
    List<String> preceding = inner ? before.endWords : before.commandWords;
    return new CompletionPoint(at, at, wordEnd, "", preceding, role, (char) 0);
  }

  /** Whether the text ends inside a word (not after a blank or an operator). */
  private static boolean endsInWord(LineTokens tokens) {
    String text = tokens.line;
    if (text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (tokens.openQuote != 0) {
      return true;
    }
    boolean escaped = text.length() >= 2 && text.charAt(text.length() - 2) == '\\';
    return escaped || !(isBlank(last) || isMeta(last));
  }

  // ---------------------------------------------------------------- scanning

  /**
   * Reads commands from {@code pos}; nested (inside {@code $(}) it stops at an unmatched {@code )}.
   * Returns the index after what it read.
   */
  private int scanCommands(int pos, boolean nested) {
    int n = line.length();
    while (pos < n) {
      char c = line.charAt(pos);
      if (c == '\n') {
        newCommand();
        pos++;
      } else if (isBlank(c)) {
        pos++;
      } else if (c == '\\' && pos + 1 < n && line.charAt(pos + 1) == '\n') {
        pos += 2;
      } else if (c == '#') {
        int end = line.indexOf('\n', pos);
        end = end < 0 ? n : end;
        paint(pos, end, SpanKind.COMMENT);
        pos = end;
      } else {
        String op = operatorAt(pos);
        if (op != null) {
          if (nested && op.equals(")")) {
            return pos;
          }
          paint(pos, pos + op.length(), SpanKind.OPERATOR);
          pos += op.length();
          if (isRedirection(op)) {
            expectTarget = true;
          } else {
            newCommand();
          }
        } else {
          int digits = pos;
          while (digits < n && Character.isDigit(line.charAt(digits))) {
            digits++;
          }
          if (digits > pos
              && digits < n
              && (line.charAt(digits) == '<' || line.charAt(digits) == '>')) {
            paint(pos, digits, SpanKind.OPERATOR);
            pos = digits;
            continue;
          }
          pos = word(pos);
        }
      }
    }
    return pos;
  }

  private void newCommand() {
    commandWords = new ArrayList<>();
    commandStarted = false;
    expectTarget = false;
  }

  private String operatorAt(int pos) {
    for (String op : OPERATORS) {
      if (line.startsWith(op, pos)) {
        return op;
      }
    }
    return null;
  }

  private static boolean isRedirection(String op) {
    return op.contains("<") || op.contains(">");
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isMeta(char c) {
    return isBlank(c) || c == '\n' || "|&;<>()".indexOf(c) >= 0;
  }

  /** Reads one word at {@code start}, records and paints it, returns the index after it. */
  private int word(int start) {
    int n = line.length();
    var text = new StringBuilder();
    openQuote = 0;
    int pos = start;
    int assignmentEnd = -1;
    var inner = new ArrayList<int[]>(); // painted ranges inside the word, applied after the base
    var innerKinds = new ArrayList<SpanKind>();
    // nested substitutions paint themselves; remember the state to restore afterwards
    List<String> savedWords = commandWords;
    boolean savedStarted = commandStarted;
    boolean savedTarget = expectTarget;
    while (pos < n && !isMeta(line.charAt(pos))) {
      char c = line.charAt(pos);
      if (c == '\\') {
        if (pos + 1 < n) {
          if (line.charAt(pos + 1) != '\n') {
            text.append(line.charAt(pos + 1));
          }
          pos += 2;
        } else {
          pos++;
        }
      } else if (c == '\'') {
        int close = line.indexOf('\'', pos + 1);
        int end = close < 0 ? n : close + 1;
        text.append(line, pos + 1, close < 0 ? n : close);
        inner.add(new int[] {pos, end});
        innerKinds.add(SpanKind.STRING);
        if (close < 0) {
          openQuote = '\'';
        }
        pos = end;
      } else if (c == '"') {
        int stringStart = pos;
        pos++;
        while (pos < n && line.charAt(pos) != '"') {
          char d = line.charAt(pos);
          if (d == '\\' && pos + 1 < n) {
            text.append(line.charAt(pos + 1));
            pos += 2;
          } else if (d == '$') {
            int end = dollar(pos, text, inner, innerKinds);
            pos = end;
          } else {
            text.append(d);
            pos++;
          }
        }
        boolean closed = pos < n;
        int end = closed ? pos + 1 : n;
        inner.add(0, new int[] {stringStart, end});
        innerKinds.add(0, SpanKind.STRING);
        if (!closed) {
          openQuote = '"';
        }
        pos = end;
      } else if (c == '$') {
        pos = dollar(pos, text, inner, innerKinds);
      } else if (c == '`') {
        int close = line.indexOf('`', pos + 1);
        int end = close < 0 ? n : close + 1;
        text.append(line, pos, end);
        inner.add(new int[] {pos, end});
        innerKinds.add(SpanKind.SUBSTITUTION);
        pos = end;
      } else {
        text.append(c);
        pos++;
        if (c == '='
            && assignmentEnd < 0
            && !savedStarted
            && !savedTarget
            && line.substring(start, pos).matches("[A-Za-z_][A-Za-z0-9_]*\\+?=")) {
          assignmentEnd = pos;
        }
      }
    }
    commandWords = savedWords;
    commandStarted = savedStarted;
    expectTarget = savedTarget;

    WordRole role;
    if (expectTarget) {
      role = WordRole.REDIRECT_TARGET;
    } else if (assignmentEnd > 0) {
      role = WordRole.ASSIGNMENT;
    } else if (!commandStarted) {
      role = WordRole.COMMAND;
    } else if (text.length() > 0 && text.charAt(0) == '-') {
      role = WordRole.OPTION;
    } else {
      role = WordRole.ARGUMENT;
    }
    SpanKind base =
        switch (role) {
          case COMMAND -> SpanKind.COMMAND;
          case OPTION -> SpanKind.OPTION;
          default -> SpanKind.ARGUMENT;
        };
    paintBase(start, pos, base);
    if (assignmentEnd > 0) {
      paintBase(start, assignmentEnd, SpanKind.ASSIGNMENT);
    }
    for (int i = 0; i < inner.size(); i++) {
      paintBase(inner.get(i)[0], inner.get(i)[1], innerKinds.get(i));
    }
    words.add(new WordToken(start, pos, role, text.toString(), commandWords, openQuote));
    if (role == WordRole.REDIRECT_TARGET) {
      expectTarget = false;
    } else if (role != WordRole.ASSIGNMENT) {
      commandStarted = true;
      commandWords.add(text.toString());
    }
    return pos;
  }

  /**
   * A {@code $} expansion at {@code pos}: a variable, or a command substitution tokenized as the
   * commands it holds. Appends its text as typed; returns the index after it.
   */
  private int dollar(int pos, StringBuilder text, List<int[]> inner, List<SpanKind> kinds) {
    int n = line.length();
    if (pos + 1 >= n) {
      text.append('$');
      return pos + 1;
    }
    char next = line.charAt(pos + 1);
    int end;
    if (next == '(') {
      inner.add(new int[] {pos, pos + 2});
      kinds.add(SpanKind.SUBSTITUTION);
      newCommand();
      // the commands inside paint themselves, after (so over) this word's base colour
      var saved = openQuote;
      int close = scanCommands(pos + 2, true);
      if (close >= n && endWords == null) {
        endWords = commandWords;
        endStarted = commandStarted;
        endTarget = expectTarget;
      }
      openQuote = saved;
      end = close < n ? close + 1 : n;
      if (close < n) {
        inner.add(new int[] {close, close + 1});
        kinds.add(SpanKind.SUBSTITUTION);
      }
      markNested(pos + 2, close);
      text.append(line, pos, end);
      return end;
    }
    if (next == '{') {
      int close = line.indexOf('}', pos + 2);
      end = close < 0 ? n : close + 1;
    } else if (Character.isLetter(next) || next == '_') {
      end = pos + 1;
      while (end < n && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
        end++;
      }
    } else if (Character.isDigit(next) || "?$#@*!-".indexOf(next) >= 0) {
      end = pos + 2;
    } else {
      text.append('$');
      return pos + 1;
    }
    inner.add(new int[] {pos, end});
    kinds.add(SpanKind.VARIABLE);
    text.append(line, pos, end);
    return end;
  }

  // ---------------------------------------------------------------- painting

  /** Ranges painted by nested commands, which a word's own colours must not cover. */
  private final List<int[]> nested = new ArrayList<>();

  private void markNested(int from, int to) {
    nested.add(new int[] {from, to});
  }

  private void paint(int from, int to, SpanKind kind) {
    for (int i = from; i < to && i < paint.length; i++) {
      paint[i] = kind;
    }
  }

  private void paintBase(int from, int to, SpanKind kind) {
    for (int i = from; i < to && i < paint.length; i++) {
      if (!isNested(i)) {
        paint[i] = kind;
      }
    }
  }

  private boolean isNested(int i) {
    for (int[] range : nested) {
      if (range[0] <= i && i < range[1]) {
        return true;
      }
    }
    return false;
  }

  private List<Span> compress() {
    var result = new ArrayList<Span>();
    int i = 0;
    while (i < paint.length) {
      SpanKind kind = paint[i];
      if (kind == null) {
        i++;
        continue;
      }
      int j = i;
      while (j < paint.length && paint[j] == kind) {
        j++;
      }
      result.add(new Span(i, j, kind));
      i = j;
    }
    return List.copyOf(result);
  }
}
