package dev.vpclab.netcmds;

import dev.vpclab.hosts.InstanceOs;
import dev.vpclab.hosts.Origin;

/**
 * The network tools a machine has and how their versions word things: the laptop runs Ubuntu 22.04
 * (curl 7.81.0, netcat-openbsd, bind9 9.18 dnsutils, systemd-resolved at 127.0.0.53); Amazon Linux
 * 2 has curl 7.79.1, nmap-ncat 7.50 and bind-utils 9.11 with the VPC's resolver in resolv.conf;
 * Amazon Linux 2023 has curl 8.5.0, nmap-ncat 7.93, bind-utils 9.16 and systemd-resolved.
 */
public enum Platform {
  LAPTOP("7.81.0", false, null, "9.18.18-0ubuntu0.22.04.2-Ubuntu", true, true),
  AMAZON_LINUX_2("7.79.1", false, "7.50", "9.11.4-P2-RedHat-9.11.4-26.P2.amzn2.13", false, false),
  AMAZON_LINUX_2023("8.5.0", true, "7.93", "9.16.48-RH", false, true);

  private final String curlVersion;
  private final boolean curl8;
  private final String ncatVersion;
  private final String bindVersion;
  private final boolean bind918;
  private final boolean stubResolver;

  Platform(
      String curlVersion,
      boolean curl8,
      String ncatVersion,
      String bindVersion,
      boolean bind918,
      boolean stubResolver) {
    this.curlVersion = curlVersion;
    this.curl8 = curl8;
    this.ncatVersion = ncatVersion;
    this.bindVersion = bindVersion;
    this.bind918 = bind918;
    this.stubResolver = stubResolver;
  }

  public static Platform of(Origin origin) {
    return origin
        .os()
        .map(os -> os == InstanceOs.AMAZON_LINUX_2023 ? AMAZON_LINUX_2023 : AMAZON_LINUX_2)
        .orElse(LAPTOP);
  }

  /** {@code curl --version}'s number, as the User-Agent header carries it. */
  public String curlVersion() {
    return curlVersion;
  }

  /**
   * Whether curl words connect errors as 7.87 and later do ({@code Couldn't connect to server},
   * {@code Timeout was reached}) rather than with the system's error text.
   */
  public boolean curlConnectFilters() {
    return curl8;
  }

  /** Whether {@code nc} is nmap's ncat (Amazon Linux) rather than OpenBSD's netcat (Ubuntu). */
  public boolean ncat() {
    return ncatVersion != null;
  }

  public String ncatVersion() {
    return ncatVersion;
  }

  /** {@code dig}'s version banner. */
  public String bindVersion() {
    return bindVersion;
  }

  /**
   * Whether dig and nslookup report an unanswered query as 9.18 does ({@code ;; communications
   * error to …: timed out}, three tries) rather than {@code ;; connection timed out; no servers
   * could be reached}.
   */
  public boolean bind918() {
    return bind918;
  }

  /**
   * Whether resolv.conf names systemd-resolved's stub at 127.0.0.53 instead of the VPC's resolver.
   */
  public boolean stubResolver() {
    return stubResolver;
  }
}
