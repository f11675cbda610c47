package dev.vpclab.cli.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.iam.PolicyJson;
import java.util.List;

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
    JsonNode document =
        PolicyJson.parse(text)
            .filter(JsonNode::isObject)
            .orElseThrow(() -> malformed(kind.unparsable));
    if (!PolicyJson.hasKnownVersion(document)) {
      throw malformed("Syntax errors in policy.");
    }
    List<JsonNode> statements = PolicyJson.statements(document);
    if (statements.isEmpty()) {
      throw malformed("Syntax errors in policy.");
    }
    for (JsonNode statement : statements) {
      checkStatement(statement, kind);
    }
    return text;
  }

  /**
   * A stored document as the CLI prints it: botocore URL-decodes IAM's policy documents and parses
   * them, keeping the key order of the text (handlers.json_decode_policies).
   */
  static JsonNode render(String text) {
    return PolicyJson.parse(text)
        .orElseThrow(() -> new IllegalStateException("stored an invalid policy"));
  }

  private static void checkStatement(JsonNode statement, Kind kind) {
    if (!statement.isObject()) {
      throw malformed("Syntax errors in policy.");
    }
    String effect = statement.path("Effect").asText("");
    if (!effect.equals("Allow") && !effect.equals("Deny")) {
      throw malformed("Syntax errors in policy.");
    }
    List<String> actions = PolicyJson.strings(statement, "Action", "NotAction");
    if (actions.isEmpty()) {
      throw malformed("Policy statement must contain actions.");
    }
    for (String action : actions) {
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
    List<String> resources = PolicyJson.strings(statement, "Resource", "NotResource");
    if (resources.isEmpty()) {
      throw malformed("Policy statement must contain resources.");
    }
    for (String resource : resources) {
      if (!resource.equals("*") && !resource.startsWith("arn:")) {
        throw malformed("Resource " + resource + " must be in ARN format or \"*\".");
      }
    }
  }

  private static ServiceFault malformed(String message) {
    return new ServiceFault("MalformedPolicyDocument", message);
  }
}
