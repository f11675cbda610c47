package dev.vpclab.cli.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.cli.api.ServiceFault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks IAM makes on a policy document before it stores one, with IAM's own {@code
 * MalformedPolicyDocument} messages. A trust policy (who may assume a role) and an identity policy
 * (what a role may do) differ in which elements they must and must not have.
 *
 * <p>Messages seen in real CLI output (public transcripts and issues): {@code This policy contains
 * invalid Json} (CreateRole), {@code Syntax errors in policy.} (PutUserPolicy, CreatePolicy),
 * {@code Has prohibited field Resource}, {@code Policy statement must contain resources.}, {@code
 * Policy statement must contain actions.}, {@code Policy document should not specify a principal.},
 * {@code AssumeRolepolicy contained an invalid principal: "STAR":"*".}. Not confirmed on real AWS
 * for IAM, taken from emulators: {@code Missing required field Principal} (the S3 wording) and the
 * ARN-format and vendor-prefix messages.
 */
final class PolicyDocuments {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");

  private PolicyDocuments() {}

  /** What a policy is for: trust policies name principals, identity policies name resources. */
  enum Kind {
    TRUST("This policy contains invalid Json"),
    IDENTITY("Syntax errors in policy.");

    private final String unparsable;

    Kind(String unparsable) {
      this.unparsable = unparsable;
    }
  }

  /** Checks a document and returns it unchanged: IAM keeps what the caller sent. */
  static String require(String text, Kind kind) {
    JsonNode document = parse(text).orElseThrow(() -> malformed(kind.unparsable));
    if (!document.isObject()) {
      throw malformed(kind.unparsable);
    }
    JsonNode version = document.get("Version");
    if (version != null && !VERSIONS.contains(version.asText())) {
      throw malformed("Syntax errors in policy.");
    }
    for (JsonNode statement : statements(document)) {
      checkStatement(statement, kind);
    }
    return text;
  }

  /**
   * A stored document as the CLI prints it: botocore URL-decodes IAM's policy documents and parses
   * them, keeping the key order of the text (handlers.json_decode_policies).
   */
  static JsonNode render(String text) {
    return parse(text).orElseThrow(() -> new IllegalStateException("stored an invalid policy"));
  }

  private static Optional<JsonNode> parse(String text) {
    try {
      return Optional.ofNullable(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static List<JsonNode> statements(JsonNode document) {
    JsonNode statement = document.get("Statement");
    var out = new ArrayList<JsonNode>();
    if (statement != null && statement.isArray()) {
      statement.forEach(out::add);
    } else if (statement != null && statement.isObject()) {
      out.add(statement);
    }
    if (out.isEmpty()) {
      throw malformed("Syntax errors in policy.");
    }
    return out;
  }

  private static void checkStatement(JsonNode statement, Kind kind) {
    if (!statement.isObject()) {
      throw malformed("Syntax errors in policy.");
    }
    String effect = statement.path("Effect").asText("");
    if (!effect.equals("Allow") && !effect.equals("Deny")) {
      throw malformed("Syntax errors in policy.");
    }
    JsonNode actions =
        statement.has("Action") ? statement.get("Action") : statement.get("NotAction");
    if (values(actions).isEmpty()) {
      throw malformed("Policy statement must contain actions.");
    }
    for (String action : values(actions)) {
      if (!action.equals("*") && !action.matches("[A-Za-z0-9-]+:.+")) {
        throw malformed(
            "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.");
      }
    }
    if (kind == Kind.TRUST) {
      checkTrustStatement(statement);
    } else {
      checkIdentityStatement(statement);
    }
  }

  private static void checkTrustStatement(JsonNode statement) {
    if (statement.has("Resource") || statement.has("NotResource")) {
      throw malformed(
          "Has prohibited field " + (statement.has("Resource") ? "Resource" : "NotResource"));
    }
    JsonNode principal =
        statement.has("Principal") ? statement.get("Principal") : statement.get("NotPrincipal");
    if (principal == null) {
      throw malformed("Missing required field Principal");
    }
    if (principal.isTextual() && principal.asText().equals("*")) {
      throw malformed("AssumeRolepolicy contained an invalid principal: \"STAR\":\"*\".");
    }
  }

  private static void checkIdentityStatement(JsonNode statement) {
    if (statement.has("Principal") || statement.has("NotPrincipal")) {
      throw malformed("Policy document should not specify a principal.");
    }
    JsonNode resources =
        statement.has("Resource") ? statement.get("Resource") : statement.get("NotResource");
    if (values(resources).isEmpty()) {
      throw malformed("Policy statement must contain resources.");
    }
    for (String resource : values(resources)) {
      if (!resource.equals("*") && !resource.startsWith("arn:")) {
        throw malformed("Resource " + resource + " must be in ARN format or \"*\".");
      }
    }
  }

  /** A string-or-list element as its strings. */
  private static List<String> values(JsonNode node) {
    var out = new ArrayList<String>();
    if (node == null) {
      return out;
    }
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      out.add(node.asText());
    }
    return out;
  }

  private static ServiceFault malformed(String message) {
    return new ServiceFault("MalformedPolicyDocument", message);
  }
}
