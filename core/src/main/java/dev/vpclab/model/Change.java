package dev.vpclab.model;

/** One thing a command changed; together they say what a result did to the model. */
public record Change(Kind kind, String resourceKind, String key, String name) {
  public enum Kind {
    CREATED,
    MODIFIED,
    DELETED
  }

  /** e.g. {@code created route table rtb-0abc… (Private)}. */
  public String describe() {
    String verb = kind.name().toLowerCase();
    return verb + " " + words(resourceKind) + " " + key + (name == null ? "" : " (" + name + ")");
  }

  /** AWS's message words ({@code routeTable}, {@code security-group}) as a learner reads them. */
  private static String words(String kind) {
    return switch (kind) {
      case "natGateway" -> "NAT gateway";
      case "networkAcl" -> "network ACL";
      case "vpc" -> "VPC";
      case "vpc-endpoint" -> "VPC endpoint";
      case "elastic-ip" -> "Elastic IP";
      case "iam-instance-profile-association" -> "instance profile association";
      default -> kind.replaceAll("([a-z])([A-Z])", "$1 $2").replace('-', ' ').toLowerCase();
    };
  }
}
