package dev.vpclab.shell.fs;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A directory: its entries by name, sorted as {@code ls} sorts them in the C.UTF-8 locale. */
public record Directory(Metadata meta, SortedMap<String, Node> entries) implements Node {
  public Directory {
    entries = Collections.unmodifiableSortedMap(new TreeMap<>(entries));
  }

  public static Directory empty(Metadata meta) {
    return new Directory(meta, new TreeMap<>());
  }

  @Override
  public Directory withMeta(Metadata newMeta) {
    return new Directory(newMeta, entries);
  }

  Directory with(String name, Node node) {
    var copy = new TreeMap<>(entries);
    copy.put(name, node);
    return new Directory(meta, copy);
  }

  Directory without(String name) {
    var copy = new TreeMap<>(entries);
    copy.remove(name);
    return new Directory(meta, copy);
  }

  @Override
  public long size() {
    return 4096;
  }

  @Override
  public int links() {
    return 2 + (int) entries.values().stream().filter(n -> n instanceof Directory).count();
  }
}
