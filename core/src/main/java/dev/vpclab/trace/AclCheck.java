package dev.vpclab.trace;

import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.net.Ipv4;

/**
 * A network ACL judging one packet in one direction: rules in order of number, the first that
 * matches decides; rule {@code *} (32767) denies everything else. Stateless, so replies are judged
 * like any other packet. The port range of a rule applies to the packet's destination port.
 */
public final class AclCheck {
  private AclCheck() {}

  /** The entry that decides; there always is one, the {@code *} rule at worst. */
  public static NetworkAcl.Entry decide(NetworkAcl acl, boolean egress, Packet packet) {
    Ipv4 remote = egress ? packet.destination() : packet.source();
    for (NetworkAcl.Entry entry : acl.rules(egress)) {
      if (matches(entry, remote, packet)) {
        return entry;
      }
    }
    throw new IllegalStateException(acl.id() + " has no * rule");
  }

  /**
   * How the ACL treats replies to a whole range of client ports: a client picks any of them, so a
   * rule that allows only part of the range breaks some connections and not others.
   *
   * @return the deciding entries, one per stretch of ports they decide
   */
  public static java.util.List<Stretch> coverage(
      NetworkAcl acl, boolean egress, Packet packet, dev.vpclab.net.PortRange ports) {
    var cuts = new java.util.TreeSet<Integer>();
    cuts.add(ports.from());
    for (NetworkAcl.Entry entry : acl.rules(egress)) {
      entry
          .portRange()
          .ifPresent(
              r -> {
                if (r.from() > ports.from() && r.from() <= ports.to()) {
                  cuts.add(r.from());
                }
                if (r.to() + 1 > ports.from() && r.to() + 1 <= ports.to()) {
                  cuts.add(r.to() + 1);
                }
              });
    }
    var stretches = new java.util.ArrayList<Stretch>();
    Integer[] starts = cuts.toArray(new Integer[0]);
    for (int i = 0; i < starts.length; i++) {
      int from = starts[i];
      int to = i + 1 < starts.length ? starts[i + 1] - 1 : ports.to();
      Packet probe =
          new Packet(
              packet.protocol(), packet.source(), packet.sourcePort(), packet.destination(), from);
      NetworkAcl.Entry entry = decide(acl, egress, probe);
      if (!stretches.isEmpty() && stretches.get(stretches.size() - 1).entry().equals(entry)) {
        Stretch last = stretches.remove(stretches.size() - 1);
        stretches.add(new Stretch(new dev.vpclab.net.PortRange(last.ports().from(), to), entry));
      } else {
        stretches.add(new Stretch(new dev.vpclab.net.PortRange(from, to), entry));
      }
    }
    return stretches;
  }

  /** A stretch of ports and the entry that decides them. */
  public record Stretch(dev.vpclab.net.PortRange ports, NetworkAcl.Entry entry) {
    public boolean allowed() {
      return entry.action() == NetworkAcl.Action.ALLOW;
    }
  }

  private static boolean matches(NetworkAcl.Entry entry, Ipv4 remote, Packet packet) {
    if (!entry.cidr().contains(remote) || !Protocols.covers(entry.protocol(), packet.protocol())) {
      return false;
    }
    if (Protocols.isIcmp(entry.protocol()) && entry.icmp() != null) {
      return Protocols.icmpCovers(
          entry.icmp().type(), entry.icmp().code(), packet.icmpType(), packet.icmpCode());
    }
    if (!Protocols.hasPorts(entry.protocol())) {
      return true;
    }
    return entry.portRange().map(r -> r.contains(packet.destinationPort())).orElse(true);
  }

  /** A rule as the console's table shows it: {@code 100 ALLOW TCP 443 0.0.0.0/0}. */
  public static String describe(NetworkAcl.Entry entry) {
    String number =
        entry.ruleNumber() == NetworkAcl.DEFAULT_RULE ? "*" : Integer.toString(entry.ruleNumber());
    String ports =
        Protocols.hasPorts(entry.protocol())
            ? entry.portRange().map(r -> " " + r).orElse(" All")
            : Protocols.isIcmp(entry.protocol()) && entry.icmp() != null
                ? " " + Protocols.icmpName(entry.icmp().type(), entry.icmp().code())
                : "";
    return "rule "
        + number
        + " "
        + entry.action().name()
        + " "
        + Protocols.name(entry.protocol())
        + ports
        + (entry.egress() ? " to " : " from ")
        + entry.cidr();
  }
}
