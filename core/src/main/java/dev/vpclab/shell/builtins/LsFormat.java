package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.Format;
import dev.vpclab.shell.fs.Node;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How {@link Ls} lays out a listing: long rows, columns, or one name per line. */
final class LsFormat {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** GNU ls shows the time of day for files changed within half a Gregorian year. */
  private static final Duration SIX_MONTHS = Duration.ofSeconds(31556952L / 2);

  private static final int TAB_SIZE = 8;
  private static final int MIN_COLUMN_WIDTH = 3;

  private final Options.Parsed options;
  private final boolean terminal;
  private final int width;
  private final Instant now;
  private final Invocation invocation;

  LsFormat(Options.Parsed options, Invocation invocation) {
    this.options = options;
    this.terminal = invocation.stdoutIsTerminal();
    this.width = invocation.terminalWidth();
    this.now = invocation.now();
    this.invocation = invocation;
  }

  /** A name as shown: quoted when on a terminal and it needs quoting. */
  String displayName(String name) {
    return terminal && Gnu.needsQuoting(name) ? Gnu.quote(name) : name;
  }

  /** The "total" of a long listing: 1 KiB blocks, or a human-readable size with -h. */
  String total(List<Ls.Entry> entries) {
    long blocks = entries.stream().mapToLong(e -> disk().blocks(e.node())).sum();
    return options.has("h") ? human(blocks * 1024) : String.valueOf(blocks);
  }

  /**
   * The lines for some entries. {@code sizing} are the entries whose widths set the long format's
   * columns (for operands, ls sizes the columns over all of them, directories included).
   */
  String listing(List<Ls.Entry> entries, List<Ls.Entry> sizing, boolean inDirectory) {
    if (entries.isEmpty()) {
      return "";
    }
    boolean columns = options.has("C") || (terminal && !options.has("1"));
    // GNU ls shifts unquoted names to line up with quoted ones only in columns and long rows
    List<String> names = names(entries, columns || options.has("l"));
    if (options.has("l")) {
      return longRows(entries, sizing, names);
    }
    if (!columns) {
      return String.join("\n", names) + "\n";
    }
    return columns(names);
  }

  private List<String> names(List<Ls.Entry> entries, boolean align) {
    var names = new ArrayList<String>();
    boolean anyQuoted = false;
    for (Ls.Entry entry : entries) {
      String shown = displayName(entry.name());
      anyQuoted |= !shown.equals(entry.name());
      names.add(shown + classify(entry.node()));
    }
    if (anyQuoted && align) {
      // GNU ls aligns unquoted names with the text of quoted ones
      for (int i = 0; i < names.size(); i++) {
        if (!names.get(i).startsWith("'") && !names.get(i).startsWith("\"")) {
          names.set(i, " " + names.get(i));
        }
      }
    }
    return names;
  }

  private String classify(Node node) {
    if (!options.has("F")) {
      return "";
    }
    if (node instanceof Directory) {
      return "/";
    }
    return (node.meta().mode() & 0111) != 0 ? "*" : "";
  }

  // ---------------------------------------------------------------- long format

  private String longRows(List<Ls.Entry> entries, List<Ls.Entry> sizing, List<String> names) {
    int links = 0;
    int owner = 0;
    int group = 0;
    int size = 0;
    for (Ls.Entry entry : sizing) {
      Node node = entry.node();
      links = Math.max(links, String.valueOf(node.links()).length());
      owner = Math.max(owner, node.meta().owner().length());
      group = Math.max(group, node.meta().group().length());
      size = Math.max(size, size(node).length());
    }
    var out = new StringBuilder();
    for (int i = 0; i < entries.size(); i++) {
      Node node = entries.get(i).node();
      out.append(mode(node))
          .append(disk().labelled() ? "." : "")
          .append(' ')
          .append(padLeft(String.valueOf(node.links()), links))
          .append(' ')
          .append(padRight(node.meta().owner(), owner))
          .append(' ')
          .append(padRight(node.meta().group(), group))
          .append(' ')
          .append(padLeft(size(node), size))
          .append(' ')
          .append(time(node.meta().modified()))
          .append(' ')
          .append(names.get(i))
          .append('\n');
    }
    return out.toString();
  }

  private String size(Node node) {
    long bytes = disk().size(node);
    return options.has("h") ? human(bytes) : String.valueOf(bytes);
  }

  /** The disk's format, which decides directory sizes and the SELinux dot. */
  private Format disk() {
    return invocation.files().format();
  }

  /** {@code -rw-r--r--}, with s/S and t/T for set-id and sticky bits. */
  static String mode(Node node) {
    int mode = node.meta().mode();
    var out = new StringBuilder(node instanceof Directory ? "d" : "-");
    String letters = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      out.append((mode & (1 << (8 - i))) != 0 ? letters.charAt(i) : '-');
    }
    special(out, 3, (mode & 04000) != 0, 's');
    special(out, 6, (mode & 02000) != 0, 's');
    special(out, 9, (mode & 01000) != 0, 't');
    return out.toString();
  }

  private static void special(StringBuilder out, int at, boolean set, char letter) {
    if (set) {
      out.setCharAt(at, out.charAt(at) == 'x' ? letter : Character.toUpperCase(letter));
    }
  }

  private String time(Instant modified) {
    ZonedDateTime when = modified.atZone(invocation.zone());
    boolean recent = modified.isAfter(now.minus(SIX_MONTHS)) && !modified.isAfter(now);
    String day =
        MONTHS[when.getMonthValue() - 1]
            + String.format(Locale.ROOT, " %2d ", when.getDayOfMonth());
    return day
        + (recent
            ? String.format(Locale.ROOT, "%02d:%02d", when.getHour(), when.getMinute())
            : String.format(Locale.ROOT, " %d", when.getYear()));
  }

  /** Sizes as {@code ls -h} prints them: 4.0K, 1.7K, 13K, 2.1M (rounded up). */
  static String human(long bytes) {
    if (bytes < 1024) {
      return String.valueOf(bytes);
    }
    String units = "KMGTPE";
    double value = bytes;
    int unit = -1;
    while (value >= 1024 && unit < units.length() - 1) {
      value /= 1024;
      unit++;
    }
    if (value < 10) {
      double tenths = Math.ceil(value * 10 - 1e-9) / 10;
      if (tenths < 10) {
        return String.format(Locale.ROOT, "%.1f%c", tenths, units.charAt(unit));
      }
      value = tenths;
    }
    long whole = (long) Math.ceil(value - 1e-9);
    if (whole >= 1024 && unit < units.length() - 1) {
      return "1.0" + units.charAt(unit + 1);
    }
    return whole + String.valueOf(units.charAt(unit));
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }

  private static String padRight(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  // ---------------------------------------------------------------- columns

  /** GNU ls's vertical columns: the most columns that fit the width, filled top to bottom. */
  private String columns(List<String> names) {
    int n = names.size();
    int maxColumns = Math.min(n, Math.max(1, width / MIN_COLUMN_WIDTH));
    int columns = 1;
    int[] bestWidths = {Math.max(MIN_COLUMN_WIDTH, names.get(0).length())};
    for (int cols = maxColumns; cols >= 1; cols--) {
      int rows = (n + cols - 1) / cols;
      int[] widths = new int[cols];
      java.util.Arrays.fill(widths, MIN_COLUMN_WIDTH);
      int lineLength = 0;
      for (int i = 0; i < n; i++) {
        int column = i / rows;
        int length = names.get(i).length() + (column == cols - 1 ? 0 : 2);
        widths[column] = Math.max(widths[column], length);
      }
      for (int w : widths) {
        lineLength += w;
      }
      if (lineLength < width || cols == 1) {
        columns = cols;
        bestWidths = widths;
        break;
      }
    }
    int rows = (n + columns - 1) / columns;
    var out = new StringBuilder();
    for (int row = 0; row < rows; row++) {
      int position = 0;
      int column = 0;
      int index = row;
      while (true) {
        String name = names.get(index);
        out.append(name);
        int columnWidth = bestWidths[column++];
        index += rows;
        if (index >= n) {
          break;
        }
        indent(out, position + name.length(), position + columnWidth);
        position += columnWidth;
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Pads from one position to another with tabs where a tab fits, as GNU ls does. */
  private static void indent(StringBuilder out, int from, int to) {
    while (from < to) {
      if (to / TAB_SIZE > (from + 1) / TAB_SIZE) {
        out.append('\t');
        from += TAB_SIZE - from % TAB_SIZE;
      } else {
        out.append(' ');
        from++;
      }
    }
  }
}
