package dev.vpclab.assist;

import java.util.List;

/**
 * What may complete the word at the cursor: candidates replace the text from {@code anchor} to the
 * cursor.
 */
public record Completions(int anchor, List<Candidate> candidates) {
  public Completions {
    candidates = List.copyOf(candidates);
  }

  public static Completions none(int cursor) {
    return new Completions(cursor, List.of());
  }
}
