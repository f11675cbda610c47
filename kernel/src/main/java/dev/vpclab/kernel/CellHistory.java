package dev.vpclab.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells this kernel ran with {@code store_history}, for Jupyter's {@code history_request}: the
 * last n, a range of execution counts, or a glob search, as IPython answers them. A kernel process
 * is one session, numbered {@value #SESSION}.
 */
public final class CellHistory {
  public static final int SESSION = 1;

  /** One stored cell: its execution count, its code and the text it printed. */
  public record Entry(int session, int count, String input, String output) {}

  private final List<Entry> entries = new ArrayList<>();

  synchronized void add(int count, String input, String output) {
    entries.add(new Entry(SESSION, count, input, output));
  }

  /** The last {@code n} cells, oldest first. */
  public synchronized List<Entry> tail(int n) {
    return List.copyOf(
        entries.subList(Math.max(0, entries.size() - Math.max(0, n)), entries.size()));
  }

  /**
   * The cells with counts from {@code start} up to but not including {@code stop} of {@code
   * session} (0 or a negative number mean this one, as in IPython); {@code stop} 0 means to the
   * end.
   */
  public synchronized List<Entry> range(int session, int start, int stop) {
    if (session > 0 && session != SESSION) {
      return List.of();
    }
    return entries.stream()
        .filter(e -> e.count() >= start && (stop <= 0 || e.count() < stop))
        .toList();
  }

  /**
   * The last {@code n} cells whose code matches {@code glob} ({@code *} and {@code ?}, as sqlite's
   * GLOB that IPython uses), once each when {@code unique}; {@code n} 0 or less means all.
   */
  public synchronized List<Entry> search(String glob, int n, boolean unique) {
    Pattern pattern = globToRegex(glob == null || glob.isEmpty() ? "*" : glob);
    var matching = new LinkedHashMap<Object, Entry>();
    for (Entry e : entries) {
      if (pattern.matcher(e.input()).matches()) {
        Object key = unique ? e.input() : e;
        matching.remove(key); // a repeated input counts where it last ran
        matching.put(key, e);
      }
    }
    List<Entry> found = new ArrayList<>(matching.values());
    return n > 0 ? List.copyOf(found.subList(Math.max(0, found.size() - n), found.size())) : found;
  }

  private static Pattern globToRegex(String glob) {
    var regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
