package dev.vpclab.cli.s3commands;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Comparator} and the default sync strategies (comparator.py, syncstrategy/base.py): both
 * sides in key order; a file missing at the destination is sent, one present is sent when its size
 * differs or the source is newer, and with {@code --delete} a file only the destination has is
 * deleted there.
 */
final class SyncComparison {
  private SyncComparison() {}

  static List<FileInfo> select(
      List<FileInfo> sources, List<FileInfo> destinations, TransferRun.Options options) {
    var selected = new ArrayList<FileInfo>();
    int s = 0;
    int d = 0;
    while (s < sources.size() || d < destinations.size()) {
      int order =
          s == sources.size()
              ? 1
              : d == destinations.size()
                  ? -1
                  : sources.get(s).compareKey().compareTo(destinations.get(d).compareKey());
      if (order == 0) {
        if (changed(sources.get(s), destinations.get(d), options)) {
          selected.add(sources.get(s));
        }
        s++;
        d++;
      } else if (order < 0) {
        selected.add(sources.get(s++));
      } else {
        FileInfo extra = destinations.get(d++);
        if (options.delete()) {
          selected.add(extra.deleting());
        }
      }
    }
    return selected;
  }

  /** Size first; then time: an upload or copy when the source is newer, a download when older. */
  private static boolean changed(FileInfo source, FileInfo destination, TransferRun.Options o) {
    if (source.size() != destination.size()) {
      return true;
    }
    if (o.sizeOnly()) {
      return false;
    }
    long delta = destination.lastUpdate().getEpochSecond() - source.lastUpdate().getEpochSecond();
    return source.operation() == FileInfo.Operation.DOWNLOAD ? delta > 0 : delta < 0;
  }
}
