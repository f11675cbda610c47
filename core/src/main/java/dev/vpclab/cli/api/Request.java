package dev.vpclab.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.spec.OperationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One API request as a service receives it: the operation, its parameters keyed by model member
 * names (already validated against the input shape), the region it was sent to and who signed it.
 */
public record Request(OperationSpec operation, ObjectNode params, String region, Principal caller) {

  public Optional<String> string(String member) {
    JsonNode node = params.get(member);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }

  /** A parameter the operation cannot do without; AWS answers {@code MissingParameter}. */
  public String required(String member) {
    return string(member)
        .orElseThrow(
            () ->
                new ServiceFault(
                    "MissingParameter",
                    "The request must contain the parameter " + lowerFirst(member)));
  }

  public Optional<Boolean> bool(String member) {
    JsonNode node = params.get(member);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asBoolean());
  }

  public Optional<Integer> integer(String member) {
    JsonNode node = params.get(member);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asInt());
  }

  public List<String> strings(String member) {
    var out = new ArrayList<String>();
    params.path(member).forEach(n -> out.add(n.asText()));
    return out;
  }

  public List<JsonNode> list(String member) {
    var out = new ArrayList<JsonNode>();
    params.path(member).forEach(out::add);
    return out;
  }

  public JsonNode node(String member) {
    return params.path(member);
  }

  public boolean has(String member) {
    return params.hasNonNull(member);
  }

  /** A fresh JSON object for building a response. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** EC2's wire names start in lower case: {@code VpcId} is {@code vpcId} in its messages. */
  public static String lowerFirst(String member) {
    return Character.toLowerCase(member.charAt(0)) + member.substring(1);
  }
}
