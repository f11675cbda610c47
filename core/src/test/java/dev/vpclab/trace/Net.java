package dev.vpclab.trace;

import static dev.vpclab.cli.api.ApiTester.at;

import dev.vpclab.cli.api.ApiTester;
import dev.vpclab.model.World;
import dev.vpclab.model.catalog.Images;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds the networks the tracer's tests judge, through the operations a learner would call (in
 * us-east-2), and reads the resulting model back. Each method is one API call, or the few calls a
 * learner makes for one thing (a route table associated with a subnet).
 */
public final class Net {
  public static final String AL2 = "/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2";
  public static final String AL2023 =
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";

  /** The us-east-2 S3 prefix list, whose first CIDR is 52.219.80.0/20. */
  public static final String S3_PREFIX_LIST = "pl-7ba54012";

  public final ApiTester api = new ApiTester();

  public World world() {
    return api.world();
  }

  // ------------------------------------------------------------------ VPCs and subnets

  public String vpc(String cidr) {
    return at(api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"%s\"}".formatted(cidr)), "Vpc.VpcId");
  }

  public String subnet(String vpcId, String cidr) {
    return at(
        api.ok(
            "ec2",
            "CreateSubnet",
            "{\"VpcId\": \"%s\", \"CidrBlock\": \"%s\", \"AvailabilityZone\": \"us-east-2a\"}"
                .formatted(vpcId, cidr)),
        "Subnet.SubnetId");
  }

  public void name(String resourceId, String name) {
    api.ok(
        "ec2",
        "CreateTags",
        "{\"Resources\": [\"%s\"], \"Tags\": [{\"Key\": \"Name\", \"Value\": \"%s\"}]}"
            .formatted(resourceId, name));
  }

  public void dnsSupport(String vpcId, boolean on) {
    api.ok(
        "ec2",
        "ModifyVpcAttribute",
        "{\"VpcId\": \"%s\", \"EnableDnsSupport\": {\"Value\": %s}}".formatted(vpcId, on));
  }

  public void dnsHostnames(String vpcId, boolean on) {
    api.ok(
        "ec2",
        "ModifyVpcAttribute",
        "{\"VpcId\": \"%s\", \"EnableDnsHostnames\": {\"Value\": %s}}".formatted(vpcId, on));
  }

  // ------------------------------------------------------------------ gateways

  public String attachedIgw(String vpcId) {
    String igw =
        at(api.ok("ec2", "CreateInternetGateway", "{}"), "InternetGateway.InternetGatewayId");
    api.ok(
        "ec2",
        "AttachInternetGateway",
        "{\"InternetGatewayId\": \"%s\", \"VpcId\": \"%s\"}".formatted(igw, vpcId));
    return igw;
  }

  public void detachIgw(String igwId, String vpcId) {
    api.ok(
        "ec2",
        "DetachInternetGateway",
        "{\"InternetGatewayId\": \"%s\", \"VpcId\": \"%s\"}".formatted(igwId, vpcId));
  }

  /** A NAT gateway with a new Elastic IP. */
  public String natGateway(String subnetId) {
    String allocation =
        at(api.ok("ec2", "AllocateAddress", "{\"Domain\": \"vpc\"}"), "AllocationId");
    return at(
        api.ok(
            "ec2",
            "CreateNatGateway",
            "{\"SubnetId\": \"%s\", \"AllocationId\": \"%s\"}".formatted(subnetId, allocation)),
        "NatGateway.NatGatewayId");
  }

  public void deleteNatGateway(String natId) {
    api.ok("ec2", "DeleteNatGateway", "{\"NatGatewayId\": \"%s\"}".formatted(natId));
  }

  /** A gateway endpoint for S3 in us-east-2, with its route in the given tables. */
  public String s3Endpoint(String vpcId, String... routeTableIds) {
    return at(
        api.ok(
            "ec2",
            "CreateVpcEndpoint",
            "{\"VpcId\": \"%s\", \"ServiceName\": \"com.amazonaws.us-east-2.s3\", \"RouteTableIds\": %s}"
                .formatted(vpcId, jsonList(routeTableIds))),
        "VpcEndpoint.VpcEndpointId");
  }

  // ------------------------------------------------------------------ route tables

  /** A new route table, associated with {@code subnetIds}. */
  public String routeTable(String vpcId, String... subnetIds) {
    String table =
        at(
            api.ok("ec2", "CreateRouteTable", "{\"VpcId\": \"%s\"}".formatted(vpcId)),
            "RouteTable.RouteTableId");
    for (String subnet : subnetIds) {
      api.ok(
          "ec2",
          "AssociateRouteTable",
          "{\"RouteTableId\": \"%s\", \"SubnetId\": \"%s\"}".formatted(table, subnet));
    }
    return table;
  }

  public String mainRouteTable(String vpcId) {
    return world()
        .all(RouteTable.class)
        .filter(t -> t.vpcId().equals(vpcId) && t.isMain())
        .findFirst()
        .orElseThrow()
        .id();
  }

  /**
   * A route to {@code target}: its kind picks the member ({@code igw-} and {@code vpce-} are
   * GatewayId, {@code nat-} NatGatewayId).
   */
  public void route(String tableId, String cidr, String target) {
    createRoute(tableId, "\"DestinationCidrBlock\": \"" + cidr + "\"", target);
  }

  public void prefixListRoute(String tableId, String prefixListId, String target) {
    createRoute(tableId, "\"DestinationPrefixListId\": \"" + prefixListId + "\"", target);
  }

  private void createRoute(String tableId, String destination, String target) {
    String member = target.startsWith("nat-") ? "NatGatewayId" : "GatewayId";
    api.ok(
        "ec2",
        "CreateRoute",
        "{\"RouteTableId\": \"%s\", %s, \"%s\": \"%s\"}"
            .formatted(tableId, destination, member, target));
  }

  public void deleteRoute(String tableId, String cidr) {
    api.ok(
        "ec2",
        "DeleteRoute",
        "{\"RouteTableId\": \"%s\", \"DestinationCidrBlock\": \"%s\"}".formatted(tableId, cidr));
  }

  public RouteTable table(String tableId) {
    return world().find(RouteTable.class, tableId).orElseThrow();
  }

  // ------------------------------------------------------------------ network ACLs

  /**
   * A custom network ACL (it denies everything until rules are added), used by {@code subnetIds}.
   */
  public String networkAcl(String vpcId, String... subnetIds) {
    String acl =
        at(
            api.ok("ec2", "CreateNetworkAcl", "{\"VpcId\": \"%s\"}".formatted(vpcId)),
            "NetworkAcl.NetworkAclId");
    for (String subnet : subnetIds) {
      String association =
          NetworkAcl.forSubnet(world(), subnet).orElseThrow().associations().stream()
              .filter(a -> a.subnetId().equals(subnet))
              .findFirst()
              .orElseThrow()
              .id();
      api.ok(
          "ec2",
          "ReplaceNetworkAclAssociation",
          "{\"AssociationId\": \"%s\", \"NetworkAclId\": \"%s\"}".formatted(association, acl));
    }
    return acl;
  }

  /**
   * One ACL rule. {@code ports} is {@code "from-to"}, or null for a protocol without ports.
   *
   * @param action {@code allow} or {@code deny}
   */
  public void aclEntry(
      String aclId,
      int number,
      boolean egress,
      String protocol,
      String action,
      String cidr,
      String ports) {
    String portRange = "";
    if (ports != null) {
      String[] fromTo = ports.split("-");
      portRange =
          ", \"PortRange\": {\"From\": %s, \"To\": %s}"
              .formatted(fromTo[0], fromTo.length > 1 ? fromTo[1] : fromTo[0]);
    }
    String icmp = protocol.equals("1") ? ", \"IcmpTypeCode\": {\"Type\": -1, \"Code\": -1}" : "";
    api.ok(
        "ec2",
        "CreateNetworkAclEntry",
        ("{\"NetworkAclId\": \"%s\", \"RuleNumber\": %d, \"Egress\": %s, \"Protocol\": \"%s\","
                + " \"RuleAction\": \"%s\", \"CidrBlock\": \"%s\"%s%s}")
            .formatted(aclId, number, egress, protocol, action, cidr, portRange, icmp));
  }

  public NetworkAcl acl(String aclId) {
    return world().find(NetworkAcl.class, aclId).orElseThrow();
  }

  // ------------------------------------------------------------------ security groups

  public String securityGroup(String vpcId, String name) {
    return at(
        api.ok(
            "ec2",
            "CreateSecurityGroup",
            "{\"GroupName\": \"%s\", \"Description\": \"%s\", \"VpcId\": \"%s\"}"
                .formatted(name, name, vpcId)),
        "GroupId");
  }

  /** Allows TCP {@code from}-{@code to} in from a CIDR. */
  public void allowIn(String groupId, int from, int to, String cidr) {
    allowIn(groupId, "tcp", from, to, cidr);
  }

  /** Allows a protocol in from a CIDR; ports are -1 for a protocol without them. */
  public void allowIn(String groupId, String protocol, int from, int to, String cidr) {
    authorize("Ingress", groupId, protocol, from, to, cidrPeer(cidr));
  }

  /** Allows TCP {@code from}-{@code to} in from members of another group. */
  public void allowInFromGroup(String groupId, int from, int to, String sourceGroupId) {
    authorize(
        "Ingress",
        groupId,
        "tcp",
        from,
        to,
        "\"UserIdGroupPairs\": [{\"GroupId\": \"" + sourceGroupId + "\"}]");
  }

  /** Allows TCP {@code from}-{@code to} out to a managed prefix list. */
  public void allowOutToPrefixList(String groupId, int from, int to, String prefixListId) {
    authorize(
        "Egress",
        groupId,
        "tcp",
        from,
        to,
        "\"PrefixListIds\": [{\"PrefixListId\": \"" + prefixListId + "\"}]");
  }

  /** Removes the all-traffic egress rule every new group starts with. */
  public void revokeDefaultEgress(String groupId) {
    api.ok(
        "ec2",
        "RevokeSecurityGroupEgress",
        ("{\"GroupId\": \"%s\", \"IpPermissions\": [{\"IpProtocol\": \"-1\","
                + " \"IpRanges\": [{\"CidrIp\": \"0.0.0.0/0\"}]}]}")
            .formatted(groupId));
  }

  private void authorize(
      String direction, String groupId, String protocol, int from, int to, String peer) {
    String ports = from == -1 ? "" : ", \"FromPort\": %d, \"ToPort\": %d".formatted(from, to);
    api.ok(
        "ec2",
        "AuthorizeSecurityGroup" + direction,
        "{\"GroupId\": \"%s\", \"IpPermissions\": [{\"IpProtocol\": \"%s\"%s, %s}]}"
            .formatted(groupId, protocol, ports, peer));
  }

  private static String cidrPeer(String cidr) {
    return "\"IpRanges\": [{\"CidrIp\": \"" + cidr + "\"}]";
  }

  public SecurityGroup group(String groupId) {
    return world().find(SecurityGroup.class, groupId).orElseThrow();
  }

  public List<SecurityGroup> groups(String... groupIds) {
    return List.of(groupIds).stream().map(this::group).toList();
  }

  // ------------------------------------------------------------------ instances

  public String keyPair(String name) {
    return at(api.ok("ec2", "CreateKeyPair", "{\"KeyName\": \"%s\"}".formatted(name)), "KeyName");
  }

  /** Launch options beyond the subnet and groups; each is a member of RunInstances. */
  public record Launch(String amiParameter, boolean publicIp, String keyName, String extraJson) {
    public static Launch al2() {
      return new Launch(AL2, false, null, "");
    }

    public Launch withPublicIp() {
      return new Launch(amiParameter, true, keyName, extraJson);
    }

    public Launch withKey(String name) {
      return new Launch(amiParameter, publicIp, name, extraJson);
    }

    public Launch al2023() {
      return new Launch(AL2023, publicIp, keyName, extraJson);
    }

    public Launch with(String json) {
      return new Launch(amiParameter, publicIp, keyName, json);
    }
  }

  /** A running instance in a subnet with the given groups (the VPC's default group when none). */
  public Instance instance(String subnetId, Launch launch, String... groupIds) {
    String image =
        Images.catalog().bySsmParameter("us-east-2", launch.amiParameter()).orElseThrow().id();
    String groups = groupIds.length == 0 ? "" : ", \"Groups\": " + jsonList(groupIds);
    String placement =
        launch.publicIp()
            ? "\"NetworkInterfaces\": [{\"DeviceIndex\": 0, \"SubnetId\": \"%s\", \"AssociatePublicIpAddress\": true%s}]"
                .formatted(subnetId, groups)
            : "\"SubnetId\": \"%s\"%s"
                .formatted(
                    subnetId,
                    groupIds.length == 0 ? "" : ", \"SecurityGroupIds\": " + jsonList(groupIds));
    String key = launch.keyName() == null ? "" : ", \"KeyName\": \"" + launch.keyName() + "\"";
    String extra = launch.extraJson().isEmpty() ? "" : ", " + launch.extraJson();
    String id =
        at(
            api.ok(
                "ec2",
                "RunInstances",
                ("{\"ImageId\": \"%s\", \"InstanceType\": \"t2.micro\", \"MinCount\": 1,"
                        + " \"MaxCount\": 1, %s%s%s}")
                    .formatted(image, placement, key, extra)),
            "Instances.0.InstanceId");
    return instance(id);
  }

  public Instance instance(String instanceId) {
    return world().find(Instance.class, instanceId).orElseThrow();
  }

  public Subnet subnetOf(Instance instance) {
    return world().find(Subnet.class, instance.subnetId()).orElseThrow();
  }

  // ------------------------------------------------------------------ IAM

  public static final String EC2_TRUST =
      "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\","
          + "\\\"Principal\\\":{\\\"Service\\\":\\\"ec2.amazonaws.com\\\"},"
          + "\\\"Action\\\":\\\"sts:AssumeRole\\\"}]}";

  public static final String LAMBDA_TRUST =
      EC2_TRUST.replace("ec2.amazonaws.com", "lambda.amazonaws.com");

  public void role(String name, String trustPolicy) {
    api.ok(
        "iam",
        "CreateRole",
        "{\"RoleName\": \"%s\", \"AssumeRolePolicyDocument\": \"%s\"}"
            .formatted(name, trustPolicy));
  }

  /** An instance profile holding {@code roleName} (none when null). */
  public void instanceProfile(String name, String roleName) {
    api.ok("iam", "CreateInstanceProfile", "{\"InstanceProfileName\": \"%s\"}".formatted(name));
    if (roleName != null) {
      api.ok(
          "iam",
          "AddRoleToInstanceProfile",
          "{\"InstanceProfileName\": \"%s\", \"RoleName\": \"%s\"}".formatted(name, roleName));
    }
  }

  public void associateProfile(String instanceId, String profileName) {
    api.ok(
        "ec2",
        "AssociateIamInstanceProfile",
        "{\"InstanceId\": \"%s\", \"IamInstanceProfile\": {\"Name\": \"%s\"}}"
            .formatted(instanceId, profileName));
  }

  private static String jsonList(String... values) {
    return List.of(values).stream()
        .map(v -> "\"" + v + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
