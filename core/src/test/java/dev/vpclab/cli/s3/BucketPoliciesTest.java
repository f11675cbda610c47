package dev.vpclab.cli.s3;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BucketPoliciesTest {
  /** The "only through my endpoint" policy of the VPC user guide (aws-facts.md section 4). */
  private static final String ENDPOINT_ONLY =
      "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Principal\": \"*\","
          + " \"Action\": \"s3:*\", \"Resource\": [\"arn:aws:s3:::lab\", \"arn:aws:s3:::lab/*\"],"
          + " \"Condition\": {\"StringNotEquals\": {\"aws:SourceVpce\": \"vpce-1a2b3c4d\"}}}]}";

  private final ApiTester api = new ApiTester();

  @BeforeEach
  void bucket() {
    api.ok(
        "s3api",
        "CreateBucket",
        "{\"Bucket\": \"lab\", \"CreateBucketConfiguration\": {\"LocationConstraint\":"
            + " \"us-east-2\"}}");
  }

  private static String put(String policy) {
    return "{\"Bucket\": \"lab\", \"Policy\": \""
        + policy.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"}";
  }

  private static String statement(String body) {
    return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", " + body + "}]}";
  }

  @Test
  void aPolicyComesBackAsTheTextThatWasPut() {
    // Real S3 wording (public transcripts): a bucket without a policy.
    assertEquals(
        "NoSuchBucketPolicy: The bucket policy does not exist",
        api.error("s3api", "GetBucketPolicy", "{\"Bucket\": \"lab\"}"));
    api.ok("s3api", "PutBucketPolicy", put(ENDPOINT_ONLY));
    assertEquals(
        ENDPOINT_ONLY, at(api.ok("s3api", "GetBucketPolicy", "{\"Bucket\": \"lab\"}"), "Policy"));
    api.ok("s3api", "DeleteBucketPolicy", "{\"Bucket\": \"lab\"}");
    api.ok("s3api", "DeleteBucketPolicy", "{\"Bucket\": \"lab\"}");
    assertEquals(
        "NoSuchBucketPolicy: The bucket policy does not exist",
        api.error("s3api", "GetBucketPolicy", "{\"Bucket\": \"lab\"}"));
  }

  @Test
  void malformedPolicies() {
    // Real S3 output (public transcripts): a file name given without file://.
    assertEquals(
        "MalformedPolicy: Policies must be valid JSON and the first byte must be '{'",
        api.error("s3api", "PutBucketPolicy", put("policy.json")));
    // Real S3 messages (Security Specialty question, S3 troubleshooting pages).
    assertEquals(
        "MalformedPolicy: Missing required field Principal",
        api.error(
            "s3api",
            "PutBucketPolicy",
            put(statement("\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::lab/*\""))));
    assertEquals(
        "MalformedPolicy: Policy has invalid resource",
        api.error(
            "s3api",
            "PutBucketPolicy",
            put(
                statement(
                    "\"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\":"
                        + " \"arn:aws:s3:::other/*\""))));
    assertEquals(
        "MalformedPolicy: Action does not apply to any resource(s) in statement",
        api.error(
            "s3api",
            "PutBucketPolicy",
            put(
                statement(
                    "\"Principal\": \"*\", \"Action\": \"s3:GetObject\", \"Resource\":"
                        + " \"arn:aws:s3:::lab\""))));
    assertEquals(
        "MalformedPolicy: Policy has invalid action",
        api.error(
            "s3api",
            "PutBucketPolicy",
            put(
                statement(
                    "\"Principal\": \"*\", \"Action\": \"ec2:RunInstances\", \"Resource\":"
                        + " \"arn:aws:s3:::lab\""))));
    // versitygw's wording (written against real S3), not confirmed.
    assertEquals(
        "MalformedPolicy: Missing required field Statement",
        api.error("s3api", "PutBucketPolicy", put("{\"Version\": \"2012-10-17\"}")));
    assertEquals(
        "NoSuchBucket: The specified bucket does not exist",
        api.error("s3api", "GetBucketPolicy", "{\"Bucket\": \"nope\"}"));
  }
}
