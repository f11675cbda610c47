package dev.vpclab.cli.s3;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObjectsTest {
  private final ApiTester api = new ApiTester();

  @BeforeEach
  void bucket() {
    api.ok(
        "s3api",
        "CreateBucket",
        "{\"Bucket\": \"lab\", \"CreateBucketConfiguration\": {\"LocationConstraint\":"
            + " \"us-east-2\"}}");
  }

  @Test
  void putReturnsTheQuotedMd5AsETag() {
    var out =
        api.ok(
            "s3api",
            "PutObject",
            "{\"Bucket\": \"lab\", \"Key\": \"hello.txt\", \"Body\": \"hello\"}");
    // md5("hello") = 5d41402abc4b2a76b9719d911017c592; S3 quotes the ETag (CLI examples).
    assertEquals("\"5d41402abc4b2a76b9719d911017c592\"", at(out, "ETag"));
    assertEquals("AES256", at(out, "ServerSideEncryption"));
  }

  @Test
  void getAndHeadShowTheObjectsMetadata() {
    api.ok(
        "s3api",
        "PutObject",
        "{\"Bucket\": \"lab\", \"Key\": \"index.html\", \"Body\": \"<p>hi</p>\", \"ContentType\":"
            + " \"text/html\"}");
    var get = api.ok("s3api", "GetObject", "{\"Bucket\": \"lab\", \"Key\": \"index.html\"}");
    assertEquals("<p>hi</p>", at(get, "Body"));
    // CLI example head-object: AcceptRanges bytes, ContentType, ContentLength, ETag, Metadata {}.
    var head = api.ok("s3api", "HeadObject", "{\"Bucket\": \"lab\", \"Key\": \"index.html\"}");
    assertEquals("bytes", at(head, "AcceptRanges"));
    assertEquals("9", at(head, "ContentLength"));
    assertEquals("text/html", at(head, "ContentType"));
    assertEquals(0, head.get("Metadata").size());
    api.ok("s3api", "PutObject", "{\"Bucket\": \"lab\", \"Key\": \"raw\", \"Body\": \"x\"}");
    assertEquals(
        "binary/octet-stream",
        at(
            api.ok("s3api", "HeadObject", "{\"Bucket\": \"lab\", \"Key\": \"raw\"}"),
            "ContentType"));
  }

  @Test
  void missingKeysAndBuckets() {
    // S3 error reference: NoSuchKey; HeadObject has no body, so only the status (CLI behaviour).
    assertEquals(
        "NoSuchKey: The specified key does not exist.",
        api.error("s3api", "GetObject", "{\"Bucket\": \"lab\", \"Key\": \"nope\"}"));
    assertEquals(
        "404: Not Found",
        api.error("s3api", "HeadObject", "{\"Bucket\": \"lab\", \"Key\": \"nope\"}"));
    assertEquals(
        "NoSuchBucket: The specified bucket does not exist",
        api.error("s3api", "PutObject", "{\"Bucket\": \"nope\", \"Key\": \"k\", \"Body\": \"x\"}"));
    // DeleteObject of a missing key succeeds (S3 answers 204).
    api.ok("s3api", "DeleteObject", "{\"Bucket\": \"lab\", \"Key\": \"nope\"}");
  }

  @Test
  void headObjectOnAMissingBucketIsABare404() {
    assertEquals(
        "404: Not Found",
        api.error("s3api", "HeadObject", "{\"Bucket\": \"nope\", \"Key\": \"k\"}"));
  }

  @Test
  void copyKeepsBodyAndContentType() {
    api.ok(
        "s3api",
        "PutObject",
        "{\"Bucket\": \"lab\", \"Key\": \"a.html\", \"Body\": \"<p/>\", \"ContentType\":"
            + " \"text/html\"}");
    var out =
        api.ok(
            "s3api",
            "CopyObject",
            "{\"Bucket\": \"lab\", \"Key\": \"b.html\", \"CopySource\": \"lab/a.html\"}");
    assertEquals("AES256", at(out, "ServerSideEncryption"));
    var get = api.ok("s3api", "GetObject", "{\"Bucket\": \"lab\", \"Key\": \"b.html\"}");
    assertEquals("<p/>", at(get, "Body"));
    assertEquals("text/html", at(get, "ContentType"));
    assertEquals(
        "NoSuchKey: The specified key does not exist.",
        api.error(
            "s3api",
            "CopyObject",
            "{\"Bucket\": \"lab\", \"Key\": \"c\", \"CopySource\": \"/lab/nope\"}"));
  }
}
