package dev.vpclab.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The changes of one command over a {@link World}: reads see the command's own writes, and nothing
 * reaches the World until {@link #commit()}. A command that fails simply drops its Tx, which is how
 * "a failed command changes nothing" holds without any undo code.
 */
public final class Tx implements View {
  private final World base;
  private final Map<Class<?>, Map<String, Resource>> written = new LinkedHashMap<>();
  private final Map<String, Long> counters;
  private final List<Change> changes = new ArrayList<>();
  private final List<String> advice = new ArrayList<>();
  private Instant now;

  Tx(World base) {
    this.base = base;
    this.counters = new LinkedHashMap<>(base.counters());
    this.now = base.now();
  }

  /** The World as it was when this Tx began. */
  public World base() {
    return base;
  }

  @Override
  public Instant now() {
    return now;
  }

  /** Moves the simulated clock on, e.g. by the time a command takes. */
  public void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public <T extends Resource> Optional<T> find(Class<T> type, String key) {
    return Optional.ofNullable(table(type).get(key)).map(type::cast);
  }

  @Override
  public <T extends Resource> Stream<T> all(Class<T> type) {
    return table(type).values().stream().map(type::cast);
  }

  /**
   * Stores a new resource, or a new version of one (same key, same place in creation order).
   * Storing what is already there changes nothing and is not reported.
   */
  public <T extends Resource> T put(T resource) {
    if (resource.equals(table(resource.getClass()).get(resource.key()))) {
      return resource;
    }
    var table = writable(resource.getClass());
    Resource previous = table.put(resource.key(), resource);
    record(previous == null ? Change.Kind.CREATED : Change.Kind.MODIFIED, resource);
    return resource;
  }

  /** Stores a new version without reporting it, for bookkeeping the learner need not read. */
  public <T extends Resource> T putQuietly(T resource) {
    writable(resource.getClass()).put(resource.key(), resource);
    return resource;
  }

  /** Deletes a resource and its tags. */
  public void remove(Resource resource) {
    if (writable(resource.getClass()).remove(resource.key()) != null) {
      record(Change.Kind.DELETED, resource);
      if (find(TagSet.class, resource.key()).isPresent()) {
        writable(TagSet.class).remove(resource.key());
      }
    }
  }

  /** The next value of a named counter; counters live in the World, so IDs are deterministic. */
  public long next(String counter) {
    long value = counters.getOrDefault(counter, 0L) + 1;
    counters.put(counter, value);
    return value;
  }

  /**
   * Records something the learner should know about a change that AWS accepts silently, e.g. a NAT
   * gateway placed in a subnet with no route to an internet gateway. Shown beside the output.
   */
  public void advise(String text) {
    advice.add(text);
  }

  public List<String> advice() {
    return List.copyOf(advice);
  }

  /** Whether anything was written, reported or not. */
  public boolean isDirty() {
    return !written.isEmpty() || !counters.equals(base.counters());
  }

  /** What this Tx changed so far; names come from tags, even tags set after the change. */
  public List<Change> changes() {
    return changes.stream()
        .map(
            c ->
                c.name() != null
                    ? c
                    : new Change(
                        c.kind(), c.resourceKind(), c.key(), tags(c.key()).name().orElse(null)))
        .toList();
  }

  public World commit() {
    var tables = new LinkedHashMap<>(base.tables());
    written.forEach((type, table) -> tables.put(type, Collections.unmodifiableMap(table)));
    return World.of(tables, counters, now);
  }

  private Map<String, Resource> table(Class<?> type) {
    Map<String, Resource> table = written.get(type);
    return table != null ? table : base.table(type);
  }

  private Map<String, Resource> writable(Class<?> type) {
    return written.computeIfAbsent(type, t -> new LinkedHashMap<>(base.table(t)));
  }

  /** Replaces a resource's tags; an empty set removes the entry. */
  public void setTags(String resourceId, Tags tags) {
    if (tags.equals(tags(resourceId))) {
      return;
    }
    var table = writable(TagSet.class);
    if (tags.isEmpty()) {
      table.remove(resourceId);
    } else {
      table.put(resourceId, new TagSet(resourceId, tags));
    }
  }

  private void record(Change.Kind kind, Resource resource) {
    if (resource instanceof TagSet) {
      return;
    }
    String name = tags(resource.key()).name().orElse(null);
    changes.add(new Change(kind, resource.kind(), resource.displayId(), name));
  }
}
