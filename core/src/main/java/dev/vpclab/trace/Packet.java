package dev.vpclab.trace;

import dev.vpclab.net.Ipv4;

/**
 * One direction of a connection as the VPC's filters see it: protocol (the IANA number as the EC2
 * API writes it: {@code 6} TCP, {@code 17} UDP, {@code 1} ICMP), addresses and ports. ICMP has no
 * ports: its type travels in {@code destinationPort} and its code in {@code sourcePort}, the two
 * numbers security group and network ACL rules match ICMP by.
 */
public record Packet(
    String protocol, Ipv4 source, int sourcePort, Ipv4 destination, int destinationPort) {
  public static final String TCP = "6";
  public static final String ICMP = "1";

  /** ICMP types ping uses (RFC 792). */
  public static final int ECHO_REQUEST = 8;

  public static final int ECHO_REPLY = 0;

  public static Packet tcp(Ipv4 source, int sourcePort, Ipv4 destination, int destinationPort) {
    return new Packet(TCP, source, sourcePort, destination, destinationPort);
  }

  /** What ping sends: an ICMP echo request, code 0. */
  public static Packet echoRequest(Ipv4 source, Ipv4 destination) {
    return new Packet(ICMP, source, 0, destination, ECHO_REQUEST);
  }

  public boolean isIcmp() {
    return Protocols.isIcmp(protocol);
  }

  public int icmpType() {
    return destinationPort;
  }

  public int icmpCode() {
    return sourcePort;
  }

  /**
   * The reply: same connection, addresses and ports swapped; an echo request is answered by an echo
   * reply.
   */
  public Packet reply() {
    if (isIcmp()) {
      int type = icmpType() == ECHO_REQUEST ? ECHO_REPLY : icmpType();
      return new Packet(protocol, destination, icmpCode(), source, type);
    }
    return new Packet(protocol, destination, destinationPort, source, sourcePort);
  }

  /** The same packet with a new source, as a NAT gateway rewrites it; ICMP keeps type and code. */
  public Packet from(Ipv4 newSource, int newSourcePort) {
    int port = isIcmp() ? sourcePort : newSourcePort;
    return new Packet(protocol, newSource, port, destination, destinationPort);
  }

  /** What the packet is, as the trace names it: {@code TCP 22}, {@code ICMP echo request}. */
  public String describe() {
    if (isIcmp()) {
      return "ICMP " + Protocols.icmpName(icmpType(), icmpCode());
    }
    return protocolName() + " " + destinationPort;
  }

  public String protocolName() {
    return Protocols.name(protocol);
  }
}
