package dev.vpclab.iam.action;

import dev.vpclab.model.View;
import java.util.Map;

/**
 * S3's operations: where the action is not the operation's name, the permissions sections of the S3
 * API reference (in botocore's s3 model documentation) name it: ListBuckets needs {@code
 * s3:ListAllMyBuckets}, HeadBucket and ListObjectsV2 {@code s3:ListBucket}, HeadObject {@code
 * s3:GetObject}. ListObjects needs {@code s3:ListBucket} too (Service Authorization Reference,
 * Amazon S3). Bucket operations are authorized on {@code arn:aws:s3:::BUCKET}, object operations on
 * {@code arn:aws:s3:::BUCKET/KEY}; ListAllMyBuckets is about every bucket.
 */
final class S3Actions implements ServiceActions {
  private static final Map<String, String> RENAMED =
      Map.of(
          "ListBuckets", "ListAllMyBuckets",
          "HeadBucket", "ListBucket",
          "ListObjects", "ListBucket",
          "ListObjectsV2", "ListBucket",
          "HeadObject", "GetObject");

  /**
   * What ListAllMyBuckets is matched against: AWS's own examples grant it with {@code "Resource":
   * "arn:aws:s3:::*"} (S3 user guide, "Allowing an IAM user access to one of your buckets"; an AWS
   * writer confirmed the sample in awsdocs/amazon-s3-userguide PR #51) as well as with {@code "*"},
   * while a bucket's ARN does not grant it. The message names no resource.
   */
  private static final TargetResource ALL_BUCKETS =
      new TargetResource("arn:aws:s3:::*", java.util.Optional.empty());

  @Override
  public Target target(ApiCall call, View view) {
    String action = "s3:" + RENAMED.getOrDefault(call.operation(), call.operation());
    var bucket = call.param("Bucket");
    if (bucket.isEmpty()) {
      return Target.on(action, ALL_BUCKETS);
    }
    String arn =
        "arn:aws:s3:::" + bucket.get() + call.param("Key").map(key -> "/" + key).orElse("");
    return Target.on(action, TargetResource.of(arn));
  }
}
