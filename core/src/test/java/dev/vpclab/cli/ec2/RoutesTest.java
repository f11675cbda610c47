package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.Ids;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import dev.vpclab.model.ec2.VpcEndpoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutesTest {
  private final NetFixture net = new NetFixture();
  private final String vpc = net.vpc("10.0.0.0/16");
  private final String subnet = net.subnet(vpc, "10.0.1.0/24");
  private final String table = net.routeTable(vpc);

  private String route(String cidr, String member, String target) {
    return "{\"RouteTableId\": \"%s\", \"DestinationCidrBlock\": \"%s\", \"%s\": \"%s\"}"
        .formatted(table, cidr, member, target);
  }

  private JsonNode routes() {
    return net.api
        .ok("ec2", "DescribeRouteTables", "{\"RouteTableIds\": [\"%s\"]}".formatted(table))
        .get("RouteTables")
        .get(0)
        .get("Routes");
  }

  @Test
  void createReturnsTrueAndTheRouteIsActive() {
    String igw = net.attachedIgw(vpc);
    var out = net.api.ok("ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", igw));
    // Real output {"Return": true} (aws-facts.md section 10).
    assertEquals("true", at(out, "Return"));
    JsonNode added = routes().get(1);
    // Route keys of CLI-EX describe-route-tables.
    assertEquals("0.0.0.0/0", at(added, "DestinationCidrBlock"));
    assertEquals(igw, at(added, "GatewayId"));
    assertEquals("CreateRoute", at(added, "Origin"));
    assertEquals("active", at(added, "State"));
  }

  @Test
  void aRouteToADetachedOrDeletedGatewayIsABlackhole() {
    String igw = net.attachedIgw(vpc);
    net.api.ok("ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", igw));
    net.api.ok(
        "ec2",
        "DetachInternetGateway",
        "{\"InternetGatewayId\": \"%s\", \"VpcId\": \"%s\"}".formatted(igw, vpc));
    // aws-facts.md section 6: routes to a deleted target stay, in state blackhole.
    assertEquals("blackhole", at(routes().get(1), "State"));
    net.api.ok("ec2", "DeleteInternetGateway", "{\"InternetGatewayId\": \"%s\"}".formatted(igw));
    assertEquals("blackhole", at(routes().get(1), "State"));
  }

  @Test
  void theSameDestinationTwiceIsRefused() {
    String igw = net.attachedIgw(vpc);
    net.api.ok("ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", igw));
    // Real message (aws-facts.md section 11).
    assertEquals(
        "RouteAlreadyExists: The route identified by 0.0.0.0/0 already exists.",
        net.api.error("ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", igw)));
    assertEquals(
        "RouteAlreadyExists: The route identified by 10.0.0.0/16 already exists.",
        net.api.error("ec2", "CreateRoute", route("10.0.0.0/16", "GatewayId", igw)));
  }

  @Test
  void theGatewayMustBeAttachedToTheTablesVpc() {
    String igw = net.igw();
    // Real message (terraform logs with request IDs).
    assertEquals(
        "InvalidParameterValue: route table "
            + table
            + " and network gateway "
            + igw
            + " belong to different networks",
        net.api.error("ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", igw)));
  }

  @Test
  void unknownTargets() {
    // Real message (aws-facts.md section 11: a deleted NAT gateway named in --gateway-id).
    assertEquals(
        "InvalidGatewayID.NotFound: The gateway ID 'nat-0b08ff466280436f1' does not exist",
        net.api.error(
            "ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", "nat-0b08ff466280436f1")));
    assertEquals(
        "InvalidGatewayID.NotFound: The gateway ID 'nat-0b08ff466280436f1' does not exist",
        net.api.error(
            "ec2", "CreateRoute", route("0.0.0.0/0", "NatGatewayId", "nat-0b08ff466280436f1")));
    assertEquals(
        "InvalidGatewayID.NotFound: The gateway ID 'igw-0123456789abcdef0' does not exist",
        net.api.error(
            "ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", "igw-0123456789abcdef0")));
    assertEquals(
        "InvalidInstanceID.NotFound: The instance ID 'i-0123456789abcdef0' does not exist",
        net.api.error(
            "ec2", "CreateRoute", route("0.0.0.0/0", "InstanceId", "i-0123456789abcdef0")));
  }

  @Test
  void aNatGatewayNamedAsGatewayIdIsANatRoute() {
    net.attachedIgw(vpc);
    String nat = net.natGateway(subnet, net.eip());
    net.api.ok("ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", nat));
    JsonNode added = routes().get(1);
    assertEquals(nat, at(added, "NatGatewayId"));
    assertFalse(added.has("GatewayId"));
  }

  @Test
  void exactlyOneTarget() {
    // OpenStack ec2-api's wording with NAT gateways added (not seen from real AWS).
    assertEquals(
        "MissingParameter: The request must contain exactly one of gatewayId, natGatewayId,"
            + " networkInterfaceId, vpcPeeringConnectionId or instanceId",
        net.api.error(
            "ec2",
            "CreateRoute",
            "{\"RouteTableId\": \"%s\", \"DestinationCidrBlock\": \"0.0.0.0/0\"}"
                .formatted(table)));
  }

  @Test
  void moreSpecificThanLocalOnlyForAWholeSubnetToAMiddlebox() {
    String igw = net.attachedIgw(vpc);
    // OpenStack ec2-api's wording (not seen from real AWS).
    assertEquals(
        "InvalidParameterValue: Cannot create a more specific route for 10.0.1.0/24 than local"
            + " route 10.0.0.0/16 in route table "
            + table,
        net.api.error("ec2", "CreateRoute", route("10.0.1.0/24", "GatewayId", igw)));
    Instance appliance = net.instance(subnet, false);
    // VPC user guide: a whole subnet CIDR may go to an interface, an instance or a NAT gateway.
    net.api.ok(
        "ec2",
        "CreateRoute",
        route("10.0.1.0/24", "NetworkInterfaceId", appliance.networkInterfaceId()));
    JsonNode added = routes().get(1);
    assertEquals(appliance.networkInterfaceId(), at(added, "NetworkInterfaceId"));
    assertEquals(appliance.id(), at(added, "InstanceId"));
    assertEquals(
        "InvalidParameterValue: Cannot create a more specific route for 10.0.2.0/25 than local"
            + " route 10.0.0.0/16 in route table "
            + table,
        net.api.error("ec2", "CreateRoute", route("10.0.2.0/25", "InstanceId", appliance.id())));
  }

  @Test
  void aRouteToAnInstanceFollowsItsState() {
    Instance natInstance = net.instance(subnet, true);
    net.api.ok("ec2", "CreateRoute", route("0.0.0.0/0", "InstanceId", natInstance.id()));
    JsonNode added = routes().get(1);
    // Route keys for an instance target: InstanceId, InstanceOwnerId, NetworkInterfaceId.
    assertEquals(natInstance.id(), at(added, "InstanceId"));
    assertEquals("123456789012", at(added, "InstanceOwnerId"));
    assertEquals(natInstance.networkInterfaceId(), at(added, "NetworkInterfaceId"));
    assertEquals("active", at(added, "State"));
    net.instanceState(natInstance.id(), Instance.State.STOPPED);
    assertEquals("blackhole", at(routes().get(1), "State"));
  }

  @Test
  void prefixListDestinations() {
    String igw = net.attachedIgw(vpc);
    net.api.ok(
        "ec2",
        "CreateRoute",
        "{\"RouteTableId\": \"%s\", \"DestinationPrefixListId\": \"pl-7ba54012\", \"GatewayId\":"
                .formatted(table)
            + " \"%s\"}".formatted(igw));
    assertEquals("pl-7ba54012", at(routes().get(1), "DestinationPrefixListId"));
    // EC2's NotFound pattern (not seen verbatim): us-east-1's list is not in us-east-2.
    assertEquals(
        "InvalidPrefixListID.NotFound: The prefix list ID 'pl-63a5400a' does not exist",
        net.api.error(
            "ec2",
            "CreateRoute",
            "{\"RouteTableId\": \"%s\", \"DestinationPrefixListId\": \"pl-63a5400a\","
                    .formatted(table)
                + " \"GatewayId\": \"%s\"}".formatted(igw)));
  }

  @Test
  void replaceNeedsAnExistingRoute() {
    String igw = net.attachedIgw(vpc);
    // Real message (terraform logs and a CLI v2 transcript).
    assertEquals(
        "InvalidParameterValue: There is no route defined for '0.0.0.0/0' in the route table. Use"
            + " CreateRoute instead.",
        net.api.error("ec2", "ReplaceRoute", route("0.0.0.0/0", "GatewayId", igw)));
    net.attachedIgw(net.vpc("10.9.0.0/16"));
    String nat = net.natGateway(subnet, net.eip());
    net.api.ok("ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", igw));
    net.api.ok("ec2", "ReplaceRoute", route("0.0.0.0/0", "NatGatewayId", nat));
    JsonNode replaced = routes().get(1);
    assertEquals(nat, at(replaced, "NatGatewayId"));
    assertEquals(2, routes().size());
  }

  @Test
  void theLocalRouteStays() {
    // The emulators' wording (aws-facts.md section 6; not confirmed on real AWS).
    assertEquals(
        "InvalidParameterValue: cannot remove local route 10.0.0.0/16 in route table " + table,
        net.api.error(
            "ec2",
            "DeleteRoute",
            "{\"RouteTableId\": \"%s\", \"DestinationCidrBlock\": \"10.0.0.0/16\"}"
                .formatted(table)));
    assertEquals(
        "InvalidParameterValue: cannot replace local route 10.0.0.0/16 in route table " + table,
        net.api.error(
            "ec2", "ReplaceRoute", route("10.0.0.0/16", "GatewayId", net.attachedIgw(vpc))));
  }

  @Test
  void deleteAMissingRoute() {
    // The fog mock's wording (aws-facts.md section 11; not confirmed on real AWS).
    assertEquals(
        "InvalidRoute.NotFound: no route with destination-cidr-block 0.0.0.0/0 in route table "
            + table,
        net.api.error(
            "ec2",
            "DeleteRoute",
            "{\"RouteTableId\": \"%s\", \"DestinationCidrBlock\": \"0.0.0.0/0\"}"
                .formatted(table)));
  }

  @Test
  void deleteRemovesTheRoute() {
    String igw = net.attachedIgw(vpc);
    net.api.ok("ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", igw));
    net.api.ok(
        "ec2",
        "DeleteRoute",
        "{\"RouteTableId\": \"%s\", \"DestinationCidrBlock\": \"0.0.0.0/0\"}".formatted(table));
    assertEquals(1, routes().size());
  }

  @Test
  void endpointRoutesBelongToTheEndpoint() {
    String[] endpoint = new String[1];
    net.api.change(
        tx -> {
          endpoint[0] = Ids.ec2(tx, "vpce");
          tx.put(
              new VpcEndpoint(
                  endpoint[0],
                  "us-east-2",
                  vpc,
                  "com.amazonaws.us-east-2.s3",
                  VpcEndpoint.Type.GATEWAY,
                  "{}",
                  List.of(table),
                  List.of(),
                  List.of(),
                  false,
                  "available",
                  tx.now()));
          RouteTable rtb = tx.find(RouteTable.class, table).orElseThrow();
          tx.put(
              rtb.withRoute(
                  new Route(
                      new RouteDestination.ToPrefixList("pl-7ba54012"),
                      new RouteTarget.Endpoint(endpoint[0]),
                      Route.CREATE_ROUTE)));
        });
    JsonNode endpointRoute = routes().get(1);
    // A gateway endpoint route as real describe-route-tables shows it (aws-facts.md section 4).
    assertEquals("pl-7ba54012", at(endpointRoute, "DestinationPrefixListId"));
    assertEquals(endpoint[0], at(endpointRoute, "GatewayId"));
    assertEquals("active", at(endpointRoute, "State"));
    // Worded like the local-route refusal (the real wording was not found).
    assertEquals(
        "InvalidParameterValue: cannot remove VPC endpoint route pl-7ba54012 in route table "
            + table,
        net.api.error(
            "ec2",
            "DeleteRoute",
            "{\"RouteTableId\": \"%s\", \"DestinationPrefixListId\": \"pl-7ba54012\"}"
                .formatted(table)));
    // moto's wording for a route to an endpoint of this type.
    assertEquals(
        "RouteNotSupported: Route table contains unsupported route target: "
            + endpoint[0]
            + ". VPC Endpoints of this type cannot be used as route targets.",
        net.api.error("ec2", "CreateRoute", route("0.0.0.0/0", "GatewayId", endpoint[0])));
  }

  @Test
  void requestShapeErrors() {
    String igw = net.attachedIgw(vpc);
    // OpenStack ec2-api's wording with NAT gateways added (not seen from real AWS).
    assertEquals(
        "InvalidParameterCombination: The request must contain exactly one of gatewayId,"
            + " natGatewayId, networkInterfaceId, vpcPeeringConnectionId or instanceId",
        net.api.error(
            "ec2",
            "CreateRoute",
            ("{\"RouteTableId\": \"%s\", \"DestinationCidrBlock\": \"0.0.0.0/0\", \"GatewayId\":"
                    + " \"%s\", \"InstanceId\": \"i-0123456789abcdef0\"}")
                .formatted(table, igw)));
    // EC2's MissingParameter pattern (not seen verbatim).
    assertEquals(
        "MissingParameter: The request must contain exactly one of destinationCidrBlock,"
            + " destinationIpv6CidrBlock or destinationPrefixListId",
        net.api.error(
            "ec2",
            "CreateRoute",
            "{\"RouteTableId\": \"%s\", \"GatewayId\": \"%s\"}".formatted(table, igw)));
    // vpclab's own refusal: it simulates IPv4 only.
    assertEquals(
        "UnsupportedOperation: vpclab simulates IPv4 routes only.",
        net.api.error(
            "ec2",
            "CreateRoute",
            "{\"RouteTableId\": \"%s\", \"DestinationIpv6CidrBlock\": \"::/0\", \"GatewayId\": \"%s\"}"
                .formatted(table, igw)));
    // Real message (aws-facts.md: ansible amazon.aws #477 quotes it for ::/0).
    assertEquals(
        "InvalidParameterValue: Value (0.0.0.0/40) for parameter destinationCidrBlock is invalid."
            + " This is not a valid CIDR block.",
        net.api.error("ec2", "CreateRoute", route("0.0.0.0/40", "GatewayId", igw)));
  }

  @Test
  void targetsVpclabDoesNotHave() {
    // EC2's NotFound pattern for peering connections; transit gateways answer
    // InvalidGatewayID.NotFound (a real pulumi log).
    assertEquals(
        "InvalidVpcPeeringConnectionID.NotFound: The vpcPeeringConnection ID"
            + " 'pcx-0123456789abcdef0' does not exist",
        net.api.error(
            "ec2",
            "CreateRoute",
            route("0.0.0.0/0", "VpcPeeringConnectionId", "pcx-0123456789abcdef0")));
    assertEquals(
        "InvalidGatewayID.NotFound: The gateway ID 'tgw-0db10e42f003616aa' does not exist",
        net.api.error(
            "ec2",
            "CreateRoute",
            route("192.168.0.0/16", "TransitGatewayId", "tgw-0db10e42f003616aa")));
  }

  @Test
  void targetsOfAnotherVpc() {
    String otherVpc = net.vpc("10.1.0.0/16");
    String otherSubnet = net.subnet(otherVpc, "10.1.1.0/24");
    net.attachedIgw(otherVpc);
    String nat = net.natGateway(otherSubnet, net.eip());
    Instance instance = net.instance(otherSubnet, false);
    // The real internet-gateway message, used for NAT gateways alike.
    assertEquals(
        "InvalidParameterValue: route table "
            + table
            + " and network gateway "
            + nat
            + " belong to different networks",
        net.api.error("ec2", "CreateRoute", route("0.0.0.0/0", "NatGatewayId", nat)));
    // OpenStack ec2-api's wording (not seen from real AWS).
    assertEquals(
        "InvalidParameterValue: Route table "
            + table
            + " and interface "
            + instance.networkInterfaceId()
            + " belong to different networks",
        net.api.error("ec2", "CreateRoute", route("0.0.0.0/0", "InstanceId", instance.id())));
  }
}
