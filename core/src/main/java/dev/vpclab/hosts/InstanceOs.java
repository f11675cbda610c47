package dev.vpclab.hosts;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.model.catalog.Image;
import dev.vpclab.shell.fs.Format;

/**
 * What an instance runs, from its AMI: the AWS CLI it ships (Amazon Linux 2: v1 aws-cli/1.18.147;
 * Amazon Linux 2023: v2, aws-facts.md section 0), its OpenSSH, its banner, its /etc/os-release (as
 * {@code cat /etc/os-release} shows it in public transcripts of both) and the dot files of a new
 * home.
 */
public enum InstanceOs {
  AMAZON_LINUX_2(
      CliVersion.V1,
      "aws-cli/1.18.147 Python/2.7.18 Linux/4.14.355-275.570.amzn2.x86_64 botocore/1.18.6",
      SshClient.OPENSSH_7_4,
      "\n       __|  __|_  )\n       _|  (     /   Amazon Linux 2 AMI\n      ___|\\___|___|\n\n"
          + "https://aws.amazon.com/amazon-linux-2/\n",
      // /etc/os-release of an Amazon Linux 2 AMI since 2023 (with its SUPPORT_END)
      "NAME=\"Amazon Linux\"\nVERSION=\"2\"\nID=\"amzn\"\nID_LIKE=\"centos rhel fedora\"\n"
          + "VERSION_ID=\"2\"\nPRETTY_NAME=\"Amazon Linux 2\"\nANSI_COLOR=\"0;33\"\n"
          + "CPE_NAME=\"cpe:2.3:o:amazon:amazon_linux:2\"\nHOME_URL=\"https://amazonlinux.com/\"\n"
          + "SUPPORT_END=\"2026-06-30\"\n",
      HomeFiles.AMAZON_LINUX_2),
  AMAZON_LINUX_2023(
      CliVersion.V2,
      "aws-cli/2.17.18 Python/3.9.16 Linux/6.1.115-126.197.amzn2023.x86_64"
          + " source/x86_64.amzn.2023 prompt/off",
      SshClient.OPENSSH_8_7,
      "   ,     #_\n   ~\\_  ####_        Amazon Linux 2023\n  ~~  \\_#####\\\n"
          + "  ~~     \\###|\n  ~~       \\#/ ___   https://aws.amazon.com/linux/amazon-linux-2023\n"
          + "   ~~       V~' '->\n    ~~~         /\n      ~~._.   _/\n         _/ _/\n"
          + "       _/m/'\n",
      // /etc/os-release of the catalogue's AMI, al2023-ami-2023.6.20241111.0
      "NAME=\"Amazon Linux\"\nVERSION=\"2023\"\nID=\"amzn\"\nID_LIKE=\"fedora\"\n"
          + "VERSION_ID=\"2023\"\nPLATFORM_ID=\"platform:al2023\"\n"
          + "PRETTY_NAME=\"Amazon Linux 2023.6.20241111\"\nANSI_COLOR=\"0;33\"\n"
          + "CPE_NAME=\"cpe:2.3:o:amazon:amazon_linux:2023\"\n"
          + "HOME_URL=\"https://aws.amazon.com/linux/amazon-linux-2023/\"\n"
          + "DOCUMENTATION_URL=\"https://docs.aws.amazon.com/linux/\"\n"
          + "SUPPORT_URL=\"https://aws.amazon.com/premiumsupport/\"\n"
          + "BUG_REPORT_URL=\"https://github.com/amazonlinux/amazon-linux-2023\"\n"
          + "VENDOR_NAME=\"AWS\"\nVENDOR_URL=\"https://aws.amazon.com/\"\n"
          + "SUPPORT_END=\"2028-03-15\"\n",
      HomeFiles.AMAZON_LINUX_2023);

  private final CliVersion cli;
  private final String cliVersionLine;
  private final SshClient sshClient;
  private final String banner;
  private final String osRelease;
  private final HomeFiles homeFiles;

  InstanceOs(
      CliVersion cli,
      String cliVersionLine,
      SshClient sshClient,
      String banner,
      String osRelease,
      HomeFiles homeFiles) {
    this.cli = cli;
    this.cliVersionLine = cliVersionLine;
    this.sshClient = sshClient;
    this.banner = banner;
    this.osRelease = osRelease;
    this.homeFiles = homeFiles;
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

  /** The OpenSSH client ssh and scp run there. */
  public SshClient sshClient() {
    return sshClient;
  }

  /**
   * Whether the message of the day comes before sshd's "Last login" line: on Amazon Linux 2023
   * pam_motd prints it first; on Amazon Linux 2 it follows (public login transcripts of both).
   */
  public boolean motdFirst() {
    return this == AMAZON_LINUX_2023;
  }

  /** The message of the day a login prints. */
  public String banner() {
    return banner;
  }

  /** {@code /etc/os-release}. */
  public String osRelease() {
    return osRelease;
  }

  /** Both root disks are XFS; Amazon Linux 2023 also labels its files for SELinux. */
  public Format diskFormat() {
    return this == AMAZON_LINUX_2023 ? Format.XFS_SELINUX : Format.XFS;
  }

  /** The dot files /etc/skel gives ec2-user's home. */
  HomeFiles homeFiles() {
    return homeFiles;
  }
}
