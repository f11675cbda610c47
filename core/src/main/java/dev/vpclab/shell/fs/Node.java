package dev.vpclab.shell.fs;

/** A file or a directory. */
public sealed interface Node permits RegularFile, Directory {
  Metadata meta();

  Node withMeta(Metadata meta);

  /** The size {@code ls -l} shows: bytes of content, 4096 for a directory. */
  long size();

  /** Number of hard links as {@code ls -l} shows it. */
  int links();

  /** 1 KiB blocks allocated on a 4 KiB-block file system, as {@code ls -s} and "total" count. */
  default long blocks() {
    return (size() + 4095) / 4096 * 4;
  }
}
