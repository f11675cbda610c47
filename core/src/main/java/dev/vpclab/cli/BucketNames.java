package dev.vpclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * botocore's {@code validate_bucket_name} handler: a {@code Bucket} parameter S3 could never accept
 * is refused before the request is signed, with this exact report (checked against CLI v1 1.45 and
 * v2 2.9.19).
 */
final class BucketNames {
  private static final String NAME = "^[a-zA-Z0-9.\\-_]{1,255}$";
  private static final String ARN =
      "^arn:(aws).*:(s3|s3-object-lambda):[a-z\\-0-9]*:[0-9]{12}:accesspoint[/:][a-zA-Z0-9\\-.]{1,63}$"
          + "|^arn:(aws).*:s3-outposts:[a-z\\-0-9]+:[0-9]{12}:outpost[/:][a-zA-Z0-9\\-]{1,63}"
          + "[/:]accesspoint[/:][a-zA-Z0-9\\-]{1,63}$";
  private static final Pattern VALID_NAME = Pattern.compile(NAME);
  private static final Pattern VALID_ARN = Pattern.compile(ARN);

  private BucketNames() {}

  /** The report for a bucket name botocore refuses; empty when there is none or it is valid. */
  static Optional<String> invalid(ObjectNode params) {
    JsonNode bucket = params.get("Bucket");
    if (bucket == null || !bucket.isTextual()) {
      return Optional.empty();
    }
    String name = bucket.textValue();
    if (VALID_NAME.matcher(name).find() || VALID_ARN.matcher(name).find()) {
      return Optional.empty();
    }
    return Optional.of(
        "Invalid bucket name \""
            + name
            + "\": Bucket name must match the regex \""
            + NAME
            + "\" or be an ARN matching the regex \""
            + ARN
            + "\"");
  }
}
