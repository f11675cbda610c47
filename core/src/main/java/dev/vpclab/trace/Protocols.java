package dev.vpclab.trace;

/** IP protocol numbers and the names the consoles and the EC2 API use for them. */
public final class Protocols {
  private Protocols() {}

  /** {@code 6} → {@code TCP}; {@code -1} → {@code All}. */
  public static String name(String protocol) {
    return switch (canonical(protocol)) {
      case "-1" -> "All";
      case "6" -> "TCP";
      case "17" -> "UDP";
      case "1" -> "ICMP";
      default -> protocol;
    };
  }

  /**
   * The number for any spelling the API accepts ({@code tcp}, {@code 6}, {@code all}, {@code -1}).
   */
  public static String canonical(String protocol) {
    return switch (protocol.toLowerCase()) {
      case "tcp" -> "6";
      case "udp" -> "17";
      case "icmp" -> "1";
      case "all", "-1" -> "-1";
      default -> protocol;
    };
  }

  /** Whether a rule for {@code ruleProtocol} covers a packet of {@code packetProtocol}. */
  public static boolean covers(String ruleProtocol, String packetProtocol) {
    String rule = canonical(ruleProtocol);
    return rule.equals("-1") || rule.equals(canonical(packetProtocol));
  }

  /** Whether the protocol has ports, so a rule's port range applies. */
  public static boolean hasPorts(String protocol) {
    String p = canonical(protocol);
    return p.equals("6") || p.equals("17");
  }
}
