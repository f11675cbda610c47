package dev.vpclab.model.ec2;

import java.time.Instant;

/**
 * An EC2 key pair. vpclab keeps the private key it handed out, so {@code ssh -i FILE} can tell
 * whether FILE holds the key of the instance's pair; an imported pair has only its public key
 * ({@code privateKeyMaterial} null). {@code type} is {@code rsa} or {@code ed25519}; {@code
 * publicKey} is the OpenSSH line ({@code ssh-rsa AAAA...}).
 */
public record KeyPair(
    String id,
    String region,
    String name,
    String type,
    String fingerprint,
    String privateKeyMaterial,
    Instant createTime,
    String publicKey)
    implements Ec2Resource {

  @Override
  public String kind() {
    return "key-pair";
  }
}
