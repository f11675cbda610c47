package dev.vpclab.model.ec2;

import dev.vpclab.model.Regional;
import dev.vpclab.net.Ipv4;
import java.util.Optional;

/**
 * An Elastic IP address. While associated it maps to one private address of one network interface
 * (an instance's, or a NAT gateway's).
 */
public record ElasticIp(String allocationId, String region, Ipv4 publicIp, Association association)
    implements Regional {

  /** Where the address points: {@code instanceId} is null for a NAT gateway's interface. */
  public record Association(
      String associationId, String instanceId, String networkInterfaceId, Ipv4 privateIp) {}

  @Override
  public String key() {
    return allocationId;
  }

  @Override
  public String kind() {
    return "elastic-ip";
  }

  public Optional<Association> current() {
    return Optional.ofNullable(association);
  }

  /** Whether the address is associated with this network interface. */
  public boolean isOn(String interfaceId) {
    return association != null && interfaceId.equals(association.networkInterfaceId());
  }

  public ElasticIp associated(Association to) {
    return new ElasticIp(allocationId, region, publicIp, to);
  }

  public ElasticIp disassociated() {
    return new ElasticIp(allocationId, region, publicIp, null);
  }
}
