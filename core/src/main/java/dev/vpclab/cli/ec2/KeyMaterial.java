package dev.vpclab.cli.ec2;

import dev.vpclab.model.Ids;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Key pairs as EC2 hands them out: real keys in real formats, generated from a seed so a fresh
 * session gives the same key material. RSA keys come as PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY},
 * 64-character lines as in real create-key-pair output) with AWS's fingerprint of created keys, the
 * SHA-1 of the PKCS#8 DER private key; ed25519 keys come in OpenSSH format with the base64 SHA-256
 * fingerprint. Imported RSA keys get the MD5 of the DER public key (EC2 user guide, "Verify the
 * fingerprint of your key pair").
 */
public final class KeyMaterial {
  /** What create-key-pair returns, and the public key vpclab keeps. */
  public record Generated(String privateKey, String publicKey, String fingerprint) {}

  /** A parsed OpenSSH public key line. */
  public record Imported(String type, String publicKey, String fingerprint) {}

  private KeyMaterial() {}

  public static Generated rsa(String seed) {
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, new SeededRandom(seed));
      var pair = generator.generateKeyPair();
      var key = (RSAPrivateCrtKey) pair.getPrivate();
      byte[] pkcs1 =
          Der.sequence(
              Der.integer(BigInteger.ZERO),
              Der.integer(key.getModulus()),
              Der.integer(key.getPublicExponent()),
              Der.integer(key.getPrivateExponent()),
              Der.integer(key.getPrimeP()),
              Der.integer(key.getPrimeQ()),
              Der.integer(key.getPrimeExponentP()),
              Der.integer(key.getPrimeExponentQ()),
              Der.integer(key.getCrtCoefficient()));
      String pem = pem("RSA PRIVATE KEY", pkcs1, 64);
      var publicKey = (RSAPublicKey) pair.getPublic();
      return new Generated(
          pem,
          openSshLine("ssh-rsa", rsaBlob(publicKey)),
          colonHex(digest("SHA-1", key.getEncoded())));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM has RSA", e);
    }
  }

  public static Generated ed25519(String seed) {
    try {
      var generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(NamedParameterSpec.ED25519, new SeededRandom(seed));
      var pair = generator.generateKeyPair();
      byte[] publicKey = last32(pair.getPublic().getEncoded());
      byte[] privateSeed = last32(pair.getPrivate().getEncoded());
      byte[] blob = sshBlob("ssh-ed25519", publicKey);
      byte[] check = Arrays.copyOf(Ids.digest("check/" + seed), 4);
      var secret = new SshWriter();
      secret.raw(check).raw(check).string("ssh-ed25519").bytes(publicKey);
      secret.bytes(concat(privateSeed, publicKey)).string("");
      for (int pad = 1; secret.size() % 8 != 0; pad++) {
        secret.raw(new byte[] {(byte) pad});
      }
      var body = new SshWriter();
      body.raw("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
      body.string("none").string("none").string("").uint32(1).bytes(blob);
      body.bytes(secret.toByteArray());
      return new Generated(
          pem("OPENSSH PRIVATE KEY", body.toByteArray(), 70),
          openSshLine("ssh-ed25519", blob),
          Base64.getEncoder().encodeToString(digest("SHA-256", blob)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every JVM since 15 has Ed25519", e);
    }
  }

  /** An OpenSSH public key line ({@code ssh-rsa AAAA… comment}), if it is one EC2 accepts. */
  public static Optional<Imported> parsePublic(String line) {
    String[] parts = line.trim().split("\\s+");
    if (parts.length < 2) {
      return Optional.empty();
    }
    try {
      byte[] blob = Base64.getDecoder().decode(parts[1]);
      ByteBuffer in = ByteBuffer.wrap(blob);
      String type = new String(read(in), StandardCharsets.US_ASCII);
      if (!type.equals(parts[0])) {
        return Optional.empty();
      }
      String publicLine = parts[0] + " " + parts[1];
      if (type.equals("ssh-rsa")) {
        BigInteger e = new BigInteger(read(in));
        BigInteger n = new BigInteger(read(in));
        byte[] der =
            KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e)).getEncoded();
        return Optional.of(new Imported("rsa", publicLine, colonHex(digest("MD5", der))));
      }
      if (type.equals("ssh-ed25519") && read(in).length == 32) {
        return Optional.of(
            new Imported(
                "ed25519",
                publicLine,
                Base64.getEncoder().encodeToString(digest("SHA-256", blob))));
      }
      return Optional.empty();
    } catch (IllegalArgumentException
        | java.nio.BufferUnderflowException
        | GeneralSecurityException e) {
      return Optional.empty();
    }
  }

  private static byte[] read(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("truncated key blob");
    }
    byte[] out = new byte[length];
    in.get(out);
    return out;
  }

  private static byte[] rsaBlob(RSAPublicKey key) {
    return new SshWriter()
        .string("ssh-rsa")
        .bytes(key.getPublicExponent().toByteArray())
        .bytes(key.getModulus().toByteArray())
        .toByteArray();
  }

  private static byte[] sshBlob(String type, byte[] key) {
    return new SshWriter().string(type).bytes(key).toByteArray();
  }

  private static String openSshLine(String type, byte[] blob) {
    return type + " " + Base64.getEncoder().encodeToString(blob);
  }

  private static String pem(String label, byte[] der, int lineLength) {
    String base64 = Base64.getEncoder().encodeToString(der);
    var out = new StringBuilder("-----BEGIN " + label + "-----\n");
    for (int i = 0; i < base64.length(); i += lineLength) {
      out.append(base64, i, Math.min(base64.length(), i + lineLength)).append('\n');
    }
    return out.append("-----END ").append(label).append("-----").toString();
  }

  private static String colonHex(byte[] digest) {
    return HexFormat.ofDelimiter(":").formatHex(digest);
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm, e);
    }
  }

  private static byte[] last32(byte[] encoded) {
    return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** The SSH wire encoding: big-endian lengths before strings. */
  private static final class SshWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    SshWriter raw(byte[] bytes) {
      out.writeBytes(bytes);
      return this;
    }

    SshWriter uint32(int value) {
      return raw(ByteBuffer.allocate(4).putInt(value).array());
    }

    SshWriter bytes(byte[] bytes) {
      return uint32(bytes.length).raw(bytes);
    }

    SshWriter string(String text) {
      return bytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    int size() {
      return out.size();
    }

    byte[] toByteArray() {
      return out.toByteArray();
    }
  }

  /** Just enough DER for a PKCS#1 RSAPrivateKey: a SEQUENCE of INTEGERs. */
  private static final class Der {
    static byte[] integer(BigInteger value) {
      return tagged(0x02, value.toByteArray());
    }

    static byte[] sequence(byte[]... items) {
      var body = new ByteArrayOutputStream();
      for (byte[] item : items) {
        body.writeBytes(item);
      }
      return tagged(0x30, body.toByteArray());
    }

    private static byte[] tagged(int tag, byte[] content) {
      var out = new ByteArrayOutputStream();
      out.write(tag);
      int length = content.length;
      if (length < 0x80) {
        out.write(length);
      } else if (length < 0x100) {
        out.write(0x81);
        out.write(length);
      } else {
        out.write(0x82);
        out.write(length >> 8);
        out.write(length & 0xff);
      }
      out.writeBytes(content);
      return out.toByteArray();
    }
  }

  /**
   * A reproducible byte stream (SHA-256 in counter mode over a seed) standing in for the system's
   * entropy, so key generation is deterministic. Never used where secrecy matters: these are
   * simulated keys.
   */
  private static final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final String seed;
    private long counter;
    private byte[] block = new byte[0];
    private int used;

    SeededRandom(String seed) {
      this.seed = seed;
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
      for (int i = 0; i < bytes.length; i++) {
        if (used == block.length) {
          block = Ids.digest("key/" + seed + "/" + counter++);
          used = 0;
        }
        bytes[i] = block[used++];
      }
    }

    @Override
    public void setSeed(long ignored) {
      // The seed is fixed at construction; Random's constructor calls this before it is set.
    }

    @Override
    public void setSeed(byte[] ignored) {
      // As above: the stream must not depend on anything but the seed.
    }
  }
}
