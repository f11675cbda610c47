package dev.vpclab.model.ec2;

import dev.vpclab.model.View;
import dev.vpclab.net.Ipv4;
import java.util.Optional;

/**
 * How a network interface is addressed from outside and named in DNS: its public IP (an associated
 * Elastic IP wins over the one assigned at launch), {@code ip-10-0-1-57.us-east-2.compute.internal}
 * and {@code ec2-18-216-240-182.us-east-2.compute.amazonaws.com} (EC2 user guide, instance naming;
 * us-east-1 uses {@code ec2.internal} and {@code compute-1.amazonaws.com}). The API views and the
 * tracer both ask here, so they never disagree.
 */
public final class Addressing {
  private Addressing() {}

  /** The public address of an interface and the Elastic IP it comes from, if any. */
  public record Public(Ipv4 ip, Optional<ElasticIp> elastic) {}

  public static Optional<Public> publicOf(View view, String interfaceId, Ipv4 launchIp) {
    return publicOf(
        view.all(ElasticIp.class).filter(e -> e.isOn(interfaceId)).findFirst(), launchIp);
  }

  /** The public address given the Elastic IP on the interface, if one is. */
  static Optional<Public> publicOf(Optional<ElasticIp> elastic, Ipv4 launchIp) {
    if (elastic.isPresent()) {
      return Optional.of(new Public(elastic.get().publicIp(), elastic));
    }
    return Optional.ofNullable(launchIp).map(ip -> new Public(ip, Optional.empty()));
  }

  /** The public address of an instance's primary interface and where it comes from. */
  public static Optional<Public> publicOf(View view, Instance instance) {
    return publicOf(view, instance.networkInterfaceId(), instance.launchPublicIp());
  }

  /** The public address of a running instance. */
  public static Optional<Ipv4> publicIp(View view, Instance instance) {
    return publicOf(view, instance).map(Public::ip);
  }

  public static String privateDnsName(Ipv4 ip, String region) {
    return "ip-"
        + dashed(ip)
        + (region.equals("us-east-1") ? ".ec2.internal" : "." + region + ".compute.internal");
  }

  /** The host name an Amazon Linux instance gives itself: {@code ip-10-0-1-57}. */
  public static String hostname(Ipv4 ip) {
    return "ip-" + dashed(ip);
  }

  /** Empty unless the VPC gives DNS hostnames, as describe-instances shows it. */
  public static String publicDnsName(View view, String vpcId, Ipv4 ip, String region) {
    boolean hostnames = view.find(Vpc.class, vpcId).map(Vpc::dnsHostnames).orElse(false);
    if (!hostnames) {
      return "";
    }
    return "ec2-"
        + dashed(ip)
        + (region.equals("us-east-1")
            ? ".compute-1.amazonaws.com"
            : "." + region + ".compute.amazonaws.com");
  }

  private static String dashed(Ipv4 ip) {
    return ip.toString().replace('.', '-');
  }
}
