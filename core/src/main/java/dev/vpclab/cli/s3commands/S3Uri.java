package dev.vpclab.cli.s3commands;

/**
 * A path as the s3 commands split it (awscli/customizations/s3/utils.py {@code find_bucket_key}):
 * the bucket up to the first slash, the key after it, {@code s3://} dropped.
 */
record S3Uri(String bucket, String key) {
  static final String SCHEME = "s3://";

  static boolean isS3(String path) {
    return path.startsWith(SCHEME);
  }

  /** {@code s3://bucket/a/b} or {@code bucket/a/b}. */
  static S3Uri parse(String path) {
    String rest = isS3(path) ? path.substring(SCHEME.length()) : path;
    int slash = rest.indexOf('/');
    return slash < 0
        ? new S3Uri(rest, "")
        : new S3Uri(rest.substring(0, slash), rest.substring(slash + 1));
  }

  /** {@code bucket/key}, the form the transfer code passes around. */
  String path() {
    return bucket + "/" + key;
  }

  @Override
  public String toString() {
    return SCHEME + path();
  }
}
