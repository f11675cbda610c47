package dev.vpclab.shell.fs;

import java.nio.charset.StandardCharsets;

/**
 * How a machine's disk shows in {@code ls -l}. ext4 (the laptop) gives every directory a 4 KiB
 * block. XFS (Amazon Linux's root) keeps a small directory inside its inode, "short form": its size
 * is a 6-byte header plus, per entry, 8 bytes and the name (xfs_dir2_sf; ec2-user's new home on
 * Amazon Linux 2 lists as 74 bytes, its .ssh as 29), and it takes no block. Amazon Linux 2023 also
 * labels every file for SELinux, which {@code ls -l} marks with a dot after the mode.
 */
public enum Format {
  EXT4(false, false),
  XFS(true, false),
  XFS_SELINUX(true, true);

  /** Above this a short-form directory no longer fits a 512-byte inode and takes a block. */
  private static final int INODE_LITERAL_AREA = 336;

  private final boolean xfs;
  private final boolean labelled;

  Format(boolean xfs, boolean labelled) {
    this.xfs = xfs;
    this.labelled = labelled;
  }

  /** The size {@code ls -l} shows. */
  public long size(Node node) {
    if (!xfs || !(node instanceof Directory dir)) {
      return node.size();
    }
    long size = shortForm(dir);
    return size <= INODE_LITERAL_AREA ? size : 4096;
  }

  /** 1 KiB blocks allocated, as {@code ls} counts its "total". */
  public long blocks(Node node) {
    if (xfs && node instanceof Directory dir && shortForm(dir) <= INODE_LITERAL_AREA) {
      return 0;
    }
    return node.blocks();
  }

  /** Whether files carry an SELinux label, which {@code ls -l} shows as a dot after the mode. */
  public boolean labelled() {
    return labelled;
  }

  private static long shortForm(Directory dir) {
    long size = 6;
    for (String name : dir.entries().keySet()) {
      size += 8 + name.getBytes(StandardCharsets.UTF_8).length;
    }
    return size;
  }
}
