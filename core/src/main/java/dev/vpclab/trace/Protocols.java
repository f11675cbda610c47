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

  /** Whether the protocol is ICMP, whose rules match a type and a code instead of ports. */
  public static boolean isIcmp(String protocol) {
    return canonical(protocol).equals("1");
  }

  /**
   * Whether an ICMP rule's type and code ({@code -1}: any) cover a packet's type and code, as
   * security groups and network ACLs match ICMP.
   */
  public static boolean icmpCovers(int ruleType, int ruleCode, int type, int code) {
    return (ruleType == -1 || ruleType == type) && (ruleCode == -1 || ruleCode == code);
  }

  /** An ICMP type and code as the console names them: {@code echo request}, {@code All}. */
  public static String icmpName(int type, int code) {
    if (type == -1) {
      return "All";
    }
    String name =
        switch (type) {
          case 0 -> "echo reply";
          case 3 -> "destination unreachable";
          case 8 -> "echo request";
          case 11 -> "time exceeded";
          default -> "type " + type;
        };
    return code == -1 || code == 0 ? name : name + " code " + code;
  }

  /** Whether the protocol has ports, so a rule's port range applies. */
  public static boolean hasPorts(String protocol) {
    String p = canonical(protocol);
    return p.equals("6") || p.equals("17");
  }
}
