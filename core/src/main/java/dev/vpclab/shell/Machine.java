package dev.vpclab.shell;

import dev.vpclab.shell.fs.FileSystem;

/** A host you can be on: its name and its files. The laptop, or an instance after {@code ssh}. */
public record Machine(String hostname, FileSystem files) {

  public Machine withFiles(FileSystem newFiles) {
    return new Machine(hostname, newFiles);
  }
}
