package dev.vpclab.session;

import java.util.ArrayList;
import java.util.List;

/** The inputs of a session in order, for {@code /history} and {@code /save}. */
public final class History {
  private final List<String> entries = new ArrayList<>();

  public void add(String input) {
    entries.add(input);
  }

  public List<String> entries() {
    return List.copyOf(entries);
  }

  /** The inputs worth replaying: everything but the meta commands that only look or leave. */
  public List<String> replayable() {
    return entries.stream()
        .filter(e -> !e.matches("^\\s*/(history|save|help|exit|resources|explain|diagram)\\b.*"))
        .toList();
  }
}
