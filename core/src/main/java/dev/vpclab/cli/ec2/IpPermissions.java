package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.View;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.SecurityGroup.Peer;
import dev.vpclab.model.ec2.SecurityGroup.Rule;
import dev.vpclab.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API's {@code IpPermissions} as security group rules: one rule per peer (CIDR, group or prefix
 * list), protocols and ports checked and normalised the way EC2 does. Messages are real EC2 output
 * where one was seen (aws-cli #1066, #2846, terraform-provider-aws #1793, public SDK transcripts).
 */
final class IpPermissions {
  /** Protocol numbers EC2 shows by name. */
  private static final Map<String, String> NAMED =
      Map.of("6", "tcp", "17", "udp", "1", "icmp", "58", "icmpv6");

  private IpPermissions() {}

  /** The rules the request's permissions ask for, without IDs yet, in the order given. */
  static List<Rule> parse(Request request, View view, SecurityGroup group) {
    List<JsonNode> permissions = request.list("IpPermissions");
    if (permissions.isEmpty()) {
      throw new ServiceFault(
          "MissingParameter", "The request must contain the parameter ipPermissions");
    }
    var rules = new ArrayList<Rule>();
    for (JsonNode permission : permissions) {
      if (!permission.hasNonNull("IpProtocol")) {
        // Real EC2 refusal (nanovms/ops #735); the CLI's --port and --cidr without --protocol.
        throw new ServiceFault(
            "InvalidParameterValue",
            "Invalid value 'null' for protocol. VPC security group rules must specify protocols"
                + " explicitly.");
      }
      String protocol = protocol(permission.get("IpProtocol").asText());
      int[] ports = ports(protocol, permission);
      List<Peer> peers = new ArrayList<>();
      List<String> descriptions = new ArrayList<>();
      for (JsonNode range : permission.path("IpRanges")) {
        String text = range.path("CidrIp").asText("");
        peers.add(
            new Peer.ToCidr(
                Cidr.parse(text)
                    .orElseThrow(
                        () ->
                            new ServiceFault(
                                "InvalidParameterValue", "CIDR block " + text + " is malformed"))));
        descriptions.add(description(range));
      }
      for (JsonNode pair : permission.path("UserIdGroupPairs")) {
        peers.add(groupPeer(pair, view, group, request.region()));
        descriptions.add(description(pair));
      }
      for (JsonNode list : permission.path("PrefixListIds")) {
        peers.add(prefixListPeer(list.path("PrefixListId").asText(""), request.region()));
        descriptions.add(description(list));
      }
      if (permission.path("Ipv6Ranges").size() > 0) {
        throw new ServiceFault(
            "InvalidParameterValue",
            "vpclab does not simulate IPv6: Ipv6Ranges rules are not supported");
      }
      // A permission without a peer is accepted and adds nothing (aws-cli #7069: --protocol and
      // --port without --cidr answer {"Return": true, "SecurityGroupRules": []}).
      for (int i = 0; i < peers.size(); i++) {
        rules.add(new Rule(null, protocol, ports[0], ports[1], peers.get(i), descriptions.get(i)));
      }
    }
    return rules;
  }

  /** {@code -1}, a name, or a protocol number; numbers of named protocols become the name. */
  static String protocol(String raw) {
    String value = raw.toLowerCase();
    if (value.equals("-1") || NAMED.containsValue(value)) {
      return value;
    }
    if (value.matches("\\d{1,3}") && Integer.parseInt(value) <= 255) {
      String number = String.valueOf(Integer.parseInt(value));
      return NAMED.getOrDefault(number, number);
    }
    throw new ServiceFault(
        "InvalidParameterValue", "Invalid value '" + raw + "' for IP protocol. Unknown protocol.");
  }

  private static int[] ports(String protocol, JsonNode permission) {
    Integer from = permission.hasNonNull("FromPort") ? permission.get("FromPort").asInt() : null;
    Integer to = permission.hasNonNull("ToPort") ? permission.get("ToPort").asInt() : null;
    switch (protocol) {
      case "tcp", "udp" -> {
        if (from == null || to == null) {
          // Real EC2 wording (chef-provisioning-aws #183, aws-sdk-go-v2 #1203).
          throw new ServiceFault(
              "InvalidParameterValue",
              "Invalid value 'Must specify both from and to ports with TCP/UDP.' for portRange.");
        }
        checkRange("TCP/UDP (from) port", from, 0, 65535);
        checkRange("TCP/UDP (to) port", to, 0, 65535);
        if (from > to) {
          // OpenStack ec2-api's copy of EC2's wording; not seen from real EC2.
          throw new ServiceFault("InvalidParameterValue", "Invalid TCP/UDP port range");
        }
        return new int[] {from, to};
      }
      case "icmp", "icmpv6" -> {
        int type = from == null ? -1 : from;
        int code = to == null ? -1 : to;
        checkRange("ICMP type", type, -1, 255);
        checkRange("ICMP code", code, -1, 255);
        return new int[] {type, code};
      }
      default -> {
        return new int[] {-1, -1};
      }
    }
  }

  private static void checkRange(String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw new ServiceFault("InvalidParameterValue", what + " (" + value + ") out of range");
    }
  }

  /**
   * A security group peer: by ID (any account; this account's must exist) or by name in the group's
   * own VPC. A group of another VPC needs peering, which vpclab does not simulate.
   */
  private static Peer groupPeer(JsonNode pair, View view, SecurityGroup group, String region) {
    String userId = pair.path("UserId").asText(Account.ID);
    Optional<String> id = Optional.ofNullable(pair.get("GroupId")).map(JsonNode::asText);
    if (id.isPresent() && !userId.equals(Account.ID)) {
      return new Peer.ToGroup(id.get(), userId);
    }
    SecurityGroup peer;
    if (id.isPresent()) {
      peer = SecurityGroupLookup.byId(view, id.get(), region);
    } else {
      String name = pair.path("GroupName").asText("");
      peer =
          SecurityGroupLookup.named(view, group.vpcId(), name)
              .orElseThrow(
                  () ->
                      new ServiceFault(
                          "InvalidGroup.NotFound",
                          "The security group '" + name + "' does not exist"));
    }
    if (!peer.vpcId().equals(group.vpcId())) {
      throw new ServiceFault(
          "InvalidGroup.NotFound",
          "You have specified two resources that belong to different networks.");
    }
    return new Peer.ToGroup(peer.id(), Account.ID);
  }

  /** Only the AWS-managed lists of the request's region exist in vpclab. */
  private static Peer prefixListPeer(String id, String region) {
    return Regions.catalog()
        .prefixList(id)
        .filter(list -> list.region().equals(region))
        .map(list -> (Peer) new Peer.ToPrefixList(list.id()))
        .orElseThrow(() -> PrefixLists.notFound(id));
  }

  private static String description(JsonNode node) {
    return node.hasNonNull("Description") ? node.get("Description").asText() : null;
  }

  /**
   * How EC2 names a rule in {@code InvalidPermission.Duplicate}: {@code peer: 0.0.0.0/0, TCP, from
   * port: 22, to port: 22, ALLOW} (real messages quoted in ansible, terraform and rubber issues;
   * {@code ALL} for all protocols, {@code protocol: 50} for numbers, ICMP with {@code type:} and
   * {@code code:}).
   */
  static String describe(Rule rule) {
    return "peer: " + peerText(rule.peer()) + ", " + protocolText(rule) + ", ALLOW";
  }

  private static String peerText(Peer peer) {
    if (peer instanceof Peer.ToCidr cidr) {
      return cidr.cidr().toString();
    }
    if (peer instanceof Peer.ToGroup group) {
      return group.groupId();
    }
    return ((Peer.ToPrefixList) peer).prefixListId();
  }

  private static String protocolText(Rule rule) {
    return switch (rule.protocol()) {
      case "-1" -> "ALL";
      case "tcp", "udp" ->
          rule.protocol().toUpperCase()
              + ", from port: "
              + rule.fromPort()
              + ", to port: "
              + rule.toPort();
      case "icmp", "icmpv6" ->
          rule.protocol().toUpperCase()
              + ", type: "
              + allOr(rule.fromPort())
              + ", code: "
              + allOr(rule.toPort());
      default -> "protocol: " + rule.protocol();
    };
  }

  private static String allOr(int value) {
    return value == -1 ? "ALL" : String.valueOf(value);
  }
}
