package dev.vpclab.hosts;

/**
 * The OpenSSH client of a machine, where its versions print differently (aws-facts.md section 9):
 * which host key type it asks the server for first (7.4 prefers ECDSA, 8.x Ed25519), whether the
 * first-connection question offers {@code [fingerprint]} (8.0 and later) and adds "This key is not
 * known by any other names" (8.5 and later, with a period only from 9.1), and whether it records
 * the host's address beside its name in known_hosts ({@code CheckHostIP}, on by default until 8.5).
 */
public enum SshClient {
  /** Amazon Linux 2: OpenSSH_7.4p1. */
  OPENSSH_7_4("ECDSA", false, false, true, false),
  /** Amazon Linux 2023: OpenSSH_8.7p1. */
  OPENSSH_8_7("ED25519", true, true, false, false),
  /** The laptop, Ubuntu 22.04: OpenSSH_8.9p1, whose /etc/ssh/ssh_config says HashKnownHosts yes. */
  OPENSSH_8_9("ED25519", true, true, false, true);

  private final String hostKeyType;
  private final boolean offersFingerprint;
  private final boolean looksForOtherNames;
  private final boolean checksHostIp;
  private final boolean hashesKnownHosts;

  SshClient(
      String hostKeyType,
      boolean offersFingerprint,
      boolean looksForOtherNames,
      boolean checksHostIp,
      boolean hashesKnownHosts) {
    this.hashesKnownHosts = hashesKnownHosts;
    this.hostKeyType = hostKeyType;
    this.offersFingerprint = offersFingerprint;
    this.looksForOtherNames = looksForOtherNames;
    this.checksHostIp = checksHostIp;
  }

  /** {@code ECDSA} or {@code ED25519}, as the fingerprint and known-hosts lines name it. */
  public String hostKeyType() {
    return hostKeyType;
  }

  /** Whether known_hosts stores host names hashed. */
  boolean hashesKnownHosts() {
    return hashesKnownHosts;
  }

  /** The end of the first-connection question, answered yes as a learner would. */
  String question() {
    return offersFingerprint
        ? "Are you sure you want to continue connecting (yes/no/[fingerprint])? yes\n"
        : "Are you sure you want to continue connecting (yes/no)? yes\n";
  }

  /** sshconnect.c of 8.5 to 9.0: the line between the fingerprint and the question. */
  String otherNamesLine() {
    return looksForOtherNames ? "This key is not known by any other names\n" : "";
  }

  /** Whether a host reached by name is remembered as {@code name,address}. */
  boolean checksHostIp() {
    return checksHostIp;
  }
}
