package dev.vpclab.assist;

import dev.vpclab.model.Resource;
import dev.vpclab.model.Tag;
import dev.vpclab.model.World;
import dev.vpclab.model.catalog.Image;
import dev.vpclab.model.catalog.PrefixList;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.model.iam.ManagedPolicy;
import dev.vpclab.model.iam.Role;
import dev.vpclab.model.s3.Bucket;
import dev.vpclab.session.ResourceRows;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A short description of something that exists, by its ID or name: its type, Name tag, region and
 * the detail {@code /resources} shows (CIDR, state, VPC…), then its other tags.
 */
final class ResourceDescription {
  private ResourceDescription() {}

  static Optional<Inspection> of(Snapshot snapshot, String word) {
    if (word.isEmpty()) {
      return Optional.empty();
    }
    World world = snapshot.world();
    Optional<Resource> resource =
        snapshot
            .index()
            .find(word)
            .or(() -> world.find(Role.class, Role.keyOf(word)).map(Resource.class::cast))
            .or(
                () ->
                    world
                        .find(InstanceProfile.class, InstanceProfile.keyOf(word))
                        .map(Resource.class::cast))
            .or(() -> world.find(ManagedPolicy.class, word).map(Resource.class::cast))
            .or(() -> world.find(Bucket.class, word).map(Resource.class::cast));
    if (resource.isPresent()) {
      return ResourceRows.describe(world, resource.get())
          .map(row -> describe(world, resource.get(), row));
    }
    return ResourceValues.image(word)
        .map(ResourceDescription::image)
        .or(() -> Regions.catalog().prefixList(word).map(ResourceDescription::prefixList));
  }

  private static Inspection describe(World world, Resource resource, ResourceRows.Row row) {
    String title =
        row.type() + " " + row.id() + (row.name().isEmpty() ? "" : " (" + row.name() + ")");
    var body = new StringBuilder(row.details());
    body.append(row.region().equals("global") ? "\nglobal" : "\nin " + row.region());
    String tags =
        world.tags(resource.key()).list().stream()
            .filter(t -> !t.key().equals("Name"))
            .map(ResourceDescription::tag)
            .collect(Collectors.joining(", "));
    if (!tags.isEmpty()) {
      body.append("\ntags: ").append(tags);
    }
    return new Inspection(title, body.toString());
  }

  private static String tag(Tag tag) {
    return tag.key() + "=" + tag.value();
  }

  private static Inspection image(Image image) {
    return new Inspection(
        "image " + image.id() + " (" + image.name() + ")",
        image.description() + "\n" + image.architecture() + ", in " + image.region());
  }

  private static Inspection prefixList(PrefixList list) {
    return new Inspection(
        "prefix list " + list.id() + " (" + list.name() + ")",
        list.cidrs().size() + " CIDR blocks of " + list.service() + ", in " + list.region());
  }
}
