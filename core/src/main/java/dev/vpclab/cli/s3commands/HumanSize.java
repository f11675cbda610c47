package dev.vpclab.cli.s3commands;

import java.util.List;
import java.util.Locale;

/** {@code human_readable_size} of awscli/customizations/s3/utils.py: base-2 units, one decimal. */
final class HumanSize {
  private static final List<String> SUFFIXES = List.of("KiB", "MiB", "GiB", "TiB", "PiB", "EiB");
  private static final double BASE = 1024;

  private HumanSize() {}

  static String of(long value) {
    double bytes = value;
    if (bytes == 1) {
      return "1 Byte";
    }
    if (bytes < BASE) {
      return value + " Bytes";
    }
    for (int i = 0; i < SUFFIXES.size(); i++) {
      double unit = Math.pow(BASE, i + 2);
      if (Math.rint((bytes / unit) * BASE) < BASE) {
        return String.format(Locale.ROOT, "%.1f %s", BASE * bytes / unit, SUFFIXES.get(i));
      }
    }
    return String.format(Locale.ROOT, "%.1f %s", bytes / Math.pow(BASE, 6), "EiB");
  }
}
