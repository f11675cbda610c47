package dev.vpclab.session;

import dev.vpclab.model.Regional;
import dev.vpclab.model.Resource;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.KeyPair;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.ec2.VpcEndpoint;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.model.iam.ManagedPolicy;
import dev.vpclab.model.iam.Role;
import dev.vpclab.model.s3.Bucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The rows of {@code /resources}: one per resource, with its Name tag and the detail a learner
 * checks first (a CIDR, a state, an attachment). Each resource type is one entry of a table.
 */
public final class ResourceRows {
  /** One resource type: its short name, how to pick its ID and what to show as details. */
  private record Kind<T extends Resource>(
      String name, Class<T> type, Function<T, String> id, BiFunction<T, View, String> details) {

    List<List<String>> rows(View view, Predicate<Resource> shown) {
      var rows = new ArrayList<List<String>>();
      view.all(type).filter(shown).forEach(r -> rows.add(row(r, view).cells()));
      return rows;
    }

    Row row(T resource, View view) {
      return new Row(
          name,
          id.apply(resource),
          view.tags(resource.key()).name().orElse(""),
          resource instanceof Regional g ? g.region() : "global",
          details.apply(resource, view));
    }

    Optional<Row> rowOf(Resource resource, View view) {
      return type.isInstance(resource)
          ? Optional.of(row(type.cast(resource), view))
          : Optional.empty();
    }
  }

  /**
   * One resource as {@code /resources} lists it: its type's short name, ID, Name tag (empty when it
   * has none), region ({@code global} for IAM) and the detail a learner checks first.
   */
  public record Row(String type, String id, String name, String region, String details) {
    List<String> cells() {
      return List.of(type, id, name, region, details);
    }
  }

  static final List<String> HEADERS = List.of("TYPE", "ID", "NAME", "REGION", "DETAILS");

  private static final List<Kind<?>> KINDS =
      List.of(
          new Kind<>(
              "vpc", Vpc.class, Vpc::id, (v, w) -> v.cidr() + (v.isDefault() ? " (default)" : "")),
          new Kind<>(
              "subnet",
              Subnet.class,
              Subnet::id,
              (s, w) -> s.cidr() + " " + s.availabilityZone() + " in " + s.vpcId()),
          new Kind<>(
              "igw",
              InternetGateway.class,
              InternetGateway::id,
              (g, w) -> g.vpcId().map(v -> "attached to " + v).orElse("detached")),
          new Kind<>(
              "rtb",
              RouteTable.class,
              RouteTable::id,
              (t, w) ->
                  (t.isMain() ? "main, " : "")
                      + t.routes().size()
                      + " routes, "
                      + t.associations().stream().filter(a -> !a.main()).count()
                      + " subnets"),
          new Kind<>(
              "acl",
              NetworkAcl.class,
              NetworkAcl::id,
              (a, w) -> (a.isDefault() ? "default, " : "") + a.associations().size() + " subnets"),
          new Kind<>(
              "sg",
              SecurityGroup.class,
              SecurityGroup::id,
              (g, w) -> g.name() + " in " + g.vpcId()),
          new Kind<>(
              "eip",
              ElasticIp.class,
              ElasticIp::allocationId,
              (e, w) ->
                  e.publicIp()
                      + e.current()
                          .map(
                              a ->
                                  " -> "
                                      + (a.instanceId() != null
                                          ? a.instanceId()
                                          : a.networkInterfaceId()))
                          .orElse("")),
          new Kind<>(
              "nat",
              NatGateway.class,
              NatGateway::id,
              (n, w) -> n.state().api() + " in " + n.subnetId() + " (" + n.publicIp() + ")"),
          new Kind<>(
              "instance",
              Instance.class,
              Instance::id,
              (i, w) ->
                  i.state().api()
                      + " "
                      + i.privateIp()
                      + i.launchPublic().map(ip -> " / " + ip).orElse("")
                      + " in "
                      + i.subnetId()),
          new Kind<>("key-pair", KeyPair.class, KeyPair::id, (k, w) -> k.name()),
          new Kind<>(
              "vpce",
              VpcEndpoint.class,
              VpcEndpoint::id,
              (e, w) -> e.type().api + " " + e.serviceName()),
          new Kind<>(
              "role",
              Role.class,
              Role::name,
              (r, w) ->
                  r.attachedPolicyArns().size()
                      + " managed, "
                      + r.inlinePolicies().size()
                      + " inline policies"),
          new Kind<>(
              "instance-profile",
              InstanceProfile.class,
              InstanceProfile::name,
              (p, w) -> p.roleName().map(r -> "role " + r).orElse("no role")),
          new Kind<>(
              "policy", ManagedPolicy.class, ManagedPolicy::arn, (p, w) -> p.defaultVersionId()),
          new Kind<>(
              "bucket", Bucket.class, Bucket::name, (b, w) -> b.objects().size() + " objects"));

  private ResourceRows() {}

  /** The short type names, {@code vpc} to {@code bucket}, in the order the table lists them. */
  public static Set<String> kindNames() {
    return KINDS.stream()
        .map(Kind::name)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /**
   * The rows of one kind (or all when {@code kind} is null). Without {@code all}, what every fresh
   * account has is left out: the default VPCs and everything in them, and AWS managed policies.
   */
  static List<List<String>> rows(View view, String kind, boolean all) {
    Set<String> defaultVpcs =
        view.all(Vpc.class).filter(Vpc::isDefault).map(Vpc::id).collect(Collectors.toSet());
    Predicate<Resource> shown = r -> all || !isDefault(r, defaultVpcs);
    var rows = new ArrayList<List<String>>();
    for (Kind<?> k : KINDS) {
      if (kind == null || k.name().equals(kind)) {
        rows.addAll(k.rows(view, shown));
      }
    }
    return rows;
  }

  /** How {@code /resources} shows one resource; empty for a type it does not list. */
  public static Optional<Row> describe(View view, Resource resource) {
    for (Kind<?> k : KINDS) {
      Optional<Row> row = k.rowOf(resource, view);
      if (row.isPresent()) {
        return row;
      }
    }
    return Optional.empty();
  }

  private static boolean isDefault(Resource r, Set<String> defaultVpcs) {
    if (r instanceof ManagedPolicy p) {
      return p.isAwsManaged();
    }
    if (r instanceof Vpc v) {
      return v.isDefault();
    }
    String vpcId =
        r instanceof Subnet s
            ? s.vpcId()
            : r instanceof RouteTable t
                ? t.vpcId()
                : r instanceof NetworkAcl a
                    ? a.vpcId()
                    : r instanceof SecurityGroup g
                        ? g.vpcId()
                        : r instanceof InternetGateway g ? g.attachedVpcId() : null;
    return vpcId != null && defaultVpcs.contains(vpcId);
  }
}
