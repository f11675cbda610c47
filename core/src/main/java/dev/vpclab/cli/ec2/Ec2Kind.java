package dev.vpclab.cli.ec2;

import dev.vpclab.cli.api.ServiceFault;
import java.util.List;

/**
 * How EC2 names and reports each kind of resource: its ID prefix and the errors for an unknown or
 * malformed ID. Messages follow real AWS output (aws-facts.md section 11) where it was seen and the
 * same pattern elsewhere.
 */
public enum Ec2Kind {
  VPC("vpc", "InvalidVpcID", "The vpc ID '%s' does not exist"),
  SUBNET("subnet", "InvalidSubnetID", "The subnet ID '%s' does not exist"),
  // Malformed-ID codes spelled as the EC2 API's error-code list spells them ("Id", not "ID").
  INTERNET_GATEWAY(
      "igw",
      "InvalidInternetGatewayID",
      "InvalidInternetGatewayId",
      "The internetGateway ID '%s' does not exist"),
  ROUTE_TABLE(
      "rtb", "InvalidRouteTableID", "InvalidRouteTableId", "The routeTable ID '%s' does not exist"),
  NETWORK_ACL(
      "acl", "InvalidNetworkAclID", "InvalidNetworkAclId", "The networkAcl ID '%s' does not exist"),
  /**
   * Unknown groups are {@code InvalidGroup.NotFound}, malformed IDs {@code
   * InvalidGroupId.Malformed}.
   */
  SECURITY_GROUP("sg", "InvalidGroup", "InvalidGroupId", "The security group '%s' does not exist"),
  /** Message as moto words it; no real transcript was found. */
  SECURITY_GROUP_RULE(
      "sgr", "InvalidSecurityGroupRuleId", "The security group rule ID '%s' does not exist"),
  /**
   * Codes without the usual Invalid prefix (EC2 error-code list); the NotFound message is real
   * (DescribeNatGateways log with request IDs in gruntwork-io/cloud-nuke #325).
   */
  NAT_GATEWAY("nat", "NatGatewayNotFound", "NAT gateway %s was not found") {
    @Override
    public ServiceFault malformed(String id) {
      return new ServiceFault("NatGatewayMalformed", super.malformed(id).getMessage());
    }
  },
  /**
   * EC2 publishes no malformed code for allocation IDs: describe-addresses with an {@code
   * eipassoc-…} ID answers NotFound (two real CLI transcripts).
   */
  ELASTIC_IP("eipalloc", "InvalidAllocationID", "The allocation ID '%s' does not exist") {
    @Override
    public boolean refusesMalformed() {
      return false;
    }
  },
  INSTANCE("i", "InvalidInstanceID", "The instance ID '%s' does not exist") {
    /** Real AWS lists every unknown instance: {@code The instance IDs 'i-a, i-b' do not exist}. */
    @Override
    public ServiceFault notFound(List<String> ids) {
      return ids.size() == 1
          ? notFound(ids.get(0))
          : new ServiceFault(
              "InvalidInstanceID.NotFound",
              "The instance IDs '" + String.join(", ", ids) + "' do not exist");
    }

    /**
     * Instance IDs are refused without the expected form: {@code Invalid id: "ma1"}
     * (ClusterLabs/cluster-glue #29, aws-quickstart/quickstart-confluent-kafka #50).
     */
    @Override
    public ServiceFault malformed(String id) {
      return new ServiceFault("InvalidInstanceID.Malformed", "Invalid id: \"" + id + "\"");
    }
  },
  NETWORK_INTERFACE(
      "eni",
      "InvalidNetworkInterfaceID",
      "InvalidNetworkInterfaceId",
      "The networkInterface ID '%s' does not exist"),
  /** Message as moto words it; no real transcript was found. */
  PROFILE_ASSOCIATION(
      "iip-assoc", "InvalidAssociationID", "An invalid association-id of '%s' was given"),
  VPC_ENDPOINT("vpce", "InvalidVpcEndpointId", "The Vpc Endpoint Id '%s' does not exist"),
  IMAGE("ami", "InvalidAMIID", "The image id '[%s]' does not exist"),
  KEY_PAIR("key", "InvalidKeyPair", "The key pair '%s' does not exist"),
  // The three association kinds share one code; the message follows EC2's usual pattern (not
  // seen verbatim in a real transcript).
  ROUTE_TABLE_ASSOCIATION(
      "rtbassoc", "InvalidAssociationID", "The association ID '%s' does not exist"),
  NETWORK_ACL_ASSOCIATION(
      "aclassoc", "InvalidAssociationID", "The association ID '%s' does not exist"),
  ADDRESS_ASSOCIATION("eipassoc", "InvalidAssociationID", "The association ID '%s' does not exist");

  private final String prefix;
  private final String codeStem;
  private final String malformedStem;
  private final String notFoundMessage;

  Ec2Kind(String prefix, String codeStem, String notFoundMessage) {
    this(prefix, codeStem, codeStem, notFoundMessage);
  }

  Ec2Kind(String prefix, String codeStem, String malformedStem, String notFoundMessage) {
    this.prefix = prefix;
    this.codeStem = codeStem;
    this.malformedStem = malformedStem;
    this.notFoundMessage = notFoundMessage;
  }

  public String prefix() {
    return prefix;
  }

  /** {@code InvalidVpcID.NotFound: The vpc ID 'vpc-…' does not exist}. */
  public ServiceFault notFound(String id) {
    String code = codeStem.endsWith("NotFound") ? codeStem : codeStem + ".NotFound";
    return new ServiceFault(code, String.format(notFoundMessage, id));
  }

  /** Several unknown IDs at once: AWS names the first one it checked. */
  public ServiceFault notFound(List<String> ids) {
    return notFound(ids.get(0));
  }

  /** {@code InvalidVpcID.Malformed: Invalid id: "foo" (expecting "vpc-...")}. */
  public ServiceFault malformed(String id) {
    return new ServiceFault(
        malformedStem + ".Malformed",
        "Invalid id: \"" + id + "\" (expecting \"" + prefix + "-...\")");
  }

  /** Whether a lookup refuses an ID of the wrong shape before looking for it. */
  public boolean refusesMalformed() {
    return true;
  }

  /** Whether an ID has this kind's shape: the prefix, a dash, 8 or 17 hex digits. */
  public boolean isWellFormed(String id) {
    if (!id.startsWith(prefix + "-")) {
      return false;
    }
    String digits = id.substring(prefix.length() + 1);
    return (digits.length() == 8 || digits.length() == 17)
        && digits.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }
}
