package dev.vpclab.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Real-looking, deterministic identifiers. The n-th VPC of every fresh session gets the same ID, so
 * notebooks and transcripts are reproducible; the digits come from a hash so IDs still look as
 * random as AWS's.
 */
public final class Ids {
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] IAM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

  private Ids() {}

  /**
   * The next EC2 ID with this prefix: {@code vpc-} + 17 hex digits, the first a 0 as in every EC2
   * ID issued since 2018 (EC2 user guide, resource-ids).
   */
  public static String ec2(Tx tx, String prefix) {
    return prefix + "-0" + hex(digest(prefix + "#" + tx.next(prefix)), 16);
  }

  /** A fixed EC2 ID for something that exists from the start, such as a region's default VPC. */
  public static String ec2Fixed(String prefix, String seed) {
    return prefix + "-0" + hex(digest(prefix + "@" + seed), 16);
  }

  /** An 8-hex-digit ID, the form AWS-managed prefix lists keep ({@code pl-63a5400a}). */
  public static String shortFixed(String prefix, String seed) {
    return prefix + "-" + hex(digest(prefix + "@" + seed), 8);
  }

  /**
   * The next IAM unique ID with this prefix ({@code AROA} role, {@code AIPA} instance profile,
   * {@code ANPA} policy): the prefix and 17 characters of IAM's base-32 alphabet.
   */
  public static String iam(Tx tx, String prefix) {
    return prefix + base32(digest(prefix + "#" + tx.next(prefix)), 17);
  }

  public static String iamFixed(String prefix, String seed, int length) {
    return prefix + base32(digest(prefix + "@" + seed), length);
  }

  /** The next UUID-shaped ID of a counter, such as a DynamoDB TableId. */
  public static String uuid(Tx tx, String counter) {
    return uuidLayout(hex(digest(counter + "#" + tx.next(counter)), 32));
  }

  /** As {@link #uuid}, marked as a random (version 4) UUID, which Python's uuid4() makes. */
  public static String uuid4(Tx tx, String counter) {
    String hex = hex(digest(counter + "#" + tx.next(counter)), 32);
    return uuidLayout(hex.substring(0, 12) + "4" + hex.substring(13, 16) + "a" + hex.substring(17));
  }

  /** 32 hex digits grouped 8-4-4-4-12. */
  private static String uuidLayout(String hex) {
    return String.join(
        "-",
        hex.substring(0, 8),
        hex.substring(8, 12),
        hex.substring(12, 16),
        hex.substring(16, 20),
        hex.substring(20));
  }

  /** Deterministic bytes for anything else that must look random: IPs, fingerprints, keys. */
  public static byte[] digest(String seed) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  public static String hex(byte[] bytes, int digits) {
    var out = new StringBuilder(digits);
    for (int i = 0; out.length() < digits; i++) {
      int b = bytes[i % bytes.length] & 0xff;
      out.append(HEX[b >>> 4]);
      if (out.length() < digits) {
        out.append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }

  private static String base32(byte[] bytes, int length) {
    var out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(IAM_ALPHABET[(bytes[i % bytes.length] & 0xff) % 32]);
    }
    return out.toString();
  }
}
