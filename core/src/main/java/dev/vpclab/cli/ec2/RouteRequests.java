package dev.vpclab.cli.ec2;

import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.View;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.ec2.VpcEndpoint;
import dev.vpclab.net.Cidr;
import java.util.List;

/**
 * Reads the destination and the target of a CreateRoute, ReplaceRoute or DeleteRoute request and
 * checks them against the route table the way EC2 does. Messages are real where aws-facts.md or a
 * real transcript has them; the others say where they come from.
 */
final class RouteRequests {
  /** Every target member of CreateRoute and ReplaceRoute. */
  private static final List<String> TARGETS =
      List.of(
          "GatewayId",
          "NatGatewayId",
          "InstanceId",
          "NetworkInterfaceId",
          "VpcEndpointId",
          "TransitGatewayId",
          "VpcPeeringConnectionId",
          "EgressOnlyInternetGatewayId",
          "LocalGatewayId",
          "CarrierGatewayId",
          "CoreNetworkArn",
          "OdbNetworkArn");

  private RouteRequests() {}

  /**
   * {@code DestinationCidrBlock} or {@code DestinationPrefixListId} (one of the region's prefix
   * lists). The missing-destination wording follows EC2's MissingParameter pattern (not seen
   * verbatim); the prefix-list NotFound follows the usual NotFound pattern.
   */
  static RouteDestination destination(Request request) {
    if (request.has("DestinationIpv6CidrBlock")) {
      throw new ServiceFault("UnsupportedOperation", "vpclab simulates IPv4 routes only.");
    }
    var cidr = request.string("DestinationCidrBlock");
    var prefixList = request.string("DestinationPrefixListId");
    if (cidr.isPresent() == prefixList.isPresent()) {
      throw new ServiceFault(
          cidr.isPresent() ? "InvalidParameterCombination" : "MissingParameter",
          "The request must contain exactly one of destinationCidrBlock, destinationIpv6CidrBlock"
              + " or destinationPrefixListId");
    }
    if (cidr.isPresent()) {
      return new RouteDestination.ToCidr(Cidrs.parse(cidr.get(), "destinationCidrBlock"));
    }
    String id = prefixList.get();
    boolean known =
        Regions.catalog()
            .prefixList(id)
            .filter(p -> p.region().equals(request.region()))
            .isPresent();
    if (!known) {
      throw new ServiceFault(
          "InvalidPrefixListID.NotFound", "The prefix list ID '" + id + "' does not exist");
    }
    return new RouteDestination.ToPrefixList(id);
  }

  /**
   * The one target of the request, which must exist in the region and be usable from {@code table}.
   * The exactly-one wording is OpenStack ec2-api's (a careful AWS clone), with NAT gateways added.
   */
  static RouteTarget target(Request request, View view, RouteTable table) {
    List<String> given = TARGETS.stream().filter(request::has).toList();
    if (given.size() != 1) {
      throw new ServiceFault(
          given.isEmpty() ? "MissingParameter" : "InvalidParameterCombination",
          "The request must contain exactly one of gatewayId, natGatewayId, networkInterfaceId,"
              + " vpcPeeringConnectionId or instanceId");
    }
    String member = given.get(0);
    String id = request.required(member);
    return switch (member) {
      case "GatewayId" -> gateway(view, request, table, id);
      case "NatGatewayId" -> nat(view, request, table, id);
      case "InstanceId" -> instance(view, request, table, id);
      case "NetworkInterfaceId" -> networkInterface(view, request, table, id);
      case "VpcEndpointId" -> throw endpointNotSupported(id);
      case "VpcPeeringConnectionId" ->
          throw new ServiceFault(
              "InvalidVpcPeeringConnectionID.NotFound",
              "The vpcPeeringConnection ID '" + id + "' does not exist");
      case "CoreNetworkArn", "OdbNetworkArn" ->
          throw new ServiceFault(
              "UnsupportedOperation", "vpclab does not simulate " + member + " route targets.");
      default -> throw gatewayNotFound(id);
    };
  }

  /**
   * A destination inside the VPC's CIDR: the VPC CIDR itself is the local route; a more specific
   * one is allowed only as AWS allows it since 2021 (the whole CIDR of one of the VPC's subnets, to
   * a NAT gateway, an interface or an instance: VPC user guide, route tables). The refusal wording
   * is OpenStack ec2-api's.
   */
  static void checkAgainstLocal(
      View view, RouteTable table, RouteDestination destination, RouteTarget target) {
    if (!(destination instanceof RouteDestination.ToCidr to)) {
      return;
    }
    Cidr vpcCidr = view.find(Vpc.class, table.vpcId()).orElseThrow().cidr();
    if (!vpcCidr.contains(to.cidr()) || to.cidr().equals(vpcCidr)) {
      return;
    }
    boolean middlebox =
        target instanceof RouteTarget.Nat
            || target instanceof RouteTarget.NetworkInterface
            || target instanceof RouteTarget.Instance;
    boolean wholeSubnet =
        view.all(Subnet.class)
            .anyMatch(s -> s.vpcId().equals(table.vpcId()) && s.cidr().equals(to.cidr()));
    if (!(middlebox && wholeSubnet)) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Cannot create a more specific route for "
              + to.cidr()
              + " than local route "
              + vpcCidr
              + " in route table "
              + table.id());
    }
  }

  /**
   * {@code --gateway-id}: an internet gateway attached to the table's VPC (real message when it is
   * not, aws-facts.md and terraform logs), or a NAT gateway, which EC2 also takes here. Anything
   * unknown is InvalidGatewayID.NotFound (real, aws-facts.md section 11).
   */
  private static RouteTarget gateway(View view, Request request, RouteTable table, String id) {
    if (id.startsWith("nat-")) {
      return nat(view, request, table, id);
    }
    if (id.startsWith("vpce-")) {
      if (view.find(VpcEndpoint.class, id).filter(e -> inRegion(e, request)).isPresent()) {
        throw endpointNotSupported(id);
      }
      throw gatewayNotFound(id);
    }
    InternetGateway igw =
        view.find(InternetGateway.class, id)
            .filter(g -> g.region().equals(request.region()))
            .orElseThrow(() -> gatewayNotFound(id));
    if (!table.vpcId().equals(igw.attachedVpcId())) {
      throw gatewayOfAnotherNetwork(table, id);
    }
    return new RouteTarget.Igw(id);
  }

  /** A NAT gateway that is pending or available; a deleted one does not exist (real transcript). */
  private static RouteTarget nat(View view, Request request, RouteTable table, String id) {
    NatGateway nat =
        view.find(NatGateway.class, id)
            .filter(n -> n.region().equals(request.region()) && !n.isGone())
            .orElseThrow(() -> gatewayNotFound(id));
    if (!nat.vpcId().equals(table.vpcId())) {
      throw gatewayOfAnotherNetwork(table, id);
    }
    return new RouteTarget.Nat(id);
  }

  private static RouteTarget instance(View view, Request request, RouteTable table, String id) {
    Instance instance =
        Lookup.require(view, Instance.class, Ec2Kind.INSTANCE, id, request.region());
    if (instance.isTerminated()) {
      throw Ec2Kind.INSTANCE.notFound(id);
    }
    if (!instance.vpcId().equals(table.vpcId())) {
      throw differentNetworks(table, instance.networkInterfaceId());
    }
    return new RouteTarget.Instance(id);
  }

  private static RouteTarget networkInterface(
      View view, Request request, RouteTable table, String id) {
    var eni = Enis.require(view, id, request.region());
    if (!eni.vpcId().equals(table.vpcId())) {
      throw differentNetworks(table, id);
    }
    return new RouteTarget.NetworkInterface(id);
  }

  /** Real message (terraform logs with request IDs), used for NAT gateways alike. */
  private static ServiceFault gatewayOfAnotherNetwork(RouteTable table, String gatewayId) {
    return new ServiceFault(
        "InvalidParameterValue",
        "route table "
            + table.id()
            + " and network gateway "
            + gatewayId
            + " belong to different networks");
  }

  /** ec2-api's wording for an interface or instance in another VPC. */
  private static ServiceFault differentNetworks(RouteTable table, String targetId) {
    return new ServiceFault(
        "InvalidParameterValue",
        "Route table "
            + table.id()
            + " and interface "
            + targetId
            + " belong to different networks");
  }

  static ServiceFault gatewayNotFound(String id) {
    return new ServiceFault(
        "InvalidGatewayID.NotFound", "The gateway ID '" + id + "' does not exist");
  }

  /**
   * A gateway endpoint's routes belong to the endpoint (VPC user guide): moto's wording for a route
   * to one, no real transcript found.
   */
  private static ServiceFault endpointNotSupported(String id) {
    return new ServiceFault(
        "RouteNotSupported",
        "Route table contains unsupported route target: "
            + id
            + ". VPC Endpoints of this type cannot be used as route targets.");
  }

  private static boolean inRegion(VpcEndpoint endpoint, Request request) {
    return endpoint.region().equals(request.region());
  }
}
