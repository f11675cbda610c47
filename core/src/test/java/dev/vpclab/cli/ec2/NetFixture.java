package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;

import dev.vpclab.cli.api.ApiTester;
import dev.vpclab.model.Addresses;
import dev.vpclab.model.Ids;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import java.util.List;

/** Builds the network a test needs through the real operations, in us-east-2. */
final class NetFixture {
  final ApiTester api = new ApiTester();

  String vpc(String cidr) {
    return at(api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"%s\"}".formatted(cidr)), "Vpc.VpcId");
  }

  String subnet(String vpcId, String cidr) {
    return at(
        api.ok(
            "ec2",
            "CreateSubnet",
            "{\"VpcId\": \"%s\", \"CidrBlock\": \"%s\", \"AvailabilityZone\": \"us-east-2a\"}"
                .formatted(vpcId, cidr)),
        "Subnet.SubnetId");
  }

  String igw() {
    return at(api.ok("ec2", "CreateInternetGateway", "{}"), "InternetGateway.InternetGatewayId");
  }

  String attachedIgw(String vpcId) {
    String igw = igw();
    api.ok(
        "ec2",
        "AttachInternetGateway",
        "{\"InternetGatewayId\": \"%s\", \"VpcId\": \"%s\"}".formatted(igw, vpcId));
    return igw;
  }

  String eip() {
    return at(api.ok("ec2", "AllocateAddress", "{\"Domain\": \"vpc\"}"), "AllocationId");
  }

  String routeTable(String vpcId) {
    return at(
        api.ok("ec2", "CreateRouteTable", "{\"VpcId\": \"%s\"}".formatted(vpcId)),
        "RouteTable.RouteTableId");
  }

  String mainRouteTable(String vpcId) {
    return at(
        api.ok(
            "ec2",
            "DescribeRouteTables",
            ("{\"Filters\": [{\"Name\": \"vpc-id\", \"Values\": [\"%s\"]},"
                    + " {\"Name\": \"association.main\", \"Values\": [\"true\"]}]}")
                .formatted(vpcId)),
        "RouteTables.0.RouteTableId");
  }

  void route(String tableId, String cidr, String targetMember, String targetId) {
    api.ok(
        "ec2",
        "CreateRoute",
        "{\"RouteTableId\": \"%s\", \"DestinationCidrBlock\": \"%s\", \"%s\": \"%s\"}"
            .formatted(tableId, cidr, targetMember, targetId));
  }

  String natGateway(String subnetId, String allocationId) {
    return at(
        api.ok(
            "ec2",
            "CreateNatGateway",
            "{\"SubnetId\": \"%s\", \"AllocationId\": \"%s\"}".formatted(subnetId, allocationId)),
        "NatGateway.NatGatewayId");
  }

  /**
   * A running instance put straight into the model (RunInstances is another group's), with a launch
   * public IP when asked.
   */
  Instance instance(String subnetId, boolean publicIp) {
    Instance[] made = new Instance[1];
    api.change(
        tx -> {
          Subnet subnet = tx.find(Subnet.class, subnetId).orElseThrow();
          String id = Ids.ec2(tx, "i");
          made[0] =
              tx.put(
                  new Instance(
                      id,
                      subnet.region(),
                      Ids.ec2(tx, "r"),
                      "ami-0123456789abcdef0",
                      "t2.micro",
                      subnet.vpcId(),
                      subnet.id(),
                      subnet.availabilityZone(),
                      Ids.ec2(tx, "eni"),
                      Addresses.privateIn(tx, subnet, id),
                      publicIp ? Addresses.publicIn(tx, subnet.region(), id) : null,
                      null,
                      List.of(),
                      Instance.State.RUNNING,
                      tx.now(),
                      0));
        });
    return made[0];
  }

  void instanceState(String instanceId, Instance.State state) {
    api.change(tx -> tx.put(tx.find(Instance.class, instanceId).orElseThrow().withState(state)));
  }

  String defaultVpc() {
    return api.world()
        .all(Vpc.class, "us-east-2")
        .filter(Vpc::isDefault)
        .findFirst()
        .orElseThrow()
        .id();
  }
}
