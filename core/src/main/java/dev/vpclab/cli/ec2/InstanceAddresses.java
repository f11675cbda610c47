package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.net.Ipv4;
import java.util.Optional;

/**
 * The address parts of a network interface that only the API shows, alike in describe-instances and
 * describe-network-interfaces: its {@code Association}, its {@code PrivateIpAddresses} and its MAC
 * address. The addresses and names themselves come from {@link Addressing}, which the tracer
 * shares.
 */
final class InstanceAddresses {
  private InstanceAddresses() {}

  /**
   * {@code Association} of an interface with a public IP: owned by {@code amazon} for an address
   * assigned at launch, by the account for an Elastic IP (whose IDs DescribeNetworkInterfaces
   * adds).
   */
  static ObjectNode association(
      View view, Addressing.Public address, String vpcId, String region, boolean withElasticIds) {
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
        .put("PublicDnsName", Addressing.publicDnsName(view, vpcId, address.ip(), region))
        .put("PublicIp", address.ip().toString());
  }

  /**
   * {@code PrivateIpAddresses} of an interface with one address, its primary: the same address, DNS
   * name and association the interface shows at its top level.
   */
  static ArrayNode primaryOnly(Optional<ObjectNode> association, String privateDns, Ipv4 ip) {
    ObjectNode primary = Request.object();
    association.ifPresent(a -> primary.set("Association", a.deepCopy()));
    primary
        .put("Primary", true)
        .put("PrivateDnsName", privateDns)
        .put("PrivateIpAddress", ip.toString());
    return Request.array().add(primary);
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
}
