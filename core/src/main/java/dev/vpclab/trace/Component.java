package dev.vpclab.trace;

import dev.vpclab.model.View;
import java.util.Optional;

/**
 * What judged a step: a kind of component, and for resources their ID and Name tag, as a console
 * would name them ({@code rtb-0a1… (Private)}).
 */
public record Component(Kind kind, String id, String name) {

  /** The kinds of things a path crosses or a request meets. */
  public enum Kind {
    CREDENTIALS("credentials"),
    REGION("region"),
    DNS("DNS"),
    INSTANCE("instance"),
    SECURITY_GROUP("security group"),
    NETWORK_ACL("network ACL"),
    ROUTE_TABLE("route table"),
    INTERNET_GATEWAY("internet gateway"),
    NAT_GATEWAY("NAT gateway"),
    VPC_ENDPOINT("VPC endpoint"),
    INTERNET("internet"),
    ENDPOINT_POLICY("endpoint policy"),
    IDENTITY_POLICY("IAM policy"),
    BUCKET_POLICY("bucket policy"),
    SERVICE("service"),
    SSH("ssh"),
    METADATA_SERVICE("instance metadata service"),
    KEY_PAIR("key pair");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  public static Component of(Kind kind) {
    return new Component(kind, null, null);
  }

  public static Component of(Kind kind, String id, String name) {
    return new Component(kind, id, name);
  }

  /** A resource as a console names it: its ID, and its Name tag in {@code view} if it has one. */
  public static Component named(Kind kind, String id, View view) {
    return new Component(kind, id, view.tags(id).name().orElse(null));
  }

  public Optional<String> resourceId() {
    return Optional.ofNullable(id);
  }

  /** {@code route table rtb-0a1… (Private)}, or just the kind. */
  @Override
  public String toString() {
    if (id == null) {
      return kind.words();
    }
    return kind.words() + " " + id + (name == null || name.isEmpty() ? "" : " (" + name + ")");
  }
}
