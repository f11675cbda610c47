package dev.vpclab.trace;

import dev.vpclab.net.PortRange;

/**
 * The source ports clients pick for their side of a connection, which a stateless network ACL must
 * allow for the replies: Amazon Linux uses 32768–60999 (its kernel's ip_local_port_range), a NAT
 * gateway 1024–65535, the laptop 49152–65535 (aws-facts.md section 7).
 */
public enum Ephemeral {
  AMAZON_LINUX(new PortRange(32768, 60999)),
  NAT_GATEWAY(new PortRange(1024, 65535)),
  LAPTOP(new PortRange(49152, 65535));

  private final PortRange range;

  Ephemeral(PortRange range) {
    this.range = range;
  }

  public PortRange range() {
    return range;
  }

  /** The port this client uses in the trace: the start of its range, as shown in explanations. */
  public int port() {
    return range.from();
  }
}
