package dev.vpclab.cli.s3;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.Test;

class BucketsTest {
  private final ApiTester api = new ApiTester();

  private static String inRegion(String bucket, String region) {
    return "{\"Bucket\": \""
        + bucket
        + "\", \"CreateBucketConfiguration\": {\"LocationConstraint\": \""
        + region
        + "\"}}";
  }

  @Test
  void outsideUsEast1TheRegionMustBeNamed() {
    var out = api.ok("s3api", "CreateBucket", inRegion("lab-bucket-123", "us-east-2"));
    // CLI example create-bucket (example 3): the virtual-hosted URL of a regional bucket.
    assertEquals("http://lab-bucket-123.s3.amazonaws.com/", at(out, "Location"));
    // Real CLI output (public transcripts and scripts).
    assertEquals(
        "IllegalLocationConstraintException: The unspecified location constraint is incompatible"
            + " for the region specific endpoint this request was sent to.",
        api.error("s3api", "CreateBucket", "{\"Bucket\": \"other-bucket\"}"));
    assertEquals(
        "IllegalLocationConstraintException: The us-west-2 location constraint is incompatible for"
            + " the region specific endpoint this request was sent to.",
        api.error("s3api", "CreateBucket", inRegion("other-bucket", "us-west-2")));
  }

  @Test
  void usEast1TakesNoConstraint() {
    var east = new ApiTester().inRegion("us-east-1");
    // CLI example create-bucket (example 1).
    assertEquals(
        "/lab-bucket-123",
        at(east.ok("s3api", "CreateBucket", "{\"Bucket\": \"lab-bucket-123\"}"), "Location"));
    // S3 error reference: naming us-east-1 explicitly is refused.
    assertEquals(
        "InvalidLocationConstraint: The specified location-constraint is not valid",
        east.error("s3api", "CreateBucket", inRegion("other-bucket", "us-east-1")));
    assertEquals(
        "InvalidLocationConstraint: The specified location-constraint is not valid",
        east.error("s3api", "CreateBucket", inRegion("other-bucket", "mars-1")));
    // Creating one's own us-east-1 bucket again succeeds there (S3 API reference, CreateBucket).
    east.ok("s3api", "CreateBucket", "{\"Bucket\": \"lab-bucket-123\"}");
    east.ok("s3api", "CreateBucket", inRegion("west-bucket", "us-west-2"));
    assertEquals(
        "us-west-2",
        at(
            east.ok("s3api", "GetBucketLocation", "{\"Bucket\": \"west-bucket\"}"),
            "LocationConstraint"));
  }

  @Test
  void bucketNamesAndOwnership() {
    // S3 error reference: InvalidBucketName "The specified bucket is not valid."
    assertEquals(
        "InvalidBucketName: The specified bucket is not valid.",
        api.error("s3api", "CreateBucket", inRegion("My-Bucket", "us-east-2")));
    assertEquals(
        "InvalidBucketName: The specified bucket is not valid.",
        api.error("s3api", "CreateBucket", inRegion("192.168.5.4", "us-east-2")));
    api.ok("s3api", "CreateBucket", inRegion("lab-bucket-123", "us-east-2"));
    // S3 error reference: BucketAlreadyOwnedByYou.
    assertEquals(
        "BucketAlreadyOwnedByYou: Your previous request to create the named bucket succeeded and"
            + " you already own it.",
        api.error("s3api", "CreateBucket", inRegion("lab-bucket-123", "us-east-2")));
  }

  @Test
  void listBucketsShowsEveryRegion() {
    api.ok("s3api", "CreateBucket", inRegion("zz-bucket", "us-east-2"));
    api.inRegion("us-east-1").ok("s3api", "CreateBucket", "{\"Bucket\": \"aa-bucket\"}");
    var out = api.inRegion("eu-west-1").ok("s3api", "ListBuckets", "{}");
    // aws-facts.md section 3: ListBuckets returns all buckets whatever the endpoint.
    assertEquals("aa-bucket", at(out, "Buckets.0.Name"));
    assertEquals("us-east-1", at(out, "Buckets.0.BucketRegion"));
    assertEquals("zz-bucket", at(out, "Buckets.1.Name"));
    assertTrue(at(out, "Owner.ID").matches("[0-9a-f]{64}"));
  }

  @Test
  void headBucketAndGetBucketLocation() {
    api.ok("s3api", "CreateBucket", inRegion("lab-bucket-123", "us-east-2"));
    var head = api.ok("s3api", "HeadBucket", "{\"Bucket\": \"lab-bucket-123\"}");
    assertEquals("us-east-2", at(head, "BucketRegion"));
    assertEquals("false", at(head, "AccessPointAlias"));
    // CLI example head-bucket: a missing bucket is only the HTTP status.
    assertEquals(
        "404: Not Found", api.error("s3api", "HeadBucket", "{\"Bucket\": \"nope-bucket\"}"));
    assertEquals(
        "us-east-2",
        at(
            api.ok("s3api", "GetBucketLocation", "{\"Bucket\": \"lab-bucket-123\"}"),
            "LocationConstraint"));
    var east = new ApiTester().inRegion("us-east-1");
    east.ok("s3api", "CreateBucket", "{\"Bucket\": \"old-bucket\"}");
    // S3 API reference GetBucketLocation: buckets in us-east-1 have a null constraint, which the
    // CLI prints (botocore's parse_get_bucket_location sets the key even to None).
    assertEquals(
        "{\"LocationConstraint\":null}",
        east.ok("s3api", "GetBucketLocation", "{\"Bucket\": \"old-bucket\"}").toString());
  }

  @Test
  void deleteBucketOnlyWhenEmpty() {
    api.ok("s3api", "CreateBucket", inRegion("lab-bucket-123", "us-east-2"));
    api.ok(
        "s3api",
        "PutObject",
        "{\"Bucket\": \"lab-bucket-123\", \"Key\": \"hello.txt\", \"Body\": \"hello\"}");
    // Real S3 wording (S3 error reference).
    assertEquals(
        "BucketNotEmpty: The bucket you tried to delete is not empty",
        api.error("s3api", "DeleteBucket", "{\"Bucket\": \"lab-bucket-123\"}"));
    api.ok("s3api", "DeleteObject", "{\"Bucket\": \"lab-bucket-123\", \"Key\": \"hello.txt\"}");
    api.ok("s3api", "DeleteBucket", "{\"Bucket\": \"lab-bucket-123\"}");
    assertEquals(
        "NoSuchBucket: The specified bucket does not exist",
        api.error("s3api", "DeleteBucket", "{\"Bucket\": \"lab-bucket-123\"}"));
  }
}
