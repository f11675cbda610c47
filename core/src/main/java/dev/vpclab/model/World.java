package dev.vpclab.model;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything one simulated account holds at one moment: its resources, its ID counters and its
 * clock. Immutable: a command reads one World and, if it succeeds, produces the next through a
 * {@link Tx}; a failed command leaves the World it read untouched. Indexes for fast lookups are
 * computed beside it, never cached inside it.
 */
public final class World implements View {
  private final Map<Class<?>, Map<String, Resource>> tables;
  private final Map<String, Long> counters;
  private final Instant now;

  World(Map<Class<?>, Map<String, Resource>> tables, Map<String, Long> counters, Instant now) {
    this.tables = tables;
    this.counters = counters;
    this.now = now;
  }

  /** An account with nothing in it, its clock at {@code start}. */
  public static World empty(Instant start) {
    return new World(Map.of(), Map.of(), start);
  }

  @Override
  public Instant now() {
    return now;
  }

  Map<String, Long> counters() {
    return counters;
  }

  Map<String, Resource> table(Class<?> type) {
    return tables.getOrDefault(type, Map.of());
  }

  Map<Class<?>, Map<String, Resource>> tables() {
    return tables;
  }

  @Override
  public <T extends Resource> Optional<T> find(Class<T> type, String key) {
    return Optional.ofNullable(table(type).get(key)).map(type::cast);
  }

  /** Every resource of a type, in the order they were created. */
  @Override
  public <T extends Resource> Stream<T> all(Class<T> type) {
    return table(type).values().stream().map(type::cast);
  }

  /** Starts the changes of one command. */
  public Tx begin() {
    return new Tx(this);
  }

  static World of(
      Map<Class<?>, Map<String, Resource>> tables, Map<String, Long> counters, Instant now) {
    return new World(
        Collections.unmodifiableMap(new LinkedHashMap<>(tables)),
        Collections.unmodifiableMap(new LinkedHashMap<>(counters)),
        now);
  }
}
