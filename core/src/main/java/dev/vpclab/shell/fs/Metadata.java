package dev.vpclab.shell.fs;

import java.time.Instant;

/**
 * Owner, group, permission bits (e.g. {@code 0644}) and modification time of a file or directory.
 * Times come from the session's simulated clock.
 */
public record Metadata(String owner, String group, int mode, Instant modified) {
  public Metadata {
    mode &= 07777;
  }

  public Metadata withMode(int newMode) {
    return new Metadata(owner, group, newMode, modified);
  }

  public Metadata withModified(Instant time) {
    return new Metadata(owner, group, mode, time);
  }
}
