package dev.vpclab.model.s3;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** One object: its bytes (text is enough for a lab) and what ListObjects shows of it. */
public record S3Object(
    String key, String content, Instant lastModified, String etag, String contentType) {

  /** What S3 answers for an object uploaded without a content type. */
  public static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

  public S3Object {
    contentType = contentType == null ? DEFAULT_CONTENT_TYPE : contentType;
  }

  public S3Object(String key, String content, Instant lastModified, String etag) {
    this(key, content, lastModified, etag, DEFAULT_CONTENT_TYPE);
  }

  public long size() {
    return content.getBytes(StandardCharsets.UTF_8).length;
  }
}
