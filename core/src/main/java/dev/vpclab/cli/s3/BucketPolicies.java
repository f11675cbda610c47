package dev.vpclab.cli.s3;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tx;
import dev.vpclab.model.s3.Bucket;

/**
 * Bucket policies: put (checked), get (the text as stored, which the CLI prints as a JSON string),
 * delete. {@code NoSuchBucketPolicy: The bucket policy does not exist} is real S3 output.
 */
public final class BucketPolicies implements Handlers.Group {

  @Override
  public void register(Handlers.Builder on) {
    on.on("s3api", "PutBucketPolicy", this::put)
        .on("s3api", "GetBucketPolicy", this::get)
        .on("s3api", "DeleteBucketPolicy", this::delete);
  }

  private ObjectNode put(Request request, Tx tx) {
    Bucket bucket = S3Buckets.require(tx, request.required("Bucket"));
    String policy = BucketPolicyDocument.require(request.required("Policy"), bucket.name());
    tx.put(bucket.withPolicy(policy));
    return Request.object();
  }

  private ObjectNode get(Request request, Tx tx) {
    Bucket bucket = S3Buckets.require(tx, request.required("Bucket"));
    String policy =
        bucket
            .bucketPolicy()
            .orElseThrow(
                () -> new ServiceFault("NoSuchBucketPolicy", "The bucket policy does not exist"));
    return Request.object().put("Policy", policy);
  }

  /** Deleting a policy that is not there succeeds, as S3's 204 does. */
  private ObjectNode delete(Request request, Tx tx) {
    Bucket bucket = S3Buckets.require(tx, request.required("Bucket"));
    if (bucket.bucketPolicy().isPresent()) {
      tx.put(bucket.withPolicy(null));
    }
    return Request.object();
  }
}
