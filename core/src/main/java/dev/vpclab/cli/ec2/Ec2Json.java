package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Tag;
import dev.vpclab.model.Tags;
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

  public static ArrayNode strings(Iterable<String> values) {
    ArrayNode out = Request.array();
    values.forEach(out::add);
    return out;
  }
}
