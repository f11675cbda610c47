package dev.vpclab.cli.s3;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.iam.PolicyJson;
import java.util.List;

/**
 * The checks S3 makes on a bucket policy, answered with {@code MalformedPolicy}. Seen in real S3
 * output (public transcripts and issues): {@code Policies must be valid JSON and the first byte
 * must be '{'}, {@code Missing required field Principal}, {@code Policy has invalid resource},
 * {@code Policy has invalid action}, {@code Action does not apply to any resource(s) in statement}.
 * The others are the wording of versitygw, an S3 implementation written against real S3 responses,
 * and are not confirmed.
 */
final class BucketPolicyDocument {
  private BucketPolicyDocument() {}

  /** Checks a policy for {@code bucket} and returns it unchanged. */
  static String require(String text, String bucket) {
    if (text.isEmpty() || text.charAt(0) != '{') {
      throw malformed("Policies must be valid JSON and the first byte must be '{'");
    }
    JsonNode document =
        PolicyJson.parse(text).orElseThrow(() -> malformed("This policy contains invalid Json"));
    if (!PolicyJson.hasKnownVersion(document)) {
      throw malformed("The policy must contain a valid version string");
    }
    if (!document.has("Statement")) {
      throw malformed("Missing required field Statement");
    }
    List<JsonNode> statements = PolicyJson.statements(document);
    if (statements.isEmpty()) {
      throw malformed("Could not parse the policy: Statement is empty!");
    }
    statements.forEach(s -> checkStatement(s, bucket));
    return text;
  }

  private static void checkStatement(JsonNode statement, String bucket) {
    String effect = statement.path("Effect").asText("");
    if (!effect.equals("Allow") && !effect.equals("Deny")) {
      throw malformed("Invalid policy syntax.");
    }
    if (!statement.has("Principal") && !statement.has("NotPrincipal")) {
      throw malformed("Missing required field Principal");
    }
    List<String> actions = PolicyJson.strings(statement, "Action", "NotAction");
    List<String> resources = PolicyJson.strings(statement, "Resource", "NotResource");
    if (actions.isEmpty()) {
      throw malformed("Missing required field Action");
    }
    if (resources.isEmpty()) {
      throw malformed("Missing required field Resource");
    }
    for (String resource : resources) {
      if (!resource.equals("arn:aws:s3:::" + bucket)
          && !resource.startsWith("arn:aws:s3:::" + bucket + "/")) {
        throw malformed("Policy has invalid resource");
      }
    }
    boolean objects = resources.stream().anyMatch(r -> r.contains("/"));
    boolean buckets = resources.stream().anyMatch(r -> !r.contains("/"));
    for (String action : actions) {
      if (!action.equals("*") && !action.startsWith("s3:")) {
        throw malformed("Policy has invalid action");
      }
      if (action.contains("*")) {
        continue;
      }
      boolean objectAction = action.contains("Object") || action.contains("MultipartUpload");
      if (objectAction ? !objects : !buckets) {
        throw malformed("Action does not apply to any resource(s) in statement");
      }
    }
  }

  private static ServiceFault malformed(String message) {
    return new ServiceFault("MalformedPolicy", message);
  }
}
