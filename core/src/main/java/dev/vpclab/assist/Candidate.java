package dev.vpclab.assist;

import java.util.Optional;

/**
 * One completion: the text that replaces the word being completed, the group it is listed under, a
 * description (for a resource ID, its Name tag) and whether it ends the word (a space follows).
 */
public record Candidate(
    String value, String group, Optional<String> description, boolean complete) {
  public static Candidate of(String value, String group) {
    return new Candidate(value, group, Optional.empty(), true);
  }

  public static Candidate described(String value, String group, String description) {
    return new Candidate(value, group, nonEmpty(description), true);
  }

  /** A candidate the word goes on after: a directory, {@code file://}, {@code Name=}. */
  public static Candidate partial(String value, String group, String description) {
    return new Candidate(value, group, nonEmpty(description), false);
  }

  private static Optional<String> nonEmpty(String text) {
    return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
