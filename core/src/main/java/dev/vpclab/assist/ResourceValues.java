package dev.vpclab.assist;

import dev.vpclab.cli.ec2.Enis;
import dev.vpclab.model.Regional;
import dev.vpclab.model.Resource;
import dev.vpclab.model.View;
import dev.vpclab.model.catalog.Image;
import dev.vpclab.model.catalog.Images;
import dev.vpclab.model.catalog.PrefixList;
import dev.vpclab.model.catalog.Region;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.catalog.Zone;
import dev.vpclab.model.dynamodb.Table;
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
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.model.iam.ManagedPolicy;
import dev.vpclab.model.iam.Role;
import dev.vpclab.model.s3.Bucket;
import dev.vpclab.session.ResourceRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The values an ID- or name-taking option accepts, from the account (only the region the command
 * would call, for regional resources) or from a catalogue, each described by its Name tag or, when
 * it has none, by the detail {@code /resources} shows.
 */
enum ResourceValues {
  VPC((s, r) -> regional(s, r, Vpc.class, Vpc::id)),
  SUBNET((s, r) -> regional(s, r, Subnet.class, Subnet::id)),
  INTERNET_GATEWAY((s, r) -> regional(s, r, InternetGateway.class, InternetGateway::id)),
  ROUTE_TABLE((s, r) -> regional(s, r, RouteTable.class, RouteTable::id)),
  NETWORK_ACL((s, r) -> regional(s, r, NetworkAcl.class, NetworkAcl::id)),
  SECURITY_GROUP((s, r) -> regional(s, r, SecurityGroup.class, SecurityGroup::id)),
  ELASTIC_IP((s, r) -> regional(s, r, ElasticIp.class, ElasticIp::allocationId)),
  NAT_GATEWAY((s, r) -> regional(s, r, NatGateway.class, NatGateway::id)),
  INSTANCE((s, r) -> regional(s, r, Instance.class, Instance::id)),
  VPC_ENDPOINT((s, r) -> regional(s, r, VpcEndpoint.class, VpcEndpoint::id)),
  KEY_PAIR((s, r) -> regional(s, r, KeyPair.class, KeyPair::name)),
  PROFILE_ASSOCIATION(ResourceValues::profileAssociations),
  /** Anything EC2 can tag ({@code create-tags --resources}). */
  ANY_EC2(ResourceValues::anyEc2),
  NETWORK_INTERFACE(ResourceValues::networkInterfaces),
  ROUTE_TABLE_ASSOCIATION(ResourceValues::routeTableAssociations),
  NETWORK_ACL_ASSOCIATION(ResourceValues::networkAclAssociations),
  ADDRESS_ASSOCIATION(ResourceValues::addressAssociations),
  IMAGE(ResourceValues::images),
  REGION((s, r) -> catalogue(Regions.catalog().all(), Region::name, x -> "", "region")),
  ZONE((s, r) -> catalogue(zones(r), Zone::name, z -> z.zoneId(), "availability zone")),
  PREFIX_LIST((s, r) -> catalogue(prefixLists(r), PrefixList::id, PrefixList::name, "prefix list")),
  ENDPOINT_SERVICE(
      (s, r) -> catalogue(prefixLists(r), PrefixList::name, p -> "Gateway", "endpoint service")),
  ROLE((s, r) -> global(s, Role.class, Role::name)),
  INSTANCE_PROFILE((s, r) -> global(s, InstanceProfile.class, InstanceProfile::name)),
  POLICY(ResourceValues::policies),
  BUCKET((s, r) -> global(s, Bucket.class, Bucket::name)),
  TABLE((s, r) -> regional(s, r, Table.class, Table::name));

  /** Model member names (singular) to what they take, in every service. */
  private static final Map<String, ResourceValues> BY_MEMBER =
      Map.ofEntries(
          Map.entry("ec2.VpcId", VPC),
          Map.entry("ec2.SubnetId", SUBNET),
          Map.entry("ec2.InternetGatewayId", INTERNET_GATEWAY),
          Map.entry("ec2.GatewayId", INTERNET_GATEWAY),
          Map.entry("ec2.RouteTableId", ROUTE_TABLE),
          Map.entry("ec2.NetworkAclId", NETWORK_ACL),
          Map.entry("ec2.GroupId", SECURITY_GROUP),
          Map.entry("ec2.SecurityGroupId", SECURITY_GROUP),
          Map.entry("ec2.AllocationId", ELASTIC_IP),
          Map.entry("ec2.NatGatewayId", NAT_GATEWAY),
          Map.entry("ec2.InstanceId", INSTANCE),
          Map.entry("ec2.VpcEndpointId", VPC_ENDPOINT),
          Map.entry("ec2.KeyName", KEY_PAIR),
          Map.entry("ec2.Resource", ANY_EC2),
          Map.entry("ec2.NetworkInterfaceId", NETWORK_INTERFACE),
          Map.entry("ec2.ImageId", IMAGE),
          Map.entry("ec2.RegionName", REGION),
          Map.entry("ec2.ZoneName", ZONE),
          Map.entry("ec2.AvailabilityZone", ZONE),
          Map.entry("ec2.PrefixListId", PREFIX_LIST),
          Map.entry("ec2.DestinationPrefixListId", PREFIX_LIST),
          Map.entry("ec2.ServiceName", ENDPOINT_SERVICE),
          Map.entry("iam.RoleName", ROLE),
          Map.entry("iam.InstanceProfileName", INSTANCE_PROFILE),
          Map.entry("iam.PolicyArn", POLICY),
          Map.entry("s3api.Bucket", BUCKET),
          Map.entry("dynamodb.TableName", TABLE));

  /** EC2's association IDs: which kind an operation's {@code --association-id} takes. */
  private static final Map<String, ResourceValues> ASSOCIATIONS =
      Map.of(
          "disassociate-route-table", ROUTE_TABLE_ASSOCIATION,
          "replace-route-table-association", ROUTE_TABLE_ASSOCIATION,
          "replace-network-acl-association", NETWORK_ACL_ASSOCIATION,
          "disassociate-address", ADDRESS_ASSOCIATION,
          "disassociate-iam-instance-profile", PROFILE_ASSOCIATION,
          "replace-iam-instance-profile-association", PROFILE_ASSOCIATION,
          "describe-iam-instance-profile-associations", PROFILE_ASSOCIATION);

  /** The operations whose name option names a new resource, which no existing one completes. */
  private static final Set<String> CREATING =
      Set.of(
          "ec2.create-key-pair",
          "ec2.import-key-pair",
          "iam.create-role",
          "iam.create-instance-profile",
          "s3api.create-bucket",
          "dynamodb.create-table");

  /**
   * What an option fills, from the request member it fills ({@code VpcIds} as {@code VpcId}); empty
   * when it takes no resource, or names the one the operation creates.
   */
  static Optional<ResourceValues> forMember(String service, String operation, String member) {
    if (member.equals("AssociationId") || member.equals("AssociationIds")) {
      return Optional.ofNullable(ASSOCIATIONS.get(operation));
    }
    if (CREATING.contains(service + "." + operation)) {
      return Optional.empty();
    }
    String key = service + "." + member;
    ResourceValues values = BY_MEMBER.get(key);
    if (values == null && member.endsWith("s")) {
      values = BY_MEMBER.get(key.substring(0, key.length() - 1));
    }
    return Optional.ofNullable(values);
  }

  /** Lists the values, given the session and the region the command would call. */
  @FunctionalInterface
  interface Lister {
    List<Candidate> list(Snapshot snapshot, Optional<String> region);
  }

  private final Lister lister;

  ResourceValues(Lister lister) {
    this.lister = lister;
  }

  List<Candidate> values(Snapshot snapshot, Optional<String> region) {
    return lister.list(snapshot, region);
  }

  // ---------------------------------------------------------------- listers

  private static <T extends Regional> List<Candidate> regional(
      Snapshot s, Optional<String> region, Class<T> type, Function<T, String> value) {
    if (region.isEmpty()) {
      return List.of();
    }
    return s.world().all(type, region.get()).map(r -> described(s.world(), r, value)).toList();
  }

  private static <T extends Resource> List<Candidate> global(
      Snapshot s, Class<T> type, Function<T, String> value) {
    return s.world().all(type).map(r -> described(s.world(), r, value)).toList();
  }

  private static <T extends Resource> Candidate described(
      View view, T resource, Function<T, String> value) {
    String text = value.apply(resource);
    return ResourceRows.describe(view, resource)
        .map(row -> Candidate.described(text, row.type(), description(row, text)))
        .orElse(Candidate.of(text, resource.kind()));
  }

  /** The Name tag; without one, the first of the detail and the ID that says something new. */
  static String description(ResourceRows.Row row, String value) {
    if (!row.name().isEmpty()) {
      return row.name();
    }
    if (!row.details().equals(value)) {
      return row.details();
    }
    return row.id().equals(value) ? "" : row.id();
  }

  private static List<Candidate> anyEc2(Snapshot s, Optional<String> region) {
    var out = new ArrayList<Candidate>();
    for (ResourceValues kind :
        List.of(
            VPC,
            SUBNET,
            INTERNET_GATEWAY,
            ROUTE_TABLE,
            NETWORK_ACL,
            SECURITY_GROUP,
            ELASTIC_IP,
            NAT_GATEWAY,
            INSTANCE,
            VPC_ENDPOINT)) {
      out.addAll(kind.values(s, region));
    }
    return out;
  }

  private static List<Candidate> networkInterfaces(Snapshot s, Optional<String> region) {
    if (region.isEmpty()) {
      return List.of();
    }
    return Enis.all(s.world(), region.get())
        .map(eni -> Candidate.described(eni.id(), "network interface", "of " + eni.ownerId()))
        .toList();
  }

  private static List<Candidate> routeTableAssociations(Snapshot s, Optional<String> region) {
    if (region.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Candidate>();
    s.world()
        .all(RouteTable.class, region.get())
        .forEach(
            t ->
                t.associations()
                    .forEach(
                        a ->
                            out.add(
                                Candidate.described(
                                    a.id(),
                                    "route table association",
                                    (a.main() ? "main" : a.subnetId()) + " with " + t.id()))));
    return out;
  }

  private static List<Candidate> networkAclAssociations(Snapshot s, Optional<String> region) {
    if (region.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Candidate>();
    s.world()
        .all(NetworkAcl.class, region.get())
        .forEach(
            acl ->
                acl.associations()
                    .forEach(
                        a ->
                            out.add(
                                Candidate.described(
                                    a.id(),
                                    "network acl association",
                                    a.subnetId() + " with " + acl.id()))));
    return out;
  }

  private static List<Candidate> addressAssociations(Snapshot s, Optional<String> region) {
    if (region.isEmpty()) {
      return List.of();
    }
    return s.world()
        .all(ElasticIp.class, region.get())
        .flatMap(
            e ->
                e.current().stream()
                    .map(
                        a ->
                            Candidate.described(
                                a.associationId(),
                                "address association",
                                e.publicIp()
                                    + " -> "
                                    + (a.instanceId() != null
                                        ? a.instanceId()
                                        : a.networkInterfaceId()))))
        .toList();
  }

  private static List<Candidate> profileAssociations(Snapshot s, Optional<String> region) {
    if (region.isEmpty()) {
      return List.of();
    }
    return s.world()
        .all(ProfileAssociation.class, region.get())
        .map(
            a ->
                Candidate.described(
                    a.id(), "instance profile association", a.instanceId() + " " + a.state().api()))
        .toList();
  }

  private static List<Candidate> images(Snapshot s, Optional<String> region) {
    return region
        .map(
            r ->
                Images.catalog().inRegion(r).stream()
                    .map(i -> Candidate.described(i.id(), "image", i.name()))
                    .toList())
        .orElse(List.of());
  }

  private static List<Candidate> policies(Snapshot s, Optional<String> region) {
    return s.world()
        .all(ManagedPolicy.class)
        .map(
            p ->
                Candidate.described(
                    p.arn(),
                    p.isAwsManaged() ? "AWS managed policy" : "policy",
                    p.description() == null || p.description().isEmpty()
                        ? p.name()
                        : p.description()))
        .toList();
  }

  private static <T> List<Candidate> catalogue(
      List<T> items, Function<T, String> value, Function<T, String> description, String group) {
    return items.stream()
        .map(i -> Candidate.described(value.apply(i), group, description.apply(i)))
        .toList();
  }

  private static List<Zone> zones(Optional<String> region) {
    return region.flatMap(r -> Regions.catalog().get(r)).map(Region::zones).orElse(List.of());
  }

  private static List<PrefixList> prefixLists(Optional<String> region) {
    return region
        .flatMap(r -> Regions.catalog().get(r))
        .map(r -> List.copyOf(r.prefixLists().values()))
        .orElse(List.of());
  }

  /** Whether an image of the catalogue has this ID in any region (for descriptions). */
  static Optional<Image> image(String id) {
    return Regions.catalog().all().stream()
        .flatMap(r -> Images.catalog().get(r.name(), id).stream())
        .findFirst();
  }
}
