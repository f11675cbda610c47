package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tx;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.PortRange;
import java.util.Map;

/**
 * The numbered rules of a network ACL: create, replace, delete. Rule numbers run 1 to 32766 (32767
 * is the unchangeable {@code *} rule); protocols are stored as the API returns them, as numbers.
 */
public final class NetworkAclEntries implements Handlers.Group {
  /** The protocol names EC2 accepts beside numbers, and the number it stores for each. */
  private static final Map<String, String> PROTOCOL_NAMES =
      Map.of("-1", "-1", "all", "-1", "icmp", "1", "tcp", "6", "udp", "17", "icmpv6", "58");

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateNetworkAclEntry", this::create)
        .on("ec2", "ReplaceNetworkAclEntry", this::replace)
        .on("ec2", "DeleteNetworkAclEntry", this::delete);
  }

  /** Duplicate numbers: real message (AWS CloudFormation user guide quoting the EC2 error). */
  private ObjectNode create(Request request, Tx tx) {
    NetworkAcl acl = NetworkAcls.require(tx, request, request.required("NetworkAclId"));
    NetworkAcl.Entry entry = entry(request);
    if (acl.entry(entry.ruleNumber(), entry.egress()).isPresent()) {
      throw new ServiceFault(
          "NetworkAclEntryAlreadyExists",
          "The network acl entry identified by " + entry.ruleNumber() + " already exists.");
    }
    tx.put(acl.withEntry(entry));
    return Request.object();
  }

  private ObjectNode replace(Request request, Tx tx) {
    NetworkAcl acl = NetworkAcls.require(tx, request, request.required("NetworkAclId"));
    NetworkAcl.Entry entry = entry(request);
    requireExisting(acl, entry.ruleNumber(), entry.egress());
    tx.put(acl.withEntry(entry));
    return Request.object();
  }

  private ObjectNode delete(Request request, Tx tx) {
    NetworkAcl acl = NetworkAcls.require(tx, request, request.required("NetworkAclId"));
    int number = ruleNumber(request);
    boolean egress = egress(request);
    requireExisting(acl, number, egress);
    tx.put(acl.withoutEntry(number, egress));
    return Request.object();
  }

  /**
   * Real message of a delete-network-acl-entry (terraform-provider-aws #12175); replace is assumed
   * to word it the same.
   */
  private static void requireExisting(NetworkAcl acl, int number, boolean egress) {
    if (acl.entry(number, egress).isEmpty()) {
      throw new ServiceFault(
          "InvalidNetworkAclEntry.NotFound",
          "no " + (egress ? "egress" : "ingress") + " entry with number " + number);
    }
  }

  /** The entry a create or replace request describes, checked as EC2 checks it. */
  private static NetworkAcl.Entry entry(Request request) {
    int number = ruleNumber(request);
    boolean egress = egress(request);
    String protocol = protocol(request.required("Protocol"));
    String actionText = request.required("RuleAction");
    NetworkAcl.Action action;
    try {
      action = NetworkAcl.Action.valueOf(actionText.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Value (" + actionText + ") for parameter ruleAction is invalid.");
    }
    if (request.has("Ipv6CidrBlock")) {
      throw new ServiceFault(
          "UnsupportedOperation", "vpclab simulates IPv4 network ACL entries only.");
    }
    Cidr cidr = Cidrs.parse(request.required("CidrBlock"), "cidrBlock");
    PortRange ports = null;
    NetworkAcl.Icmp icmp = null;
    if (protocol.equals("6") || protocol.equals("17")) {
      ports = ports(request.node("PortRange"));
    } else if (protocol.equals("1")) {
      icmp = icmp(request.node("IcmpTypeCode"));
    }
    return new NetworkAcl.Entry(number, egress, protocol, action, cidr, ports, icmp);
  }

  /** Range check with the message of a real CloudFormation deployment log. */
  private static int ruleNumber(Request request) {
    int number =
        request
            .integer("RuleNumber")
            .orElseThrow(
                () ->
                    new ServiceFault(
                        "MissingParameter", "The request must contain the parameter ruleNumber"));
    if (number < 1 || number > 32766) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Value ("
              + number
              + ") for parameter ruleNumber is invalid. Rulenumber must be in range 1..32766");
    }
    return number;
  }

  private static boolean egress(Request request) {
    return request
        .bool("Egress")
        .orElseThrow(
            () ->
                new ServiceFault(
                    "MissingParameter", "The request must contain the parameter egress"));
  }

  /**
   * A protocol name or number, stored as the number; an unknown one gets the message of a real
   * create-network-acl-entry error (aws/aws-cli #508).
   */
  private static String protocol(String text) {
    String lower = text.toLowerCase();
    if (PROTOCOL_NAMES.containsKey(lower)) {
      return PROTOCOL_NAMES.get(lower);
    }
    if (lower.matches("\\d{1,3}") && Integer.parseInt(lower) <= 255) {
      return Integer.toString(Integer.parseInt(lower));
    }
    throw new ServiceFault(
        "InvalidParameterValue", "Invalid value '" + text + "' for IP protocol. Unknown protocol.");
  }

  /**
   * TCP and UDP rules need both ports; the message is EC2's for the same omission in a security
   * group rule (not seen verbatim for ACL entries).
   */
  private static PortRange ports(JsonNode range) {
    if (!range.has("From") || !range.has("To")) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Invalid value for portRange. Must specify both from and to ports with TCP/UDP.");
    }
    int from = range.path("From").asInt();
    int to = range.path("To").asInt();
    if (from < 0 || to > 65535 || from > to) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Invalid value for portRange. Must specify both from and to ports with TCP/UDP.");
    }
    return new PortRange(from, to);
  }

  /** ICMP rules need a type and a code (-1 for any); wording modelled on the port-range error. */
  private static NetworkAcl.Icmp icmp(JsonNode typeCode) {
    if (!typeCode.has("Type") || !typeCode.has("Code")) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Invalid value for icmpTypeCode. Must specify both type and code with ICMP.");
    }
    return new NetworkAcl.Icmp(typeCode.path("Type").asInt(), typeCode.path("Code").asInt());
  }
}
