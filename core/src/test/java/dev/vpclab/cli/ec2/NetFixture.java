package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;

import dev.vpclab.cli.api.ApiTester;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.Vpc;

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
    String image = dev.vpclab.model.catalog.Images.catalog().inRegion("us-east-2").get(0).id();
    String placement =
        publicIp
            ? "\"NetworkInterfaces\": [{\"DeviceIndex\": 0, \"SubnetId\": \""
                + subnetId
                + "\", \"AssociatePublicIpAddress\": true}]"
            : "\"SubnetId\": \"" + subnetId + "\"";
    var out =
        api.ok(
            "ec2",
            "RunInstances",
            "{\"ImageId\": \""
                + image
                + "\", \"InstanceType\": \"t2.micro\", \"MinCount\": 1, \"MaxCount\": 1, "
                + placement
                + "}");
    String id = out.path("Instances").path(0).path("InstanceId").asText();
    return api.world().find(Instance.class, id).orElseThrow();
  }

  void instanceState(String instanceId, Instance.State state) {
    api.change(
        tx -> tx.put(tx.find(Instance.class, instanceId).orElseThrow().withState(state, tx.now())));
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
