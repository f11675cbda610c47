package dev.vpclab.shell;

import dev.vpclab.shell.fs.FileSystem;

/**
 * A host you can be on: which one it is ({@code laptop}, or an instance ID), its name and its
 * files. The laptop, or an instance after {@code ssh}.
 */
public record Machine(String id, String hostname, FileSystem files) {

  /** A machine known by its host name alone. */
  public Machine(String hostname, FileSystem files) {
    this(hostname, hostname, files);
  }

  public Machine withFiles(FileSystem newFiles) {
    return new Machine(id, hostname, newFiles);
  }
}
