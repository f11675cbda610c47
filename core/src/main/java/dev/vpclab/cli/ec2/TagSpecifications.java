package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tag;
import dev.vpclab.model.Tags;
import dev.vpclab.model.Tx;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --tag-specifications ResourceType=vpc,Tags=[{Key=Name,Value=MyVPC}]}: tags applied while
 * creating, only to the resource types the operation creates.
 */
public final class TagSpecifications {
  private TagSpecifications() {}

  /** The tags the request asks for on resources of {@code resourceType}; checks every entry. */
  public static Tags forType(Request request, String... allowedTypes) {
    var tags = new ArrayList<Tag>();
    List<String> allowed = List.of(allowedTypes);
    for (JsonNode spec : request.list("TagSpecifications")) {
      String type = spec.path("ResourceType").asText("");
      if (!allowed.contains(type)) {
        throw new ServiceFault(
            "InvalidParameterValue",
            "'" + type + "' is not a valid taggable resource type for this operation.");
      }
      if (type.equals(allowedTypes[0])) {
        tags.addAll(parse(spec.path("Tags")));
      }
    }
    return Tags.NONE.with(tags);
  }

  /** Applies the request's tags for {@code resourceType} to a new resource. */
  public static Tags apply(Request request, Tx tx, String resourceId, String resourceType) {
    Tags tags = forType(request, resourceType);
    if (!tags.isEmpty()) {
      tx.setTags(resourceId, tags);
    }
    return tags;
  }

  public static List<Tag> parse(JsonNode tags) {
    var out = new ArrayList<Tag>();
    for (JsonNode tag : tags) {
      out.add(new Tag(tag.path("Key").asText(), tag.path("Value").asText("")));
    }
    return out;
  }
}
