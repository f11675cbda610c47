package dev.vpclab.model.s3;

import java.time.Instant;

/** One object: its bytes (text is enough for a lab) and what ListObjects shows of it. */
public record S3Object(String key, String content, Instant lastModified, String etag) {
  public long size() {
    return content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }
}
