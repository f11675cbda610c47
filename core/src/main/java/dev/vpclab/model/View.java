package dev.vpclab.model;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/** Read access to the account: a committed {@link World}, or a {@link Tx} seeing its own writes. */
public interface View {
  <T extends Resource> Optional<T> find(Class<T> type, String key);

  /** Every resource of a type, in the order they were created. */
  <T extends Resource> Stream<T> all(Class<T> type);

  /** Every resource of a type in one region, in the order they were created. */
  default <T extends Regional> Stream<T> all(Class<T> type, String region) {
    return all(type).filter(r -> r.region().equals(region));
  }

  /** The tags of a resource, empty when it has none. */
  default Tags tags(String resourceId) {
    return find(TagSet.class, resourceId).map(TagSet::tags).orElse(Tags.NONE);
  }

  Instant now();
}
