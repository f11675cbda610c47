package dev.vpclab.render.diagram;

import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.ec2.VpcEndpoint;
import dev.vpclab.render.diagram.Topology.AclNode;
import dev.vpclab.render.diagram.Topology.EndpointNode;
import dev.vpclab.render.diagram.Topology.InstanceNode;
import dev.vpclab.render.diagram.Topology.NatNode;
import dev.vpclab.render.diagram.Topology.Ref;
import dev.vpclab.render.diagram.Topology.RouteArrow;
import dev.vpclab.render.diagram.Topology.SubnetNode;
import dev.vpclab.render.diagram.Topology.TableNode;
import dev.vpclab.render.diagram.Topology.VpcNode;
import dev.vpclab.render.diagram.Topology.ZoneNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the topology of some VPCs from the account. What is gone is left out (terminated instances,
 * deleted NAT gateways), so a route that still names it shows as a blackhole pointing at nothing
 * drawn.
 */
public final class TopologyBuilder {
  private final View view;

  private TopologyBuilder(View view) {
    this.view = view;
  }

  public static Topology build(View view, List<Vpc> vpcs) {
    var builder = new TopologyBuilder(view);
    return new Topology(vpcs.stream().map(builder::vpc).toList());
  }

  private VpcNode vpc(Vpc vpc) {
    Optional<Ref> igw =
        view.all(InternetGateway.class)
            .filter(g -> vpc.id().equals(g.attachedVpcId()))
            .findFirst()
            .map(g -> ref(g.id()));
    Map<String, List<SubnetNode>> byZone =
        view.all(Subnet.class)
            .filter(s -> s.vpcId().equals(vpc.id()))
            .sorted(Comparator.comparing(Subnet::cidr))
            .collect(
                Collectors.groupingBy(
                    Subnet::availabilityZone,
                    TreeMap::new,
                    Collectors.mapping(this::subnet, Collectors.toList())));
    List<ZoneNode> zones =
        byZone.entrySet().stream().map(e -> new ZoneNode(e.getKey(), e.getValue())).toList();
    List<EndpointNode> endpoints =
        view.all(VpcEndpoint.class)
            .filter(e -> e.vpcId().equals(vpc.id()))
            .map(e -> new EndpointNode(ref(e.id()), e.serviceName(), e.type().api, e.state()))
            .toList();
    List<TableNode> idle =
        view.all(RouteTable.class)
            .filter(t -> t.vpcId().equals(vpc.id()) && t.associations().isEmpty())
            .map(this::table)
            .toList();
    return new VpcNode(
        ref(vpc.id()), vpc.region(), vpc.cidr(), vpc.isDefault(), igw, zones, endpoints, idle);
  }

  private SubnetNode subnet(Subnet subnet) {
    Optional<RouteTable> table = RouteTable.forSubnet(view, subnet);
    boolean isPublic =
        table.stream()
            .flatMap(t -> t.routes().stream())
            .anyMatch(
                r -> r.target() instanceof RouteTarget.Igw && r.isActive(view, subnet.vpcId()));
    List<NatNode> nats =
        view.all(NatGateway.class)
            .filter(n -> n.subnetId().equals(subnet.id()) && n.state() != NatGateway.State.DELETED)
            .map(
                n ->
                    new NatNode(
                        ref(n.id()),
                        Optional.ofNullable(n.privateIp()),
                        Optional.ofNullable(n.publicIp()),
                        n.state().api()))
            .toList();
    List<InstanceNode> instances =
        view.all(Instance.class)
            .filter(i -> i.subnetId().equals(subnet.id()) && i.state() != Instance.State.TERMINATED)
            .map(this::instance)
            .toList();
    return new SubnetNode(
        ref(subnet.id()),
        subnet.cidr(),
        isPublic,
        table.map(this::table),
        NetworkAcl.forSubnet(view, subnet.id()).map(a -> new AclNode(ref(a.id()), a.isDefault())),
        nats,
        instances);
  }

  private InstanceNode instance(Instance instance) {
    List<Ref> groups =
        instance.securityGroupIds().stream()
            .map(
                id ->
                    new Ref(
                        id, view.find(SecurityGroup.class, id).map(SecurityGroup::name).orElse("")))
            .toList();
    return new InstanceNode(
        ref(instance.id()),
        instance.privateIp(),
        Addressing.publicIp(view, instance),
        instance.state().api(),
        groups);
  }

  private TableNode table(RouteTable table) {
    List<RouteArrow> routes =
        table.routes().stream().filter(r -> !r.isLocal()).map(r -> arrow(r, table)).toList();
    return new TableNode(ref(table.id()), table.isMain(), routes);
  }

  private RouteArrow arrow(Route route, RouteTable table) {
    boolean active = route.isActive(view, table.vpcId());
    return new RouteArrow(
        route.destination().toString(),
        route.target().id(),
        active ? pointsAt(route.target(), table.vpcId()) : Optional.empty(),
        !active);
  }

  /** The drawn element a working route leads to: an ENI's route leads to the ENI's owner. */
  private Optional<String> pointsAt(RouteTarget target, String vpcId) {
    if (target instanceof RouteTarget.NetworkInterface eni) {
      return view.all(Instance.class)
          .filter(i -> eni.id().equals(i.networkInterfaceId()))
          .map(Instance::id)
          .findFirst()
          .or(
              () ->
                  view.all(NatGateway.class)
                      .filter(n -> eni.id().equals(n.networkInterfaceId()))
                      .map(NatGateway::id)
                      .findFirst());
    }
    return Optional.of(target.id());
  }

  private Ref ref(String id) {
    return new Ref(id, view.tags(id).name().orElse(""));
  }
}
