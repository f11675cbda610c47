package dev.vpclab.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A resource's tags, in the order they were added (the order AWS returns them in). */
public record Tags(List<Tag> list) {
  public static final Tags NONE = new Tags(List.of());

  public Tags {
    list = List.copyOf(list);
  }

  public Optional<String> get(String key) {
    return list.stream().filter(t -> t.key().equals(key)).map(Tag::value).findFirst();
  }

  public Optional<String> name() {
    return get("Name");
  }

  /** Adds or overwrites, as create-tags does. */
  public Tags with(Collection<Tag> added) {
    var out = new ArrayList<>(list);
    for (Tag tag : added) {
      int at = indexOf(out, tag.key());
      if (at >= 0) {
        out.set(at, tag);
      } else {
        out.add(tag);
      }
    }
    return new Tags(out);
  }

  /** Removes keys; a tag given with a value is removed only when the value matches. */
  public Tags without(Collection<Tag> removed) {
    var out = new ArrayList<>(list);
    for (Tag tag : removed) {
      out.removeIf(
          t -> t.key().equals(tag.key()) && (tag.value() == null || tag.value().equals(t.value())));
    }
    return new Tags(out);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  private static int indexOf(List<Tag> tags, String key) {
    for (int i = 0; i < tags.size(); i++) {
      if (tags.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
