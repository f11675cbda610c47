package dev.vpclab.iam.action;

import dev.vpclab.model.Account;
import dev.vpclab.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * EC2's operations: the action is {@code ec2:} and the operation's name. Describe and Get calls
 * take no resource-level permissions, and EC2 names no resource when it refuses them (real output:
 * {@code …is not authorized to perform: ec2:DescribeInstances because no identity-based policy
 * allows…}). The others are authorized here on their primary resource, {@code
 * arn:aws:ec2:REGION:ACCOUNT:TYPE/ID}, or {@code TYPE/*} for one being created (real output names
 * {@code arn:aws:ec2:us-east-1:…:instance/*} for RunInstances); resource types and ARN forms are
 * those of the Service Authorization Reference, Amazon EC2. Real EC2 authorizes such calls on every
 * resource they touch (RunInstances also on the subnet, groups, image, key pair…); vpclab checks
 * the one the call is about.
 */
final class Ec2Actions implements ServiceActions {

  /** The resource a call is about: its type and the parameter holding its ID(s), if it exists. */
  private record Primary(String type, String idParam) {}

  private static final Map<String, Primary> PRIMARY = primaryResources();

  /** ID prefixes of the resources CreateTags and DeleteTags may name. */
  private static final Map<String, String> TYPES_BY_PREFIX =
      Map.ofEntries(
          Map.entry("vpc", "vpc"),
          Map.entry("subnet", "subnet"),
          Map.entry("rtb", "route-table"),
          Map.entry("igw", "internet-gateway"),
          Map.entry("nat", "natgateway"),
          Map.entry("acl", "network-acl"),
          Map.entry("sg", "security-group"),
          Map.entry("eipalloc", "elastic-ip"),
          Map.entry("i", "instance"),
          Map.entry("vpce", "vpc-endpoint"),
          Map.entry("eni", "network-interface"),
          Map.entry("key", "key-pair"));

  private static Map<String, Primary> primaryResources() {
    var table = new HashMap<String, Primary>();
    about(table, "vpc", "VpcId", "DeleteVpc", "ModifyVpcAttribute");
    about(table, "subnet", "SubnetId", "DeleteSubnet", "ModifySubnetAttribute");
    about(
        table,
        "route-table",
        "RouteTableId",
        "AssociateRouteTable",
        "CreateRoute",
        "DeleteRoute",
        "ReplaceRoute",
        "DeleteRouteTable",
        "ReplaceRouteTableAssociation");
    about(
        table,
        "internet-gateway",
        "InternetGatewayId",
        "AttachInternetGateway",
        "DetachInternetGateway",
        "DeleteInternetGateway");
    about(table, "natgateway", "NatGatewayId", "DeleteNatGateway");
    about(
        table,
        "network-acl",
        "NetworkAclId",
        "CreateNetworkAclEntry",
        "DeleteNetworkAclEntry",
        "ReplaceNetworkAclEntry",
        "ReplaceNetworkAclAssociation",
        "DeleteNetworkAcl");
    about(
        table,
        "security-group",
        "GroupId",
        "AuthorizeSecurityGroupIngress",
        "AuthorizeSecurityGroupEgress",
        "RevokeSecurityGroupIngress",
        "RevokeSecurityGroupEgress",
        "DeleteSecurityGroup");
    about(table, "elastic-ip", "AllocationId", "AssociateAddress", "ReleaseAddress");
    about(table, "key-pair", "KeyName", "CreateKeyPair", "ImportKeyPair", "DeleteKeyPair");
    about(
        table, "instance", "InstanceId", "AssociateIamInstanceProfile", "ModifyInstanceAttribute");
    about(
        table,
        "instance",
        "InstanceIds",
        "StartInstances",
        "StopInstances",
        "RebootInstances",
        "TerminateInstances");
    about(table, "vpc-endpoint", "VpcEndpointId", "ModifyVpcEndpoint");
    about(table, "vpc-endpoint", "VpcEndpointIds", "DeleteVpcEndpoints");
    // Created, or named by an association ID: the type with a wildcard.
    about(table, "vpc", null, "CreateVpc");
    about(table, "subnet", null, "CreateSubnet");
    about(table, "route-table", null, "CreateRouteTable", "DisassociateRouteTable");
    about(table, "internet-gateway", null, "CreateInternetGateway");
    about(table, "natgateway", null, "CreateNatGateway");
    about(table, "network-acl", null, "CreateNetworkAcl");
    about(table, "security-group", null, "CreateSecurityGroup");
    about(table, "elastic-ip", null, "AllocateAddress", "DisassociateAddress");
    about(
        table,
        "instance",
        null,
        "RunInstances",
        "DisassociateIamInstanceProfile",
        "ReplaceIamInstanceProfileAssociation");
    about(table, "vpc-endpoint", null, "CreateVpcEndpoint");
    return Map.copyOf(table);
  }

  private static void about(
      Map<String, Primary> table, String type, String idParam, String... operations) {
    for (String operation : operations) {
      table.put(operation, new Primary(type, idParam));
    }
  }

  @Override
  public Target target(ApiCall call, View view) {
    String action = "ec2:" + call.operation();
    if (call.operation().equals("CreateTags") || call.operation().equals("DeleteTags")) {
      return Target.on(action, tagged(call));
    }
    Primary primary = PRIMARY.get(call.operation());
    if (primary == null) {
      return Target.on(action, TargetResource.ANY);
    }
    List<String> ids = primary.idParam() == null ? List.of() : call.params(primary.idParam());
    if (ids.isEmpty()) {
      return Target.on(action, TargetResource.of(arn(call, primary.type(), "*")));
    }
    var resources = new ArrayList<TargetResource>();
    ids.forEach(id -> resources.add(TargetResource.of(arn(call, primary.type(), id))));
    return Target.on(action, resources);
  }

  private static List<TargetResource> tagged(ApiCall call) {
    var out = new ArrayList<TargetResource>();
    for (String id : call.params("Resources")) {
      String type = TYPES_BY_PREFIX.get(id.contains("-") ? id.substring(0, id.indexOf('-')) : id);
      out.add(type == null ? TargetResource.ANY : TargetResource.of(arn(call, type, id)));
    }
    return out.isEmpty() ? List.of(TargetResource.ANY) : out;
  }

  private static String arn(ApiCall call, String type, String id) {
    return "arn:aws:ec2:" + call.region() + ":" + Account.ID + ":" + type + "/" + id;
  }
}
