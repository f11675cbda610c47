package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Account;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.SecurityGroup.Peer;
import dev.vpclab.model.ec2.SecurityGroup.Rule;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Security groups and their rules as EC2 returns them: describe-security-groups groups rules into
 * {@code IpPermissions} (one entry per protocol and port range, with all four peer lists present),
 * the SecurityGroupRules API lists one rule per peer (CLI examples of both commands).
 */
final class SecurityGroupJson {
  private SecurityGroupJson() {}

  static String arn(SecurityGroup group) {
    return "arn:aws:ec2:" + group.region() + ":" + Account.ID + ":security-group/" + group.id();
  }

  /** A group as describe-security-groups shows it. */
  static ObjectNode group(SecurityGroup group, View view) {
    ObjectNode json =
        Request.object()
            .put("GroupId", group.id())
            .put("GroupName", group.name())
            .put("Description", group.description())
            .put("OwnerId", Account.ID)
            .put("VpcId", group.vpcId())
            .put("SecurityGroupArn", arn(group));
    json.set("IpPermissions", permissions(group.ingress()));
    json.set("IpPermissionsEgress", permissions(group.egress()));
    return Ec2Json.withTags(json, view, group.id());
  }

  /** Rules grouped by protocol and ports, in the order each combination first appears. */
  static ArrayNode permissions(List<Rule> rules) {
    var byPorts = new LinkedHashMap<String, ObjectNode>();
    for (Rule rule : rules) {
      ObjectNode permission =
          byPorts.computeIfAbsent(
              rule.protocol() + "/" + rule.fromPort() + "/" + rule.toPort(),
              k -> emptyPermission(rule));
      if (rule.peer() instanceof Peer.ToCidr cidr) {
        ((ArrayNode) permission.get("IpRanges"))
            .add(described(Request.object().put("CidrIp", cidr.cidr().toString()), rule));
      } else if (rule.peer() instanceof Peer.ToGroup group) {
        ((ArrayNode) permission.get("UserIdGroupPairs"))
            .add(
                described(
                    Request.object().put("UserId", group.userId()).put("GroupId", group.groupId()),
                    rule));
      } else if (rule.peer() instanceof Peer.ToPrefixList list) {
        ((ArrayNode) permission.get("PrefixListIds"))
            .add(described(Request.object().put("PrefixListId", list.prefixListId()), rule));
      }
    }
    ArrayNode out = Request.array();
    byPorts.values().forEach(out::add);
    return out;
  }

  private static ObjectNode emptyPermission(Rule rule) {
    ObjectNode permission = Request.object().put("IpProtocol", rule.protocol());
    if (hasPorts(rule)) {
      permission.put("FromPort", rule.fromPort()).put("ToPort", rule.toPort());
    }
    permission.set("UserIdGroupPairs", Request.array());
    permission.set("IpRanges", Request.array());
    permission.set("Ipv6Ranges", Request.array());
    permission.set("PrefixListIds", Request.array());
    return permission;
  }

  /** EC2 leaves the ports out of permissions whose protocol has none. */
  private static boolean hasPorts(Rule rule) {
    return List.of("tcp", "udp", "icmp", "icmpv6").contains(rule.protocol());
  }

  private static ObjectNode described(ObjectNode json, Rule rule) {
    if (rule.description() != null) {
      json.put("Description", rule.description());
    }
    return json;
  }

  /** One rule as the SecurityGroupRules API (authorize, describe-security-group-rules) lists it. */
  static ObjectNode rule(SecurityGroup group, Rule rule, boolean egress) {
    ObjectNode json =
        Request.object()
            .put("SecurityGroupRuleId", rule.ruleId())
            .put("GroupId", group.id())
            .put("GroupOwnerId", Account.ID)
            .put("IsEgress", egress)
            .put("IpProtocol", rule.protocol())
            .put("FromPort", rule.fromPort())
            .put("ToPort", rule.toPort());
    if (rule.peer() instanceof Peer.ToCidr cidr) {
      json.put("CidrIpv4", cidr.cidr().toString());
    } else if (rule.peer() instanceof Peer.ToGroup peer) {
      json.set(
          "ReferencedGroupInfo",
          Request.object().put("GroupId", peer.groupId()).put("UserId", peer.userId()));
    } else if (rule.peer() instanceof Peer.ToPrefixList list) {
      json.put("PrefixListId", list.prefixListId());
    }
    return described(json, rule);
  }

  /** A revoked rule, as RevokeSecurityGroupIngress/Egress report it. */
  static ObjectNode revoked(SecurityGroup group, Rule rule, boolean egress) {
    ObjectNode json = rule(group, rule, egress);
    json.remove("GroupOwnerId");
    if (rule.peer() instanceof Peer.ToGroup peer) {
      json.remove("ReferencedGroupInfo");
      json.put("ReferencedGroupId", peer.groupId());
    }
    return json;
  }

  /**
   * {@code [{"GroupId": …, "GroupName": …}]}, as instances, interfaces and endpoints list groups.
   */
  static ArrayNode identifiers(View view, List<String> groupIds) {
    ArrayNode out = Request.array();
    for (String id : groupIds) {
      ObjectNode json = Request.object().put("GroupId", id);
      String name = SecurityGroupLookup.nameOf(view, id);
      if (name != null) {
        json.put("GroupName", name);
      }
      out.add(json);
    }
    return out;
  }
}
