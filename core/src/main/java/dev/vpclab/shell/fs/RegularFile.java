package dev.vpclab.shell.fs;

import java.nio.charset.StandardCharsets;

/** A regular file holding text. */
public record RegularFile(Metadata meta, String content) implements Node {

  @Override
  public RegularFile withMeta(Metadata newMeta) {
    return new RegularFile(newMeta, content);
  }

  public RegularFile withContent(String newContent) {
    return new RegularFile(meta, newContent);
  }

  @Override
  public long size() {
    return content.getBytes(StandardCharsets.UTF_8).length;
  }

  @Override
  public int links() {
    return 1;
  }
}
