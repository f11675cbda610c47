package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.net.Ipv4;
import org.junit.jupiter.api.Test;

class NetworkInterfacesTest {
  private final Ec2Fixture lab = new Ec2Fixture();

  @Test
  void anInstancesInterface() {
    String id = lab.run("\"SubnetId\": \"" + lab.privateSubnet + "\"");
    String eni = at(lab.describe(id), "NetworkInterfaces.0.NetworkInterfaceId");
    var out =
        lab.api.ok(
            "ec2", "DescribeNetworkInterfaces", "{\"NetworkInterfaceIds\": [\"" + eni + "\"]}");
    var json = out.get("NetworkInterfaces").get(0);
    assertEquals("interface", at(json, "InterfaceType"));
    assertEquals(id, at(json, "Attachment.InstanceId"));
    assertEquals(lab.privateSubnet, at(json, "SubnetId"));
    assertEquals("in-use", at(json, "Status"));
    assertEquals("default", at(json, "Groups.0.GroupName"));
    var byInstance =
        lab.api.ok(
            "ec2",
            "DescribeNetworkInterfaces",
            "{\"Filters\": [{\"Name\": \"attachment.instance-id\", \"Values\": [\""
                + id
                + "\"]}]}");
    assertEquals(1, byInstance.get("NetworkInterfaces").size());
    lab.api.ok("ec2", "TerminateInstances", "{\"InstanceIds\": [\"" + id + "\"]}");
    // Ec2Kind's NotFound pattern; not seen verbatim for network interfaces.
    assertEquals(
        "InvalidNetworkInterfaceID.NotFound: The networkInterface ID '" + eni + "' does not exist",
        lab.api.error(
            "ec2", "DescribeNetworkInterfaces", "{\"NetworkInterfaceIds\": [\"" + eni + "\"]}"));
  }

  @Test
  void aNatGatewaysInterfaceIsRequesterManaged() {
    lab.api.seed(
        new ElasticIp(
            "eipalloc-0123456789abcdef0",
            "us-east-2",
            Ipv4.of("3.12.0.10"),
            new ElasticIp.Association(
                "eipassoc-0123456789abcdef0",
                null,
                "eni-0123456789abcdef0",
                Ipv4.of("10.0.1.100"))));
    lab.api.seed(
        new NatGateway(
            "nat-0123456789abcdef0",
            "us-east-2",
            lab.vpc,
            lab.publicSubnet,
            "eipalloc-0123456789abcdef0",
            "eni-0123456789abcdef0",
            Ipv4.of("10.0.1.100"),
            Ipv4.of("3.12.0.10"),
            NatGateway.State.AVAILABLE,
            null,
            null,
            FreshAccount.SESSION_START,
            null));
    var out =
        lab.api.ok(
            "ec2",
            "DescribeNetworkInterfaces",
            "{\"Filters\": [{\"Name\": \"interface-type\", \"Values\": [\"nat_gateway\"]}]}");
    var json = out.get("NetworkInterfaces").get(0);
    // Real output for NAT gateway interfaces: nat_gateway, requester-managed, AWS-owned attachment.
    assertEquals("Interface for NAT Gateway nat-0123456789abcdef0", at(json, "Description"));
    assertEquals("true", at(json, "RequesterManaged"));
    assertEquals("false", at(json, "SourceDestCheck"));
    assertEquals("amazon-aws", at(json, "Attachment.InstanceOwnerId"));
    assertEquals("eipalloc-0123456789abcdef0", at(json, "Association.AllocationId"));
    assertEquals("3.12.0.10", at(json, "Association.PublicIp"));
    assertEquals("us-east-2a", at(json, "AvailabilityZone"));
    // Ec2Kind's Malformed pattern, the code as the EC2 API's error-code list spells it ("Id").
    assertEquals(
        "InvalidNetworkInterfaceId.Malformed: Invalid id: \"nat\" (expecting \"eni-...\")",
        lab.api.error("ec2", "DescribeNetworkInterfaces", "{\"NetworkInterfaceIds\": [\"nat\"]}"));
  }
}
