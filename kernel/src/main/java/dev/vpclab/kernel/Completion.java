package dev.vpclab.kernel;

import java.util.List;

/**
 * What may replace the code points {@code start} to {@code end} of a cell: the REPL's candidates,
 * each with its group (operation, option, vpc, ...) and a description (a resource's Name tag).
 */
public record Completion(int start, int end, List<Match> matches) {
  public Completion {
    matches = List.copyOf(matches);
  }

  /** One candidate: the text that replaces the range, where it belongs, what it is. */
  public record Match(String text, String group, String description) {}
}
