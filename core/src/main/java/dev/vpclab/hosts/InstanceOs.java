package dev.vpclab.hosts;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.model.catalog.Image;

/**
 * What an instance runs, from its AMI: the AWS CLI it ships (Amazon Linux 2: v1 aws-cli/1.18.147;
 * Amazon Linux 2023: v2, aws-facts.md section 0), its OpenSSH, its banner.
 */
public enum InstanceOs {
  AMAZON_LINUX_2(
      CliVersion.V1,
      "aws-cli/1.18.147 Python/2.7.18 Linux/4.14.355-275.570.amzn2.x86_64 botocore/1.18.6",
      "OpenSSH_7.4p1",
      "\n       __|  __|_  )\n       _|  (     /   Amazon Linux 2 AMI\n      ___|\\___|___|\n\n"
          + "https://aws.amazon.com/amazon-linux-2/\n",
      "Amazon Linux 2",
      "2"),
  AMAZON_LINUX_2023(
      CliVersion.V2,
      "aws-cli/2.17.18 Python/3.9.16 Linux/6.1.115-126.197.amzn2023.x86_64"
          + " source/x86_64.amzn.2023 prompt/off",
      "OpenSSH_8.7p1",
      "   ,     #_\n   ~\\_  ####_        Amazon Linux 2023\n  ~~  \\_#####\\\n"
          + "  ~~     \\###|\n  ~~       \\#/ ___   https://aws.amazon.com/linux/amazon-linux-2023\n"
          + "   ~~       V~' '->\n    ~~~         /\n      ~~._.   _/\n         _/ _/\n"
          + "       _/m/'\n",
      "Amazon Linux 2023",
      "2023");

  private final CliVersion cli;
  private final String cliVersionLine;
  private final String openSsh;
  private final String banner;
  private final String prettyName;
  private final String versionId;

  InstanceOs(
      CliVersion cli,
      String cliVersionLine,
      String openSsh,
      String banner,
      String prettyName,
      String versionId) {
    this.cli = cli;
    this.cliVersionLine = cliVersionLine;
    this.openSsh = openSsh;
    this.banner = banner;
    this.prettyName = prettyName;
    this.versionId = versionId;
  }

  public static InstanceOs of(Image.Os os) {
    return os == Image.Os.AMAZON_LINUX_2023 ? AMAZON_LINUX_2023 : AMAZON_LINUX_2;
  }

  public CliVersion cli() {
    return cli;
  }

  /** What {@code aws --version} prints there. */
  public String cliVersionLine() {
    return cliVersionLine;
  }

  /** OpenSSH 7.4 asks {@code (yes/no)?}; 8.0 and later {@code (yes/no/[fingerprint])?}. */
  public boolean asksForFingerprint() {
    return this == AMAZON_LINUX_2023;
  }

  public String openSsh() {
    return openSsh;
  }

  /** The message of the day a login prints. */
  public String banner() {
    return banner;
  }

  /** {@code /etc/os-release}. */
  public String osRelease() {
    return "NAME=\"Amazon Linux\"\nVERSION=\""
        + versionId
        + "\"\nID=\"amzn\"\nID_LIKE=\"fedora\"\nVERSION_ID=\""
        + versionId
        + "\"\nPRETTY_NAME=\""
        + prettyName
        + "\"\nANSI_COLOR=\"0;33\"\nHOME_URL=\"https://amazonlinux.com/\"\n";
  }
}
