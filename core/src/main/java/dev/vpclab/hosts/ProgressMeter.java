package dev.vpclab.hosts;

import java.util.Locale;

/**
 * The last state of scp's progress line, which it draws on a terminal only (progressmeter.c): the
 * file name padded to the terminal's width less 35 columns, the percentage, the size and the rate
 * with their units, and the elapsed time. vpclab's copies take no time, so the rate is the one a
 * small file shows after a tenth of a second.
 */
final class ProgressMeter {
  private static final String UNITS = " KMGT";
  private static final int DEFAULT_WIDTH = 80;
  private static final int MAX_WIDTH = 512;

  private ProgressMeter() {}

  /** The finished line for {@code name} of {@code bytes} on a terminal {@code columns} wide. */
  static String done(String name, long bytes, int columns) {
    int width = columns <= 0 ? DEFAULT_WIDTH : Math.min(columns, MAX_WIDTH);
    int nameWidth = width + 1 - 35 - 1;
    String shown = name.length() > nameWidth ? name.substring(0, nameWidth) : name;
    return String.format(Locale.ROOT, "%-" + nameWidth + "s", shown)
        + " 100% "
        + size(bytes)
        + " "
        + rate(bytes * 10)
        + "/s "
        + "  00:00"
        + "    "
        + "\n";
  }

  /** format_size: four digits, then a unit (a space for bytes). */
  static String size(long bytes) {
    int i = 0;
    while (bytes >= 10000 && UNITS.charAt(i) != 'T') {
      bytes = (bytes + 512) / 1024;
      i++;
    }
    return String.format(Locale.ROOT, "%4d%c%s", bytes, UNITS.charAt(i), i > 0 ? "B" : " ");
  }

  /** format_rate: at least KB, with one decimal. */
  static String rate(long bytesPerSecond) {
    long bytes = bytesPerSecond * 100;
    int i = 0;
    while (bytes >= 100 * 1000 && UNITS.charAt(i) != 'T') {
      bytes = (bytes + 512) / 1024;
      i++;
    }
    if (i == 0) {
      i++;
      bytes = (bytes + 512) / 1024;
    }
    return String.format(
        Locale.ROOT, "%3d.%1d%cB", (bytes + 5) / 100, (bytes + 5) / 10 % 10, UNITS.charAt(i));
  }
}
