package dev.vpclab.iam.action;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A simulated API call as authorization sees it: the service (its CLI name such as {@code s3api},
 * or its IAM prefix such as {@code s3}), the operation as the model names it ({@code ListBuckets}),
 * the request parameters keyed by model member names, and the region the call was sent to.
 */
public record ApiCall(String service, String operation, JsonNode params, String region) {

  public ApiCall {
    params = params == null ? JsonNodeFactory.instance.objectNode() : params;
  }

  /** A call without parameters. */
  public static ApiCall of(String service, String operation, String region) {
    return new ApiCall(service, operation, null, region);
  }

  /** The prefix of the service's IAM actions: the CLI's {@code s3api} is {@code s3}. */
  public String actionPrefix() {
    return service.equals("s3api") ? "s3" : service;
  }

  public Optional<String> param(String member) {
    JsonNode node = params.get(member);
    return node == null || node.isNull() || node.isContainerNode()
        ? Optional.empty()
        : Optional.of(node.asText());
  }

  /** A list parameter such as {@code Names}; a single value counts as a list of one. */
  public List<String> params(String member) {
    var out = new ArrayList<String>();
    JsonNode node = params.path(member);
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else {
      param(member).ifPresent(out::add);
    }
    return out;
  }
}
