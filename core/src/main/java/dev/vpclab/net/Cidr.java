package dev.vpclab.net;

import java.util.Optional;

/**
 * An IPv4 CIDR block in canonical form: host bits are zero, as AWS stores it ({@code
 * 100.68.0.18/18} becomes {@code 100.68.0.0/18}).
 */
public record Cidr(Ipv4 network, int prefix) implements Comparable<Cidr> {
  public static final Cidr ANYWHERE = new Cidr(new Ipv4(0), 0);

  public Cidr {
    if (prefix < 0 || prefix > 32) {
      throw new IllegalArgumentException("prefix " + prefix);
    }
    network = new Ipv4(network.bits() & mask(prefix));
  }

  /** Parses {@code a.b.c.d/n}; host bits are cleared as AWS does. */
  public static Optional<Cidr> parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      return Optional.empty();
    }
    String length = text.substring(slash + 1);
    if (length.isEmpty()
        || length.length() > 2
        || !length.chars().allMatch(Character::isDigit)
        || (length.length() > 1 && length.charAt(0) == '0')) {
      return Optional.empty();
    }
    int prefix = Integer.parseInt(length);
    if (prefix > 32) {
      return Optional.empty();
    }
    return Ipv4.parse(text.substring(0, slash)).map(ip -> new Cidr(ip, prefix));
  }

  public static Cidr of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("not a CIDR: " + text));
  }

  /** The single-address block {@code ip/32}. */
  public static Cidr host(Ipv4 ip) {
    return new Cidr(ip, 32);
  }

  private static int mask(int prefix) {
    return prefix == 0 ? 0 : -1 << (32 - prefix);
  }

  public long size() {
    return 1L << (32 - prefix);
  }

  public Ipv4 first() {
    return network;
  }

  public Ipv4 last() {
    return network.plus(size() - 1);
  }

  public boolean contains(Ipv4 ip) {
    return (ip.bits() & mask(prefix)) == network.bits();
  }

  public boolean contains(Cidr other) {
    return other.prefix >= prefix && contains(other.network);
  }

  public boolean overlaps(Cidr other) {
    return contains(other.network) || other.contains(network);
  }

  /** The address at {@code offset} inside the block, e.g. offset 1 is the VPC router. */
  public Ipv4 address(long offset) {
    if (offset < 0 || offset >= size()) {
      throw new IllegalArgumentException(offset + " outside " + this);
    }
    return network.plus(offset);
  }

  @Override
  public int compareTo(Cidr other) {
    int byNetwork = network.compareTo(other.network);
    return byNetwork != 0 ? byNetwork : Integer.compare(prefix, other.prefix);
  }

  @Override
  public String toString() {
    return network + "/" + prefix;
  }
}
