package dev.vpclab.cli.s3commands;

import java.time.Instant;

/**
 * One file or object a transfer command acts on (awscli's {@code FileStat}/{@code FileInfo}): local
 * paths absolute, S3 paths as {@code bucket/key}; {@code compareKey} is the path relative to the
 * command's root, on which {@code sync} lines both sides up.
 */
record FileInfo(
    String src,
    String dest,
    String compareKey,
    long size,
    Instant lastUpdate,
    Operation operation) {

  /** What is done with it, named as the result lines name it. */
  enum Operation {
    UPLOAD("upload"),
    DOWNLOAD("download"),
    COPY("copy"),
    DELETE("delete");

    final String label;

    Operation(String label) {
      this.label = label;
    }
  }

  FileInfo deleting() {
    return new FileInfo(src, dest, compareKey, size, lastUpdate, Operation.DELETE);
  }
}
