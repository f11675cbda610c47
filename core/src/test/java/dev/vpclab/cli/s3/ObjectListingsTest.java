package dev.vpclab.cli.s3;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObjectListingsTest {
  private final ApiTester api = new ApiTester();

  @BeforeEach
  void objects() {
    api.ok(
        "s3api",
        "CreateBucket",
        "{\"Bucket\": \"lab\", \"CreateBucketConfiguration\": {\"LocationConstraint\":"
            + " \"us-east-2\"}}");
    for (String key : new String[] {"logs/2.txt", "hello.txt", "logs/1.txt", "images/a.png"}) {
      api.ok(
          "s3api", "PutObject", "{\"Bucket\": \"lab\", \"Key\": \"" + key + "\", \"Body\": \"x\"}");
    }
  }

  @Test
  void aDelimiterFoldsKeysIntoCommonPrefixes() {
    var out = api.ok("s3api", "ListObjectsV2", "{\"Bucket\": \"lab\", \"Delimiter\": \"/\"}");
    // CLI example list-objects-v2: Key, LastModified, ETag, Size, StorageClass STANDARD.
    assertEquals(1, out.get("Contents").size());
    assertEquals("hello.txt", at(out, "Contents.0.Key"));
    assertEquals("STANDARD", at(out, "Contents.0.StorageClass"));
    assertEquals("1", at(out, "Contents.0.Size"));
    assertEquals("images/", at(out, "CommonPrefixes.0.Prefix"));
    assertEquals("logs/", at(out, "CommonPrefixes.1.Prefix"));
    assertEquals("3", at(out, "KeyCount"));
    assertFalse(out.get("Contents").get(0).has("Owner"));
  }

  @Test
  void aPrefixNarrowsTheListing() {
    var out = api.ok("s3api", "ListObjectsV2", "{\"Bucket\": \"lab\", \"Prefix\": \"logs/\"}");
    assertEquals("logs/1.txt", at(out, "Contents.0.Key"));
    assertEquals("logs/2.txt", at(out, "Contents.1.Key"));
    assertEquals("logs/", at(out, "Prefix"));
  }

  @Test
  void maxKeysAndContinuation() {
    var first = api.ok("s3api", "ListObjectsV2", "{\"Bucket\": \"lab\", \"MaxKeys\": 3}");
    assertEquals("true", at(first, "IsTruncated"));
    assertEquals("logs/1.txt", at(first, "Contents.2.Key"));
    var rest =
        api.ok(
            "s3api",
            "ListObjectsV2",
            "{\"Bucket\": \"lab\", \"ContinuationToken\": \""
                + at(first, "NextContinuationToken")
                + "\"}");
    assertEquals("false", at(rest, "IsTruncated"));
    assertEquals("logs/2.txt", at(rest, "Contents.0.Key"));
    // S3 error reference: a token S3 did not hand out.
    assertEquals(
        "InvalidArgument: The continuation token provided is incorrect",
        api.error(
            "s3api", "ListObjectsV2", "{\"Bucket\": \"lab\", \"ContinuationToken\": \"%%%\"}"));
  }

  @Test
  void versionOneShowsOwnersAndMarkers() {
    var out =
        api.ok(
            "s3api", "ListObjects", "{\"Bucket\": \"lab\", \"Delimiter\": \"/\", \"MaxKeys\": 2}");
    assertTrue(out.get("Contents").get(0).has("Owner"));
    assertEquals("", at(out, "Marker"));
    assertEquals("true", at(out, "IsTruncated"));
    assertEquals("images/", at(out, "NextMarker"));
    var rest =
        api.ok(
            "s3api",
            "ListObjects",
            "{\"Bucket\": \"lab\", \"Delimiter\": \"/\", \"Marker\": \"images/\"}");
    assertEquals("logs/", at(rest, "CommonPrefixes.0.Prefix"));
    assertEquals(
        "NoSuchBucket: The specified bucket does not exist",
        api.error("s3api", "ListObjects", "{\"Bucket\": \"nope\"}"));
  }
}
