package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.net.Ipv4;
import java.util.Optional;

/**
 * The addresses and names of a network interface as EC2 reports them: its public IP (an associated
 * Elastic IP wins over the one assigned at launch), the {@code
 * ip-10-0-1-57.us-east-2.compute.internal} and {@code
 * ec2-18-216-240-182.us-east-2.compute.amazonaws.com} DNS names (EC2 user guide, instance naming;
 * us-east-1 uses {@code ec2.internal} and {@code compute-1.amazonaws.com}).
 */
public final class InstanceAddresses {
  private InstanceAddresses() {}

  /** The public address of an interface and where it comes from. */
  public record Public(Ipv4 ip, Optional<ElasticIp> elastic) {}

  public static Optional<Public> publicOf(View view, String interfaceId, Ipv4 launchIp) {
    Optional<ElasticIp> elastic =
        view.all(ElasticIp.class)
            .filter(
                e -> e.current().map(a -> interfaceId.equals(a.networkInterfaceId())).orElse(false))
            .findFirst();
    if (elastic.isPresent()) {
      return Optional.of(new Public(elastic.get().publicIp(), elastic));
    }
    return Optional.ofNullable(launchIp).map(ip -> new Public(ip, Optional.empty()));
  }

  static String privateDnsName(Ipv4 ip, String region) {
    return "ip-"
        + dashed(ip)
        + (region.equals("us-east-1") ? ".ec2.internal" : "." + region + ".compute.internal");
  }

  /** Empty unless the VPC gives DNS hostnames, as describe-instances shows it. */
  static String publicDnsName(View view, String vpcId, Ipv4 ip, String region) {
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

  /**
   * {@code Association} of an interface with a public IP: owned by {@code amazon} for an address
   * assigned at launch, by the account for an Elastic IP (whose IDs DescribeNetworkInterfaces
   * adds).
   */
  static ObjectNode association(
      View view, Public address, String vpcId, String region, boolean withElasticIds) {
    ObjectNode json = Request.object();
    address
        .elastic()
        .filter(e -> withElasticIds)
        .ifPresent(
            e -> {
              json.put("AllocationId", e.allocationId());
              e.current().ifPresent(a -> json.put("AssociationId", a.associationId()));
            });
    return json.put("IpOwnerId", address.elastic().isPresent() ? Account.ID : "amazon")
        .put("PublicDnsName", publicDnsName(view, vpcId, address.ip(), region))
        .put("PublicIp", address.ip().toString());
  }

  /** A MAC address derived from the interface ID: unicast, locally administered, like AWS's. */
  static String macAddress(String interfaceId) {
    byte[] bytes = Ids.digest("mac/" + interfaceId);
    bytes[0] = (byte) ((bytes[0] & 0xfc) | 0x02);
    var out = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      out.append(i == 0 ? "" : ":").append(String.format("%02x", bytes[i] & 0xff));
    }
    return out.toString();
  }

  private static String dashed(Ipv4 ip) {
    return ip.toString().replace('.', '-');
  }
}
