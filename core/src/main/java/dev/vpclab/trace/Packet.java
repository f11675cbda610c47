package dev.vpclab.trace;

import dev.vpclab.net.Ipv4;

/**
 * One direction of a connection as the VPC's filters see it: protocol (the IANA number as the EC2
 * API writes it: {@code 6} TCP, {@code 17} UDP, {@code 1} ICMP), addresses and ports.
 */
public record Packet(
    String protocol, Ipv4 source, int sourcePort, Ipv4 destination, int destinationPort) {
  public static final String TCP = "6";

  public static Packet tcp(Ipv4 source, int sourcePort, Ipv4 destination, int destinationPort) {
    return new Packet(TCP, source, sourcePort, destination, destinationPort);
  }

  /** The reply: same connection, addresses and ports swapped. */
  public Packet reply() {
    return new Packet(protocol, destination, destinationPort, source, sourcePort);
  }

  /** The same packet with a new source, as a NAT gateway rewrites it. */
  public Packet from(Ipv4 newSource, int newSourcePort) {
    return new Packet(protocol, newSource, newSourcePort, destination, destinationPort);
  }

  public String protocolName() {
    return Protocols.name(protocol);
  }
}
