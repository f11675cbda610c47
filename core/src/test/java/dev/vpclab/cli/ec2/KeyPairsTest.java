package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiTester;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeyPairsTest {
  private final ApiTester api = new ApiTester();

  private String create(String name, String type) {
    return api.ok(
            "ec2",
            "CreateKeyPair",
            "{\"KeyName\": \"" + name + "\", \"KeyType\": \"" + type + "\"}")
        .toString();
  }

  @Test
  void rsaKeysArePkcs1PemWithTheFingerprintAwsGivesCreatedKeys() throws Exception {
    var out = api.ok("ec2", "CreateKeyPair", "{\"KeyName\": \"MyPvKey\"}");
    String pem = at(out, "KeyMaterial");
    // Real create-key-pair output: PKCS#1 PEM with 64-character lines.
    assertTrue(pem.startsWith("-----BEGIN RSA PRIVATE KEY-----\nMII"));
    assertTrue(pem.endsWith("\n-----END RSA PRIVATE KEY-----"));
    assertEquals(64, pem.split("\n")[1].length());
    assertTrue(at(out, "KeyPairId").matches("key-0[0-9a-f]{16}"));
    // Key order of the real output (model order): fingerprint, material, name, ID.
    assertEquals("KeyPairId", out.fieldNames().next());
    // AWS: SHA-1 of the PKCS#8 DER private key, colon-separated (EC2 user guide).
    byte[] pkcs1 =
        Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replace("\n", ""));
    var key = KeyFactory.getInstance("RSA").generatePrivate(rsaSpec(pkcs1));
    String expected =
        HexFormat.ofDelimiter(":")
            .formatHex(MessageDigest.getInstance("SHA-1").digest(key.getEncoded()));
    assertEquals(expected, at(out, "KeyFingerprint"));
  }

  @Test
  void keyMaterialIsTheSameInEveryFreshSession() {
    assertEquals(create("k", "rsa"), new KeyPairsTest().create("k", "rsa"));
  }

  @Test
  void ed25519KeysAreOpenSshWithABase64Sha256Fingerprint() {
    var out = api.ok("ec2", "CreateKeyPair", "{\"KeyName\": \"ed\", \"KeyType\": \"ed25519\"}");
    assertTrue(at(out, "KeyMaterial").startsWith("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn"));
    assertTrue(at(out, "KeyFingerprint").matches("[A-Za-z0-9+/]{43}="));
    var described = api.ok("ec2", "DescribeKeyPairs", "{\"KeyNames\": [\"ed\"]}");
    assertEquals("ed25519", at(described, "KeyPairs.0.KeyType"));
  }

  @Test
  void keyTypesAreCheckedAgainstTheModelsEnum() {
    // Real message (hashicorp/packer-plugin-amazon #184).
    assertEquals(
        "InvalidParameterValue: 1 validation error detected: Value 'dsa' at 'keyType' failed to"
            + " satisfy constraint: Member must satisfy enum value set: [rsa, ed25519]",
        api.error("ec2", "CreateKeyPair", "{\"KeyName\": \"k\", \"KeyType\": \"dsa\"}"));
    assertEquals("{\"KeyPairs\":[]}", api.ok("ec2", "DescribeKeyPairs", "{}").toString());
  }

  @Test
  void namesAreUniquePerRegion() {
    create("k", "rsa");
    // Real message (CLI transcripts of create-key-pair).
    assertEquals(
        "InvalidKeyPair.Duplicate: The keypair 'k' already exists.",
        api.error("ec2", "CreateKeyPair", "{\"KeyName\": \"k\"}"));
    api.inRegion("us-east-1");
    create("k", "rsa");
  }

  @Test
  void describeByNameIdAndFilter() {
    create("a", "rsa");
    String id = at(api.ok("ec2", "CreateKeyPair", "{\"KeyName\": \"b\"}"), "KeyPairId");
    var byId = api.ok("ec2", "DescribeKeyPairs", "{\"KeyPairIds\": [\"" + id + "\"]}");
    assertEquals("b", at(byId, "KeyPairs.0.KeyName"));
    assertEquals("2026-01-12T09:00:01+00:00", at(byId, "KeyPairs.0.CreateTime"));
    assertFalse(byId.get("KeyPairs").get(0).has("PublicKey"));
    // CLI example of describe-key-pairs: an empty Tags list.
    assertEquals("[]", byId.get("KeyPairs").get(0).get("Tags").toString());
    var filtered =
        api.ok(
            "ec2",
            "DescribeKeyPairs",
            "{\"Filters\": [{\"Name\": \"key-name\", \"Values\": [\"a*\"]}],"
                + " \"IncludePublicKey\": true}");
    assertEquals(1, filtered.get("KeyPairs").size());
    assertTrue(at(filtered, "KeyPairs.0.PublicKey").startsWith("ssh-rsa AAAAB3NzaC1yc2E"));
    // Real message (terraform transcripts: InvalidKeyPair.NotFound).
    assertEquals(
        "InvalidKeyPair.NotFound: The key pair 'nope' does not exist",
        api.error("ec2", "DescribeKeyPairs", "{\"KeyNames\": [\"nope\"]}"));
    // vpclab's wording for the ID form, following the name form.
    assertEquals(
        "InvalidKeyPair.NotFound: The key pair ID 'key-0123456789abcdef0' does not exist",
        api.error("ec2", "DescribeKeyPairs", "{\"KeyPairIds\": [\"key-0123456789abcdef0\"]}"));
  }

  @Test
  void deleteByNameSucceedsEvenWhenNothingMatches() {
    String id = at(api.ok("ec2", "CreateKeyPair", "{\"KeyName\": \"k\"}"), "KeyPairId");
    var out = api.ok("ec2", "DeleteKeyPair", "{\"KeyName\": \"k\"}");
    assertEquals(id, at(out, "KeyPairId"));
    var again = api.ok("ec2", "DeleteKeyPair", "{\"KeyName\": \"k\"}");
    assertEquals("{\"Return\":true}", again.toString());
    assertEquals(
        "InvalidKeyPair.NotFound: The key pair ID '" + id + "' does not exist",
        api.error("ec2", "DeleteKeyPair", "{\"KeyPairId\": \"" + id + "\"}"));
  }

  @Test
  void importAcceptsOpenSshPublicKeysWithTheMd5Fingerprint() throws Exception {
    String line = KeyMaterial.rsa("imported").publicKey() + " me@laptop";
    String blob = Base64.getEncoder().encodeToString(line.getBytes(StandardCharsets.US_ASCII));
    var out =
        api.ok(
            "ec2",
            "ImportKeyPair",
            "{\"KeyName\": \"mine\", \"PublicKeyMaterial\": \"" + blob + "\"}");
    // AWS: MD5 of the DER public key for imported RSA keys (EC2 user guide).
    byte[] keyBlob = Base64.getDecoder().decode(line.split(" ")[1]);
    assertEquals(md5OfDerPublicKey(keyBlob), at(out, "KeyFingerprint"));
    // Real message (CLI transcripts of import-key-pair with a bad file).
    String bad = Base64.getEncoder().encodeToString("not a key".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "InvalidKey.Format: Key is not in valid OpenSSH public key format",
        api.error(
            "ec2",
            "ImportKeyPair",
            "{\"KeyName\": \"x\", \"PublicKeyMaterial\": \"" + bad + "\"}"));
    assertEquals(
        "InvalidKeyPair.Duplicate: The keypair 'mine' already exists.",
        api.error(
            "ec2",
            "ImportKeyPair",
            "{\"KeyName\": \"mine\", \"PublicKeyMaterial\": \"" + blob + "\"}"));
  }

  private static String md5OfDerPublicKey(byte[] sshBlob) throws Exception {
    ByteBuffer in = ByteBuffer.wrap(sshBlob);
    read(in);
    var e = new BigInteger(read(in));
    var n = new BigInteger(read(in));
    byte[] der =
        KeyFactory.getInstance("RSA")
            .generatePublic(new java.security.spec.RSAPublicKeySpec(n, e))
            .getEncoded();
    return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5").digest(der));
  }

  private static byte[] read(ByteBuffer in) {
    byte[] out = new byte[in.getInt()];
    in.get(out);
    return out;
  }

  /** Reads the nine INTEGERs of a PKCS#1 RSAPrivateKey (lengths in short or long form). */
  private static RSAPrivateCrtKeySpec rsaSpec(byte[] der) {
    ByteBuffer in = ByteBuffer.wrap(der);
    in.get();
    length(in);
    BigInteger[] values = new BigInteger[9];
    for (int i = 0; i < 9; i++) {
      in.get();
      byte[] value = new byte[length(in)];
      in.get(value);
      values[i] = new BigInteger(value);
    }
    return new RSAPrivateCrtKeySpec(
        values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8]);
  }

  private static int length(ByteBuffer in) {
    int first = in.get() & 0xff;
    if (first < 0x80) {
      return first;
    }
    int length = 0;
    for (int i = 0; i < (first & 0x7f); i++) {
      length = (length << 8) | (in.get() & 0xff);
    }
    return length;
  }
}
