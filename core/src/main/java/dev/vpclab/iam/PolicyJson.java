package dev.vpclab.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reading the JSON of an access policy (IAM, bucket or endpoint policy): strictly, keeping the key
 * order of the text, and with the grammar's "one value or a list of values" elements.
 */
public final class PolicyJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The policy language versions; a document without Version is read as 2008-10-17. */
  private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");

  private PolicyJson() {}

  /** Whether the document's Version, if it has one, is a version of the policy language. */
  public static boolean hasKnownVersion(JsonNode document) {
    JsonNode version = document.get("Version");
    return version == null || VERSIONS.contains(version.asText());
  }

  /** The document, or empty if the text is not one JSON value. */
  public static Optional<JsonNode> parse(String text) {
    try {
      return Optional.ofNullable(JSON.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** The statements: {@code Statement} may be one object or a list of them. */
  public static List<JsonNode> statements(JsonNode document) {
    JsonNode statement = document.get("Statement");
    var out = new ArrayList<JsonNode>();
    if (statement != null && statement.isArray()) {
      statement.forEach(out::add);
    } else if (statement != null) {
      out.add(statement);
    }
    return out;
  }

  /**
   * A string-or-list element, such as {@code Action} or its negation {@code NotAction}, as its
   * strings; empty when the statement has neither.
   */
  public static List<String> strings(JsonNode statement, String name, String negated) {
    JsonNode node = statement.has(name) ? statement.get(name) : statement.get(negated);
    var out = new ArrayList<String>();
    if (node != null && node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (node != null) {
      out.add(node.asText());
    }
    return out;
  }
}
