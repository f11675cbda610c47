package dev.vpclab.cli.args;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Python's {@code difflib.get_close_matches(word, possibilities, n=3, cutoff)}, which the real CLI
 * uses for its "maybe you meant" hints. Without difflib's junk heuristics, which only start at 200
 * characters.
 */
public final class CloseMatches {
  private CloseMatches() {}

  public static List<String> of(String word, List<String> possibilities, double cutoff) {
    record Scored(double score, String word) {}
    List<Scored> result = new ArrayList<>();
    for (String x : possibilities) {
      double r = ratio(x, word);
      if (r >= cutoff) {
        result.add(new Scored(r, x));
      }
    }
    // heapq.nlargest on (score, word) tuples: highest score first, then the larger word.
    result.sort(
        Comparator.comparingDouble(Scored::score)
            .thenComparing(Scored::word, Comparator.naturalOrder())
            .reversed());
    return result.stream().limit(3).map(Scored::word).toList();
  }

  /** {@code SequenceMatcher(None, a, b).ratio()}. */
  static double ratio(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int total = x.length + y.length;
    if (total == 0) {
      return 1.0;
    }
    return 2.0 * matches(x, 0, x.length, y, 0, y.length) / total;
  }

  private static int matches(int[] a, int alo, int ahi, int[] b, int blo, int bhi) {
    int besti = alo;
    int bestj = blo;
    int bestsize = 0;
    for (int i = alo; i < ahi; i++) {
      for (int j = blo; j < bhi; j++) {
        int k = 0;
        while (i + k < ahi && j + k < bhi && a[i + k] == b[j + k]) {
          k++;
        }
        if (k > bestsize) {
          besti = i;
          bestj = j;
          bestsize = k;
        }
      }
    }
    if (bestsize == 0) {
      return 0;
    }
    return bestsize
        + matches(a, alo, besti, b, blo, bestj)
        + matches(a, besti + bestsize, ahi, b, bestj + bestsize, bhi);
  }
}
