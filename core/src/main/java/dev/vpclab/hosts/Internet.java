package dev.vpclab.hosts;

import dev.vpclab.net.Ipv4;

/** The learner's place on the internet. */
public final class Internet {
  /**
   * The laptop's public address, as AWS sees it: one of TEST-NET-3 (RFC 5737), the range kept for
   * documentation, since it stands for any home or office connection.
   */
  public static final Ipv4 LAPTOP_PUBLIC_IP = Ipv4.of("203.0.113.25");

  private Internet() {}
}
