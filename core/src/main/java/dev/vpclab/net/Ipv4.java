package dev.vpclab.net;

import java.util.Optional;

/** An IPv4 address as its 32 bits, ordered as unsigned numbers. */
public record Ipv4(int bits) implements Comparable<Ipv4> {

  /** Parses dotted-quad notation; no leading zeros, no spaces, exactly four octets. */
  public static Optional<Ipv4> parse(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return Optional.empty();
    }
    int bits = 0;
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      if (part.length() > 1 && part.charAt(0) == '0') {
        return Optional.empty();
      }
      int octet = Integer.parseInt(part);
      if (octet > 255) {
        return Optional.empty();
      }
      bits = (bits << 8) | octet;
    }
    return Optional.of(new Ipv4(bits));
  }

  public static Ipv4 of(String text) {
    return parse(text).orElseThrow(() -> new IllegalArgumentException("not an IPv4: " + text));
  }

  public long unsigned() {
    return Integer.toUnsignedLong(bits);
  }

  public Ipv4 plus(long offset) {
    return new Ipv4((int) (unsigned() + offset));
  }

  public int octet(int index) {
    return (bits >>> (24 - 8 * index)) & 0xff;
  }

  @Override
  public int compareTo(Ipv4 other) {
    return Integer.compareUnsigned(bits, other.bits);
  }

  @Override
  public String toString() {
    return octet(0) + "." + octet(1) + "." + octet(2) + "." + octet(3);
  }
}
