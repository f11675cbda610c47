package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tag;
import dev.vpclab.model.Tags;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;

/** Small pieces of EC2 response JSON shared by every resource view. */
public final class Ec2Json {
  private Ec2Json() {}

  /** Adds {@code "Tags": [...]} when the resource has tags; EC2 omits the key otherwise. */
  public static ObjectNode withTags(ObjectNode json, View view, String resourceId) {
    Tags tags = view.tags(resourceId);
    if (!tags.isEmpty()) {
      json.set("Tags", tags(tags));
    }
    return json;
  }

  public static ArrayNode tags(Tags tags) {
    ArrayNode out = Request.array();
    for (Tag tag : tags.list()) {
      out.add(Request.object().put("Key", tag.key()).put("Value", tag.value()));
    }
    return out;
  }

  /** {@code {"State": "associated"}}-style nested state objects. */
  public static ObjectNode state(String state) {
    return Request.object().put("State", state);
  }

  /** {@code "Tags": [...]} even when empty, as route tables and network ACLs always show it. */
  public static ObjectNode withTagList(ObjectNode json, View view, String resourceId) {
    json.set("Tags", tags(view.tags(resourceId)));
    return json;
  }

  /**
   * The {@code ClientToken} a create call echoes: the caller's, or the UUID the real CLI would have
   * generated for an idempotency token (here derived from a counter, so reproducible).
   */
  public static String clientToken(Request request, Tx tx) {
    return request.string("ClientToken").orElseGet(() -> Ids.uuid4(tx, "client-token"));
  }

  public static ArrayNode strings(Iterable<String> values) {
    ArrayNode out = Request.array();
    values.forEach(out::add);
    return out;
  }
}
