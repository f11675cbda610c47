package dev.vpclab.hosts;

import dev.vpclab.model.Ids;
import dev.vpclab.model.ec2.Instance;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An instance's SSH host key of one type, the same every session: its public blob in the SSH wire
 * format (RFC 4253 and 5656: type name, then the key), which known_hosts stores in base64, and its
 * SHA256 fingerprint as ssh prints it (base64 of the blob's digest, without padding).
 */
record HostKey(String type, byte[] blob) {

  static HostKey of(Instance instance, String type) {
    byte[] point = Ids.digest("host-key/" + type + "/" + instance.id());
    var out = new ByteArrayOutputStream();
    if (type.equals("ED25519")) {
      string(out, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
      string(out, point);
    } else {
      string(out, "ecdsa-sha2-nistp256".getBytes(StandardCharsets.US_ASCII));
      string(out, "nistp256".getBytes(StandardCharsets.US_ASCII));
      var uncompressed = ByteBuffer.allocate(65);
      uncompressed.put((byte) 4).put(point).put(Ids.digest("host-key-y/" + instance.id()));
      string(out, uncompressed.array());
    }
    return new HostKey(type, out.toByteArray());
  }

  /** {@code SHA256:…} without the prefix. */
  String fingerprint() {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
      return Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The key as a known_hosts line ends: {@code ssh-ed25519 AAAAC3Nza…}. */
  String line() {
    String algorithm = type.equals("ED25519") ? "ssh-ed25519" : "ecdsa-sha2-nistp256";
    return algorithm + " " + Base64.getEncoder().encodeToString(blob);
  }

  /**
   * A host name as HashKnownHosts stores it: {@code |1|salt|HMAC-SHA1(salt, name)}, both base64
   * (hostfile.c host_hash).
   */
  static String hashed(String name, byte[] salt) {
    return "|1|"
        + Base64.getEncoder().encodeToString(salt)
        + "|"
        + Base64.getEncoder().encodeToString(hmac(salt, name));
  }

  /** Whether a known_hosts host field names {@code name}: a plain list or a hashed entry. */
  static boolean names(String field, String name) {
    if (field.startsWith("|1|")) {
      String[] parts = field.split("\\|");
      if (parts.length != 4) {
        return false;
      }
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      return hashed(name, salt).equals(field);
    }
    for (String entry : field.split(",")) {
      if (entry.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] hmac(byte[] salt, String name) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(salt, "HmacSHA1"));
      return mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has HmacSHA1", e);
    }
  }

  private static void string(ByteArrayOutputStream out, byte[] bytes) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
    out.writeBytes(bytes);
  }
}
