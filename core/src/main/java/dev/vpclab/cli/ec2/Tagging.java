package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tag;
import dev.vpclab.model.TagSet;
import dev.vpclab.model.Tags;
import dev.vpclab.model.Tx;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * CreateTags, DeleteTags and DescribeTags for every EC2 resource type, found by the prefix of its
 * ID ({@link Ec2Resources}). Every resource is checked before any is tagged, so one bad ID changes
 * nothing.
 */
public final class Tagging implements Handlers.Group {

  /** One row of DescribeTags. */
  record Row(String resourceId, String resourceType, String key, String value) {}

  static final Filters<Row> FILTERS =
      Filters.<Row>of(Row::resourceId)
          .one("resource-id", Row::resourceId)
          .one("resource-type", Row::resourceType)
          .one("key", Row::key)
          .one("value", Row::value)
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateTags", this::create)
        .on("ec2", "DeleteTags", this::delete)
        .on("ec2", "DescribeTags", this::describe);
  }

  /** Adds or overwrites; a tag given without a value gets the empty value, as EC2 stores it. */
  private ObjectNode create(Request request, Tx tx) {
    List<String> ids = requireAll(request, tx);
    List<Tag> tags = TagSpecifications.parse(request.node("Tags"));
    tags.forEach(t -> checkKey(t.key()));
    ids.forEach(id -> tx.setTags(id, tx.tags(id).with(tags)));
    return Request.object();
  }

  /**
   * Without {@code Tags} every tag goes; a tag given with a value (even an empty one) goes only if
   * its value matches (API reference, DeleteTags).
   */
  private ObjectNode delete(Request request, Tx tx) {
    List<String> ids = requireAll(request, tx);
    boolean all = !request.has("Tags");
    var removed = new ArrayList<Tag>();
    for (JsonNode tag : request.list("Tags")) {
      checkKey(tag.path("Key").asText());
      removed.add(
          new Tag(tag.path("Key").asText(), tag.has("Value") ? tag.path("Value").asText() : null));
    }
    ids.forEach(id -> tx.setTags(id, all ? Tags.NONE : tx.tags(id).without(removed)));
    return Request.object();
  }

  /**
   * Every tag of every resource of the region, sorted by resource ID (moto's order; the real order
   * was not confirmed), each resource's tags in the order they were added.
   */
  private ObjectNode describe(Request request, Tx tx) {
    String region = request.region();
    var matches = FILTERS.from(request, tx);
    ArrayNode out = Request.array();
    tx.all(TagSet.class)
        .sorted(Comparator.comparing(TagSet::resourceId))
        .forEach(
            set ->
                Ec2Resources.typeOf(set.resourceId())
                    .filter(t -> t.find(tx, set.resourceId(), region).isPresent())
                    .ifPresent(
                        type ->
                            set.tags().list().stream()
                                .map(
                                    t ->
                                        new Row(
                                            set.resourceId(),
                                            type.resourceType(),
                                            t.key(),
                                            t.value()))
                                .filter(matches)
                                .forEach(row -> out.add(view(row)))));
    return Request.object().set("Tags", out);
  }

  /**
   * A key must be given and may not be one of AWS's own (real create-tags errors: aws/aws-cli
   * #3283; AndrewFarley/AWS-Automated-Daily-Instance-AMI-Snapshots #7, cluster-api-provider-aws
   * #5120 for delete-tags too).
   */
  private static void checkKey(String key) {
    if (key.isEmpty()) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Value ( '' ) for parameter Tag key is invalid. Tag key cannot be null or empty.");
    }
    if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Value ( "
              + key
              + " ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for"
              + " internal use");
    }
  }

  private static List<String> requireAll(Request request, Tx tx) {
    List<String> ids = request.strings("Resources");
    ids.forEach(id -> Ec2Resources.require(tx, id, request.region()));
    return ids;
  }

  private static ObjectNode view(Row row) {
    return Request.object()
        .put("Key", row.key())
        .put("ResourceId", row.resourceId())
        .put("ResourceType", row.resourceType())
        .put("Value", row.value());
  }
}
