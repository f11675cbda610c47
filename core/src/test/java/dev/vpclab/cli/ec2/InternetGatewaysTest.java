package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InternetGatewaysTest {
  private final NetFixture net = new NetFixture();
  private final String vpc = net.vpc("10.0.0.0/16");

  private String attach(String igw, String vpcId) {
    return "{\"InternetGatewayId\": \"%s\", \"VpcId\": \"%s\"}".formatted(igw, vpcId);
  }

  @Test
  void createShowsNoAttachments() {
    var out =
        net.api.ok(
            "ec2",
            "CreateInternetGateway",
            "{\"TagSpecifications\": [{\"ResourceType\": \"internet-gateway\", \"Tags\":"
                + " [{\"Key\": \"Name\", \"Value\": \"my-igw\"}]}]}");
    // CLI-EX create-internet-gateway: Attachments [], OwnerId, Tags.
    assertEquals(0, out.get("InternetGateway").get("Attachments").size());
    assertEquals("123456789012", at(out, "InternetGateway.OwnerId"));
    assertEquals("my-igw", at(out, "InternetGateway.Tags.0.Value"));
    assertEquals(
        "Attachments", out.get("InternetGateway").fieldNames().next(), "botocore member order");
  }

  @Test
  void attachedGatewayIsDescribedAsAvailable() {
    String igw = net.attachedIgw(vpc);
    var out =
        net.api.ok(
            "ec2",
            "DescribeInternetGateways",
            "{\"Filters\": [{\"Name\": \"attachment.vpc-id\", \"Values\": [\"%s\"]}]}"
                .formatted(vpc));
    assertEquals(1, out.get("InternetGateways").size());
    assertEquals(igw, at(out, "InternetGateways.0.InternetGatewayId"));
    // CLI-EX describe-internet-gateways: an attachment's State is "available".
    assertEquals("available", at(out, "InternetGateways.0.Attachments.0.State"));
    // Real create-internet-gateway transcripts print "Tags": [] for an untagged gateway.
    assertEquals(0, out.get("InternetGateways").get(0).get("Tags").size());
    var byState =
        net.api.ok(
            "ec2",
            "DescribeInternetGateways",
            "{\"InternetGatewayIds\": [\"%s\"], \"Filters\": [{\"Name\": \"attachment.state\","
                    .formatted(igw)
                + " \"Values\": [\"available\"]}]}");
    assertEquals(1, byState.get("InternetGateways").size());
  }

  @Test
  void aGatewayAttachesToOneVpcAndAVpcHasOneGateway() {
    String igw = net.attachedIgw(vpc);
    String other = net.vpc("10.1.0.0/16");
    // Real messages: aws-sdk log in berlioz #1; terraform log with request ID.
    assertEquals(
        "Resource.AlreadyAssociated: resource " + igw + " is already attached to network " + vpc,
        net.api.error("ec2", "AttachInternetGateway", attach(igw, other)));
    assertEquals(
        "InvalidParameterValue: Network " + vpc + " already has an internet gateway attached",
        net.api.error("ec2", "AttachInternetGateway", attach(net.igw(), vpc)));
  }

  @Test
  void detachFromAnotherVpcIsRefused() {
    String igw = net.igw();
    // Wording mirrors the real attach message (not seen verbatim).
    assertEquals(
        "Gateway.NotAttached: resource " + igw + " is not attached to network " + vpc,
        net.api.error("ec2", "DetachInternetGateway", attach(igw, vpc)));
  }

  @Test
  void detachRefusedWhilePublicAddressesAreMapped() {
    String igw = net.attachedIgw(vpc);
    String subnet = net.subnet(vpc, "10.0.1.0/24");
    String instance = net.instance(subnet, true).id();
    // Real message (aws-facts.md sections 6 and 11).
    String refusal =
        "DependencyViolation: Network "
            + vpc
            + " has some mapped public address(es). Please unmap those public address(es) before"
            + " detaching the gateway.";
    assertEquals(refusal, net.api.error("ec2", "DetachInternetGateway", attach(igw, vpc)));
    net.instanceState(instance, dev.vpclab.model.ec2.Instance.State.STOPPED);
    // A NAT gateway's Elastic IP is a mapped address too.
    String nat = net.natGateway(subnet, net.eip());
    assertEquals(refusal, net.api.error("ec2", "DetachInternetGateway", attach(igw, vpc)));
    net.api.ok("ec2", "DeleteNatGateway", "{\"NatGatewayId\": \"%s\"}".formatted(nat));
    net.api.ok("ec2", "DetachInternetGateway", attach(igw, vpc));
  }

  @Test
  void deleteRefusedWhileAttached() {
    String igw = net.attachedIgw(vpc);
    // Real message (aws-facts.md section 11).
    assertEquals(
        "DependencyViolation: The internetGateway '"
            + igw
            + "' has dependencies and cannot be"
            + " deleted.",
        net.api.error(
            "ec2", "DeleteInternetGateway", "{\"InternetGatewayId\": \"%s\"}".formatted(igw)));
    net.api.ok("ec2", "DetachInternetGateway", attach(igw, vpc));
    net.api.ok("ec2", "DeleteInternetGateway", "{\"InternetGatewayId\": \"%s\"}".formatted(igw));
  }

  @Test
  void unknownGateway() {
    // Ec2Kind's NotFound pattern; a real message with the same wording appears in public test code.
    assertEquals(
        "InvalidInternetGatewayID.NotFound: The internetGateway ID 'igw-0123456789abcdef0' does"
            + " not exist",
        net.api.error("ec2", "AttachInternetGateway", attach("igw-0123456789abcdef0", vpc)));
    // Code as the EC2 API's error-code list spells it.
    assertEquals(
        "InvalidInternetGatewayId.Malformed: Invalid id: \"igw-1\" (expecting \"igw-...\")",
        net.api.error("ec2", "DeleteInternetGateway", "{\"InternetGatewayId\": \"igw-1\"}"));
  }

  @Test
  void attachSpellsTheMalformedVpcCodeItsOwnWay() {
    String igw = net.igw();
    // Real error quoted in aws-controllers-k8s/ec2-controller's e2e tests.
    assertEquals(
        "InvalidVpcId.Malformed: Invalid id: \"MalformedVpcId\" (expecting \"vpc-...\")",
        net.api.error("ec2", "AttachInternetGateway", attach(igw, "MalformedVpcId")));
  }
}
