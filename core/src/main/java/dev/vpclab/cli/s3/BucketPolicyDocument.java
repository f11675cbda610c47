package dev.vpclab.cli.s3;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.cli.api.ServiceFault;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks S3 makes on a bucket policy, answered with {@code MalformedPolicy}. Seen in real S3
 * output (public transcripts and issues): {@code Policies must be valid JSON and the first byte
 * must be '{'}, {@code Missing required field Principal}, {@code Policy has invalid resource},
 * {@code Policy has invalid action}, {@code Action does not apply to any resource(s) in statement}.
 * The others are the wording of versitygw, an S3 implementation written against real S3 responses,
 * and are not confirmed.
 */
final class BucketPolicyDocument {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");

  private BucketPolicyDocument() {}

  /** Checks a policy for {@code bucket} and returns it unchanged. */
  static String require(String text, String bucket) {
    if (text.isEmpty() || text.charAt(0) != '{') {
      throw malformed("Policies must be valid JSON and the first byte must be '{'");
    }
    JsonNode document;
    try {
      document = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw malformed("This policy contains invalid Json");
    }
    JsonNode version = document.get("Version");
    if (version != null && !VERSIONS.contains(version.asText())) {
      throw malformed("The policy must contain a valid version string");
    }
    JsonNode statement = document.get("Statement");
    if (statement == null) {
      throw malformed("Missing required field Statement");
    }
    List<JsonNode> statements = new ArrayList<>();
    if (statement.isArray()) {
      statement.forEach(statements::add);
    } else {
      statements.add(statement);
    }
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
    List<String> actions = values(statement, "Action", "NotAction");
    List<String> resources = values(statement, "Resource", "NotResource");
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

  private static List<String> values(JsonNode statement, String name, String negated) {
    JsonNode node = statement.has(name) ? statement.get(name) : statement.get(negated);
    var out = new ArrayList<String>();
    if (node != null && node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (node != null) {
      out.add(node.asText());
    }
    return out;
  }

  private static ServiceFault malformed(String message) {
    return new ServiceFault("MalformedPolicy", message);
  }
}
