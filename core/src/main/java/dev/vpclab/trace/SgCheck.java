package dev.vpclab.trace;

import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.net.Ipv4;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The security groups of one network interface judging one packet: allow rules only, the union of
 * every group's rules, and stateful — the reply of an allowed connection is never judged.
 */
public final class SgCheck {
  private SgCheck() {}

  /** The group and rule that allow the packet. */
  public record Match(SecurityGroup group, SecurityGroup.Rule rule) {}

  /**
   * The first rule that allows {@code packet}; empty when none does.
   *
   * @param remoteGroups the groups of the interface at the other end, for rules that reference a
   *     group (empty when the other end is outside the VPC)
   */
  public static Optional<Match> decide(
      List<SecurityGroup> groups, boolean egress, Packet packet, Set<String> remoteGroups) {
    Ipv4 remote = egress ? packet.destination() : packet.source();
    for (SecurityGroup group : groups) {
      for (SecurityGroup.Rule rule : group.rules(egress)) {
        if (matches(rule, remote, packet, remoteGroups)) {
          return Optional.of(new Match(group, rule));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matches(
      SecurityGroup.Rule rule, Ipv4 remote, Packet packet, Set<String> remoteGroups) {
    if (!Protocols.covers(rule.protocol(), packet.protocol())) {
      return false;
    }
    if (Protocols.hasPorts(rule.protocol())
        && rule.fromPort() != -1
        && (packet.destinationPort() < rule.fromPort()
            || packet.destinationPort() > rule.toPort())) {
      return false;
    }
    // An ICMP rule keeps the type in FromPort and the code in ToPort.
    if (Protocols.isIcmp(rule.protocol())
        && !Protocols.icmpCovers(
            rule.fromPort(), rule.toPort(), packet.icmpType(), packet.icmpCode())) {
      return false;
    }
    if (rule.peer() instanceof SecurityGroup.Peer.ToCidr c) {
      return c.cidr().contains(remote);
    }
    if (rule.peer() instanceof SecurityGroup.Peer.ToPrefixList p) {
      return Regions.catalog()
          .prefixList(p.prefixListId())
          .map(l -> l.contains(remote))
          .orElse(false);
    }
    var group = (SecurityGroup.Peer.ToGroup) rule.peer();
    return remoteGroups.contains(group.groupId());
  }

  /** A rule as the console lists it: {@code inbound TCP 22 from 0.0.0.0/0}. */
  public static String describe(SecurityGroup.Rule rule, boolean egress) {
    String ports =
        Protocols.isIcmp(rule.protocol())
            ? " " + Protocols.icmpName(rule.fromPort(), rule.toPort())
            : !Protocols.hasPorts(rule.protocol())
                ? ""
                : rule.fromPort() == -1 || (rule.fromPort() == 0 && rule.toPort() == 65535)
                    ? " All"
                    : rule.fromPort() == rule.toPort()
                        ? " " + rule.fromPort()
                        : " " + rule.fromPort() + "-" + rule.toPort();
    String peer =
        rule.peer() instanceof SecurityGroup.Peer.ToCidr c
            ? c.cidr().toString()
            : rule.peer() instanceof SecurityGroup.Peer.ToPrefixList p
                ? p.prefixListId()
                : ((SecurityGroup.Peer.ToGroup) rule.peer()).groupId();
    return (egress ? "outbound " : "inbound ")
        + Protocols.name(rule.protocol())
        + ports
        + (egress ? " to " : " from ")
        + peer;
  }
}
