package dev.vpclab.assist;

import dev.vpclab.model.Resource;
import dev.vpclab.model.World;
import dev.vpclab.model.catalog.Images;
import dev.vpclab.model.catalog.PrefixList;
import dev.vpclab.model.catalog.Region;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.KeyPair;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.ProfileAssociation;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.ec2.VpcEndpoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every ID that exists in one {@link World}, for highlighting as the learner types: built once per
 * World (it is immutable) beside it, never inside it.
 */
final class ResourceIndex {
  /** What an EC2 ID looks like: a prefix, a dash, 8 or 17 hex digits. */
  static final Pattern EC2_ID = Pattern.compile("[a-z]+(?:-[a-z]+)*-[0-9a-f]{8}(?:[0-9a-f]{9})?");

  /** The EC2 resource types whose key is their ID. */
  static final List<Class<? extends Resource>> EC2_TYPES =
      List.of(
          Vpc.class,
          Subnet.class,
          InternetGateway.class,
          RouteTable.class,
          NetworkAcl.class,
          SecurityGroup.class,
          ElasticIp.class,
          NatGateway.class,
          Instance.class,
          KeyPair.class,
          VpcEndpoint.class,
          ProfileAssociation.class);

  private final World world;
  private final Map<String, Resource> byId = new HashMap<>();
  private final Set<String> catalogue = new HashSet<>();

  private ResourceIndex(World world) {
    this.world = world;
    for (Class<? extends Resource> type : EC2_TYPES) {
      world.all(type).forEach(r -> byId.put(r.key(), r));
    }
    for (Region region : Regions.catalog().all()) {
      Images.catalog().inRegion(region.name()).forEach(i -> catalogue.add(i.id()));
      region.prefixLists().values().stream().map(PrefixList::id).forEach(catalogue::add);
    }
  }

  static ResourceIndex of(World world) {
    return new ResourceIndex(world);
  }

  World world() {
    return world;
  }

  /** The account's resource with this EC2 ID, in any region. */
  Optional<Resource> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether the ID names something that exists: a resource, a catalogue AMI or prefix list. */
  boolean exists(String id) {
    return byId.containsKey(id) || catalogue.contains(id);
  }
}
