package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.ec2.NetworkAcl;
import org.junit.jupiter.api.Test;

class NetworkAclsTest {
  private final NetFixture net = new NetFixture();
  private final String vpc = net.vpc("10.0.0.0/16");
  private final String subnet = net.subnet(vpc, "10.0.1.0/24");

  private String create() {
    return at(
        net.api.ok("ec2", "CreateNetworkAcl", "{\"VpcId\": \"%s\"}".formatted(vpc)),
        "NetworkAcl.NetworkAclId");
  }

  private JsonNode describe(String acl) {
    return net.api
        .ok("ec2", "DescribeNetworkAcls", "{\"NetworkAclIds\": [\"%s\"]}".formatted(acl))
        .get("NetworkAcls")
        .get(0);
  }

  private String defaultAcl() {
    return NetworkAcl.forSubnet(net.api.world(), subnet).orElseThrow().id();
  }

  private String associationOf(String subnetId) {
    return NetworkAcl.forSubnet(net.api.world(), subnetId).orElseThrow().associations().stream()
        .filter(a -> a.subnetId().equals(subnetId))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void aCustomAclDeniesEverythingAndHasNoSubnets() {
    var out = net.api.ok("ec2", "CreateNetworkAcl", "{\"VpcId\": \"%s\"}".formatted(vpc));
    var acl = out.get("NetworkAcl");
    // CLI-EX create-network-acl: the two * rules (32767, deny, protocol -1), Tags [].
    assertEquals(0, acl.get("Associations").size());
    assertEquals(0, acl.get("Tags").size());
    assertEquals("false", at(acl, "IsDefault"));
    assertEquals(2, acl.get("Entries").size());
    assertEquals("32767", at(acl, "Entries.0.RuleNumber"));
    assertEquals("true", at(acl, "Entries.0.Egress"));
    assertEquals("deny", at(acl, "Entries.0.RuleAction"));
    assertEquals("-1", at(acl, "Entries.0.Protocol"));
    assertEquals("0.0.0.0/0", at(acl, "Entries.0.CidrBlock"));
    assertEquals("false", at(acl, "Entries.1.Egress"));
    assertTrue(out.has("ClientToken"));
  }

  @Test
  void theDefaultAclAllowsEverythingAndListsItsSubnets() {
    var acl = describe(defaultAcl());
    // CLI-EX describe-network-acls: egress rules first, rule 100 allow, then the * rule.
    assertEquals("true", at(acl, "IsDefault"));
    assertEquals("100", at(acl, "Entries.0.RuleNumber"));
    assertEquals("allow", at(acl, "Entries.0.RuleAction"));
    assertEquals("true", at(acl, "Entries.0.Egress"));
    assertEquals("32767", at(acl, "Entries.1.RuleNumber"));
    assertEquals("false", at(acl, "Entries.2.Egress"));
    assertEquals(subnet, at(acl, "Associations.0.SubnetId"));
    assertTrue(at(acl, "Associations.0.NetworkAclAssociationId").startsWith("aclassoc-"));
    assertEquals(0, acl.get("Tags").size());
  }

  @Test
  void describeFilters() {
    String custom = create();
    var defaults =
        net.api.ok(
            "ec2",
            "DescribeNetworkAcls",
            ("{\"Filters\": [{\"Name\": \"vpc-id\", \"Values\": [\"%s\"]},"
                    + " {\"Name\": \"default\", \"Values\": [\"true\"]}]}")
                .formatted(vpc));
    assertEquals(1, defaults.get("NetworkAcls").size());
    var bySubnet =
        net.api.ok(
            "ec2",
            "DescribeNetworkAcls",
            "{\"Filters\": [{\"Name\": \"association.subnet-id\", \"Values\": [\"%s\"]}]}"
                .formatted(subnet));
    assertEquals(defaultAcl(), at(bySubnet, "NetworkAcls.0.NetworkAclId"));
    var byRule =
        net.api.ok(
            "ec2",
            "DescribeNetworkAcls",
            ("{\"Filters\": [{\"Name\": \"vpc-id\", \"Values\": [\"%s\"]},"
                    + " {\"Name\": \"entry.rule-number\", \"Values\": [\"100\"]}]}")
                .formatted(vpc));
    assertEquals(1, byRule.get("NetworkAcls").size());
    assertFalse(at(byRule, "NetworkAcls.0.NetworkAclId").equals(custom));
  }

  @Test
  void entriesWithPortsAndIcmp() {
    String acl = create();
    net.api.ok(
        "ec2",
        "CreateNetworkAclEntry",
        ("{\"NetworkAclId\": \"%s\", \"RuleNumber\": 100, \"Protocol\": \"tcp\", \"RuleAction\":"
                + " \"allow\", \"Egress\": false, \"CidrBlock\": \"0.0.0.0/0\", \"PortRange\":"
                + " {\"From\": 22, \"To\": 22}}")
            .formatted(acl));
    net.api.ok(
        "ec2",
        "CreateNetworkAclEntry",
        ("{\"NetworkAclId\": \"%s\", \"RuleNumber\": 110, \"Protocol\": \"1\", \"RuleAction\":"
                + " \"allow\", \"Egress\": false, \"CidrBlock\": \"10.0.0.0/16\", \"IcmpTypeCode\":"
                + " {\"Type\": -1, \"Code\": -1}}")
            .formatted(acl));
    var entries = describe(acl).get("Entries");
    // Egress * first, then ingress 100, 110, *: the API lists the protocol as a number string.
    assertEquals("100", at(entries, "1.RuleNumber"));
    assertEquals("6", at(entries, "1.Protocol"));
    assertEquals("22", at(entries, "1.PortRange.From"));
    assertEquals("22", at(entries, "1.PortRange.To"));
    assertEquals("1", at(entries, "2.Protocol"));
    assertEquals("-1", at(entries, "2.IcmpTypeCode.Type"));
    assertFalse(entries.get(2).has("PortRange"));
  }

  @Test
  void entryNumbersAreUniquePerDirection() {
    String acl = create();
    String entry =
        ("{\"NetworkAclId\": \"%s\", \"RuleNumber\": 100, \"Protocol\": \"-1\", \"RuleAction\":"
            + " \"allow\", \"Egress\": %s, \"CidrBlock\": \"0.0.0.0/0\"}");
    net.api.ok("ec2", "CreateNetworkAclEntry", entry.formatted(acl, "false"));
    net.api.ok("ec2", "CreateNetworkAclEntry", entry.formatted(acl, "true"));
    // Real message (AWS CloudFormation user guide quoting the EC2 error).
    assertEquals(
        "NetworkAclEntryAlreadyExists: The network acl entry identified by 100 already exists.",
        net.api.error("ec2", "CreateNetworkAclEntry", entry.formatted(acl, "false")));
  }

  @Test
  void entryValidation() {
    String acl = create();
    String entry =
        "{\"NetworkAclId\": \"%s\", \"RuleNumber\": %d, \"Protocol\": \"%s\", \"RuleAction\":"
            + " \"allow\", \"Egress\": false, \"CidrBlock\": \"0.0.0.0/0\"}";
    // Real message (a CloudFormation deployment log).
    assertEquals(
        "InvalidParameterValue: Value (32767) for parameter ruleNumber is invalid. Rulenumber must"
            + " be in range 1..32766",
        net.api.error("ec2", "CreateNetworkAclEntry", entry.formatted(acl, 32767, "-1")));
    // Real message (aws/aws-cli #508).
    assertEquals(
        "InvalidParameterValue: Invalid value 'gre' for IP protocol. Unknown protocol.",
        net.api.error("ec2", "CreateNetworkAclEntry", entry.formatted(acl, 100, "gre")));
    // EC2's message for the same omission in a security group rule.
    assertEquals(
        "InvalidParameterValue: Invalid value for portRange. Must specify both from and to ports"
            + " with TCP/UDP.",
        net.api.error("ec2", "CreateNetworkAclEntry", entry.formatted(acl, 100, "udp")));
    // Modelled on the port-range message (not seen from real AWS).
    assertEquals(
        "InvalidParameterValue: Invalid value for icmpTypeCode. Must specify both type and code"
            + " with ICMP.",
        net.api.error("ec2", "CreateNetworkAclEntry", entry.formatted(acl, 100, "icmp")));
  }

  @Test
  void replaceAndDeleteEntries() {
    String acl = create();
    String entry =
        "{\"NetworkAclId\": \"%s\", \"RuleNumber\": 100, \"Protocol\": \"-1\", \"RuleAction\":"
            + " \"%s\", \"Egress\": false, \"CidrBlock\": \"0.0.0.0/0\"}";
    // Real message of delete-network-acl-entry (terraform-provider-aws #12175).
    String missing = "InvalidNetworkAclEntry.NotFound: no ingress entry with number 100";
    assertEquals(
        missing, net.api.error("ec2", "ReplaceNetworkAclEntry", entry.formatted(acl, "allow")));
    net.api.ok("ec2", "CreateNetworkAclEntry", entry.formatted(acl, "allow"));
    net.api.ok("ec2", "ReplaceNetworkAclEntry", entry.formatted(acl, "deny"));
    assertEquals("deny", at(describe(acl), "Entries.1.RuleAction"));
    String delete = "{\"NetworkAclId\": \"%s\", \"RuleNumber\": 100, \"Egress\": false}";
    net.api.ok("ec2", "DeleteNetworkAclEntry", delete.formatted(acl));
    assertEquals(2, describe(acl).get("Entries").size());
    assertEquals(missing, net.api.error("ec2", "DeleteNetworkAclEntry", delete.formatted(acl)));
  }

  @Test
  void replaceAnAssociationMovesTheSubnet() {
    String custom = create();
    String old = associationOf(subnet);
    var out =
        net.api.ok(
            "ec2",
            "ReplaceNetworkAclAssociation",
            "{\"AssociationId\": \"%s\", \"NetworkAclId\": \"%s\"}".formatted(old, custom));
    // CLI-EX replace-network-acl-association: a new aclassoc- ID.
    String fresh = at(out, "NewAssociationId");
    assertTrue(fresh.matches("aclassoc-0[0-9a-f]{16}"));
    assertEquals(custom, NetworkAcl.forSubnet(net.api.world(), subnet).orElseThrow().id());
    // Pattern of EC2's NotFound messages for the old association.
    assertEquals(
        "InvalidAssociationID.NotFound: The association ID '" + old + "' does not exist",
        net.api.error(
            "ec2",
            "ReplaceNetworkAclAssociation",
            "{\"AssociationId\": \"%s\", \"NetworkAclId\": \"%s\"}".formatted(old, custom)));
  }

  @Test
  void anAclOfAnotherVpcCannotTakeTheSubnet() {
    String otherVpc = net.vpc("10.1.0.0/16");
    String foreign =
        at(
            net.api.ok("ec2", "CreateNetworkAcl", "{\"VpcId\": \"%s\"}".formatted(otherVpc)),
            "NetworkAcl.NetworkAclId");
    String association = associationOf(subnet);
    // Modelled on ec2-api's route-table wording (not seen from real AWS).
    assertEquals(
        "InvalidParameterValue: Network ACL association "
            + association
            + " and network ACL "
            + foreign
            + " belong to different networks",
        net.api.error(
            "ec2",
            "ReplaceNetworkAclAssociation",
            "{\"AssociationId\": \"%s\", \"NetworkAclId\": \"%s\"}"
                .formatted(association, foreign)));
  }

  @Test
  void deleteRules() {
    String defaultAcl = defaultAcl();
    // Wording cleanup scripts match in real errors.
    assertEquals(
        "InvalidParameterValue: cannot delete default network ACL " + defaultAcl,
        net.api.error(
            "ec2", "DeleteNetworkAcl", "{\"NetworkAclId\": \"%s\"}".formatted(defaultAcl)));
    String custom = create();
    net.api.ok(
        "ec2",
        "ReplaceNetworkAclAssociation",
        "{\"AssociationId\": \"%s\", \"NetworkAclId\": \"%s\"}"
            .formatted(associationOf(subnet), custom));
    // EC2's DependencyViolation wording for other resource types (not seen for ACLs).
    assertEquals(
        "DependencyViolation: The networkAcl '"
            + custom
            + "' has dependencies and cannot be"
            + " deleted.",
        net.api.error("ec2", "DeleteNetworkAcl", "{\"NetworkAclId\": \"%s\"}".formatted(custom)));
    net.api.ok(
        "ec2",
        "ReplaceNetworkAclAssociation",
        "{\"AssociationId\": \"%s\", \"NetworkAclId\": \"%s\"}"
            .formatted(associationOf(subnet), defaultAcl));
    net.api.ok("ec2", "DeleteNetworkAcl", "{\"NetworkAclId\": \"%s\"}".formatted(custom));
  }

  @Test
  void unknownAcl() {
    assertEquals(
        "InvalidNetworkAclID.NotFound: The networkAcl ID 'acl-0123456789abcdef0' does not exist",
        net.api.error("ec2", "DeleteNetworkAcl", "{\"NetworkAclId\": \"acl-0123456789abcdef0\"}"));
    // Code as the EC2 API's error-code list spells it.
    assertEquals(
        "InvalidNetworkAclId.Malformed: Invalid id: \"acl-1\" (expecting \"acl-...\")",
        net.api.error("ec2", "DeleteNetworkAcl", "{\"NetworkAclId\": \"acl-1\"}"));
  }

  @Test
  void actionAndAddressFamily() {
    String acl = create();
    // EC2's invalid-value pattern (not seen verbatim).
    assertEquals(
        "InvalidParameterValue: Value (permit) for parameter ruleAction is invalid.",
        net.api.error(
            "ec2",
            "CreateNetworkAclEntry",
            ("{\"NetworkAclId\": \"%s\", \"RuleNumber\": 100, \"Protocol\": \"-1\","
                    + " \"RuleAction\": \"permit\", \"Egress\": false, \"CidrBlock\": \"0.0.0.0/0\"}")
                .formatted(acl)));
    // vpclab's own refusal: IPv4 only.
    assertEquals(
        "UnsupportedOperation: vpclab simulates IPv4 network ACL entries only.",
        net.api.error(
            "ec2",
            "CreateNetworkAclEntry",
            ("{\"NetworkAclId\": \"%s\", \"RuleNumber\": 100, \"Protocol\": \"-1\","
                    + " \"RuleAction\": \"allow\", \"Egress\": false, \"Ipv6CidrBlock\": \"::/0\"}")
                .formatted(acl)));
  }
}
