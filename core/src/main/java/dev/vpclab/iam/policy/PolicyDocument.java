package dev.vpclab.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.iam.PolicyJson;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy document read for evaluation: its language version and statements. Reading is lenient,
 * because the services already refused what they refuse when the policy was stored; a statement
 * that still makes no sense simply never applies.
 */
public record PolicyDocument(String version, List<Statement> statements) {

  /** The version that introduced policy variables; documents without Version are 2008-10-17. */
  public static final String CURRENT_VERSION = "2012-10-17";

  private static final String DEFAULT_VERSION = "2008-10-17";

  public PolicyDocument {
    statements = List.copyOf(statements);
  }

  /** The document in {@code text}; text that is not a JSON object yields no statements. */
  public static PolicyDocument read(String text) {
    JsonNode document = PolicyJson.parse(text).filter(JsonNode::isObject).orElse(null);
    if (document == null) {
      return new PolicyDocument(DEFAULT_VERSION, List.of());
    }
    var statements = new ArrayList<Statement>();
    List<JsonNode> nodes = PolicyJson.statements(document);
    for (int i = 0; i < nodes.size(); i++) {
      statements.add(Statement.read(i, nodes.get(i)));
    }
    return new PolicyDocument(document.path("Version").asText(DEFAULT_VERSION), statements);
  }

  /** Policy variables are replaced only in documents of the current version. */
  public boolean takesVariables() {
    return version.equals(CURRENT_VERSION);
  }

  /** Every statement checked against the request, in document order. */
  public List<StatementResult> check(AccessRequest request, PolicyType type) {
    var out = new ArrayList<StatementResult>();
    statements.forEach(s -> out.add(s.check(request, type, takesVariables())));
    return out;
  }
}
