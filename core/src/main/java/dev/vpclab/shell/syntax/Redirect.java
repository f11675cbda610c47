package dev.vpclab.shell.syntax;

import java.util.Objects;

/** A redirection of one file descriptor of a command. */
public sealed interface Redirect
    permits Redirect.ToFile, Redirect.Duplicate, Redirect.HereDoc, Redirect.HereString {

  /** The file descriptor redirected: 0 standard input, 1 standard output, 2 standard error. */
  int fd();

  /** The redirection as it could be typed again (a here-document as a here-string). */
  String toSource();

  /** {@code < f}, {@code > f}, {@code >> f}, {@code 2> f}, {@code &> f}, ... */
  record ToFile(int fd, Mode mode, Word target) implements Redirect {
    @Override
    public String toSource() {
      boolean input = mode == Mode.READ || mode == Mode.READ_WRITE;
      boolean both = mode == Mode.WRITE_BOTH || mode == Mode.APPEND_BOTH;
      String number = both || fd == (input ? 0 : 1) ? "" : String.valueOf(fd);
      return number + mode.symbol() + target.toSource();
    }
  }

  /** How a file is opened by {@link ToFile}. */
  enum Mode {
    /** {@code <} */
    READ("<"),
    /** {@code >} (and {@code >|}, the same without noclobber) */
    WRITE(">"),
    /** {@code >>} */
    APPEND(">>"),
    /** {@code <>} */
    READ_WRITE("<>"),
    /** {@code &>} or {@code >& file}: standard output and error to the same file */
    WRITE_BOTH("&>"),
    /** {@code &>>} */
    APPEND_BOTH("&>>");

    private final String symbol;

    Mode(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /**
   * {@code 2>&1}, {@code >&2}, {@code <&0}, {@code >&-}: copy (or close) a descriptor. The target
   * is a word because it is expanded first; {@code >& file} with a non-number means {@code &>}.
   */
  record Duplicate(int fd, Word target, boolean output) implements Redirect {
    @Override
    public String toSource() {
      return fd + (output ? ">&" : "<&") + target.toSource();
    }
  }

  /** {@code <<< word}: the word and a newline as standard input. */
  record HereString(int fd, Word word) implements Redirect {
    @Override
    public String toSource() {
      return (fd == 0 ? "" : String.valueOf(fd)) + "<<<" + word.toSource();
    }
  }

  /**
   * {@code << EOF} (or {@code <<- EOF}, {@code stripTabs}): the lines up to {@code EOF} as standard
   * input. With an unquoted delimiter the body is expanded like a double-quoted word; with a quoted
   * one ({@code <<'EOF'}) it is taken literally. The body is read after the end of the line that
   * holds the operator, so the parser fills it in once; from then on the value never changes.
   */
  final class HereDoc implements Redirect {
    private final int fd;
    private final String delimiter;
    private final boolean expand;
    private final boolean stripTabs;
    private Word body;

    public HereDoc(int fd, String delimiter, boolean expand, boolean stripTabs, Word body) {
      this.fd = fd;
      this.delimiter = delimiter;
      this.expand = expand;
      this.stripTabs = stripTabs;
      this.body = Objects.requireNonNull(body);
    }

    HereDoc(int fd, String delimiter, boolean expand, boolean stripTabs) {
      this.fd = fd;
      this.delimiter = delimiter;
      this.expand = expand;
      this.stripTabs = stripTabs;
    }

    void fill(Word value) {
      if (body != null) {
        throw new IllegalStateException("here-document body already read");
      }
      body = value;
    }

    boolean filled() {
      return body != null;
    }

    @Override
    public int fd() {
      return fd;
    }

    @Override
    public String toSource() {
      String text = body.withoutQuotes();
      if (text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      return (fd == 0 ? "" : String.valueOf(fd)) + "<<<" + Quoting.ansiC(text);
    }

    public String delimiter() {
      return delimiter;
    }

    public boolean expand() {
      return expand;
    }

    public boolean stripTabs() {
      return stripTabs;
    }

    /** The body: literal text (and, when {@link #expand()}, parameters and substitutions). */
    public Word body() {
      return body;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof HereDoc other
          && fd == other.fd
          && delimiter.equals(other.delimiter)
          && expand == other.expand
          && stripTabs == other.stripTabs
          && Objects.equals(body, other.body);
    }

    @Override
    public int hashCode() {
      return Objects.hash(fd, delimiter, expand, stripTabs, body);
    }

    @Override
    public String toString() {
      return "HereDoc[fd=%d, delimiter=%s, expand=%s, stripTabs=%s, body=%s]"
          .formatted(fd, delimiter, expand, stripTabs, body);
    }
  }
}
