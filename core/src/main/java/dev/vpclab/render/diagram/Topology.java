package dev.vpclab.render.diagram;

import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code /diagram} draws, computed once from the account and rendered as text or SVG: VPCs
 * with their subnets grouped by Availability Zone, what sits in each subnet, the gateways and
 * endpoints, and each subnet's non-local routes as arrows to their targets. Plain values, so both
 * renderers (and the Jupyter kernel) draw the same thing.
 */
public record Topology(List<VpcNode> vpcs) {

  public Topology {
    vpcs = List.copyOf(vpcs);
  }

  /** Every resource ID drawn, for matching a trace's components against the diagram. */
  public Set<String> ids() {
    var ids = new LinkedHashSet<String>();
    for (VpcNode vpc : vpcs) {
      ids.add(vpc.ref().id());
      vpc.internetGateway().ifPresent(g -> ids.add(g.id()));
      vpc.endpoints().forEach(e -> ids.add(e.ref().id()));
      vpc.idleTables().forEach(t -> ids.add(t.ref().id()));
      for (SubnetNode subnet : vpc.subnets()) {
        ids.add(subnet.ref().id());
        subnet.routeTable().ifPresent(t -> ids.add(t.ref().id()));
        subnet.networkAcl().ifPresent(a -> ids.add(a.ref().id()));
        subnet.natGateways().forEach(n -> ids.add(n.ref().id()));
        for (InstanceNode instance : subnet.instances()) {
          ids.add(instance.ref().id());
          instance.securityGroups().forEach(g -> ids.add(g.id()));
        }
      }
    }
    return ids;
  }

  /** A resource as the diagram names it: its ID and its Name tag (empty when it has none). */
  public record Ref(String id, String name) {
    public Ref {
      name = name == null ? "" : name;
    }

    public boolean hasName() {
      return !name.isEmpty();
    }
  }

  /**
   * One VPC: its internet gateway (if attached), subnets by zone (zones in name order), endpoints,
   * and the route tables that serve no subnet (a common slip: a table made but never associated).
   */
  public record VpcNode(
      Ref ref,
      String region,
      Cidr cidr,
      boolean isDefault,
      Optional<Ref> internetGateway,
      List<ZoneNode> zones,
      List<EndpointNode> endpoints,
      List<TableNode> idleTables) {
    public VpcNode {
      zones = List.copyOf(zones);
      endpoints = List.copyOf(endpoints);
      idleTables = List.copyOf(idleTables);
    }

    public List<SubnetNode> subnets() {
      return zones.stream().flatMap(z -> z.subnets().stream()).toList();
    }
  }

  /** An Availability Zone and the VPC's subnets in it, in CIDR order. */
  public record ZoneNode(String name, List<SubnetNode> subnets) {
    public ZoneNode {
      subnets = List.copyOf(subnets);
    }
  }

  /**
   * A subnet: public when its route table sends traffic to an internet gateway, the route table and
   * network ACL it uses, and the NAT gateways and instances in it.
   */
  public record SubnetNode(
      Ref ref,
      Cidr cidr,
      boolean isPublic,
      Optional<TableNode> routeTable,
      Optional<AclNode> networkAcl,
      List<NatNode> natGateways,
      List<InstanceNode> instances) {
    public SubnetNode {
      natGateways = List.copyOf(natGateways);
      instances = List.copyOf(instances);
    }

    public List<RouteArrow> routes() {
      return routeTable.map(TableNode::routes).orElse(List.of());
    }
  }

  /** A route table, whether it is the VPC's main one, and its non-local routes. */
  public record TableNode(Ref ref, boolean main, List<RouteArrow> routes) {
    public TableNode {
      routes = List.copyOf(routes);
    }
  }

  public record AclNode(Ref ref, boolean isDefault) {}

  /**
   * One non-local route: its destination (a CIDR or a prefix list), the target as the route names
   * it ({@code igw-…}, {@code nat-…}, {@code vpce-…}, {@code eni-…}), the drawn element it points
   * at (an ENI's owner; empty when the target is not drawn, e.g. a deleted NAT gateway) and whether
   * it is a blackhole.
   */
  public record RouteArrow(
      String destination, String target, Optional<String> pointsAt, boolean blackhole) {}

  /** An instance: addresses, state ({@code running}) and security groups. */
  public record InstanceNode(
      Ref ref, Ipv4 privateIp, Optional<Ipv4> publicIp, String state, List<Ref> securityGroups) {
    public InstanceNode {
      securityGroups = List.copyOf(securityGroups);
    }
  }

  /** A NAT gateway: its addresses (the public one is its Elastic IP) and state. */
  public record NatNode(Ref ref, Optional<Ipv4> privateIp, Optional<Ipv4> publicIp, String state) {}

  /** A VPC endpoint: its service, type ({@code Gateway}/{@code Interface}) and state. */
  public record EndpointNode(Ref ref, String serviceName, String type, String state) {
    public boolean isGateway() {
      return type.equals("Gateway");
    }
  }
}
