package dev.vpclab.model;

/**
 * The tags of one EC2 resource, stored beside it under the same ID. Keeping tags apart lets
 * create-tags, delete-tags and {@code tag:} filters work on every resource type alike.
 */
public record TagSet(String resourceId, Tags tags) implements Resource {
  @Override
  public String key() {
    return resourceId;
  }

  @Override
  public String kind() {
    return "tags";
  }
}
