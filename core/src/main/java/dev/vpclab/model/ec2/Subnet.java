package dev.vpclab.model.ec2;

import dev.vpclab.net.Cidr;

/** A subnet: one CIDR block of a VPC in one Availability Zone. */
public record Subnet(
    String id,
    String region,
    String vpcId,
    Cidr cidr,
    String availabilityZone,
    String availabilityZoneId,
    boolean mapPublicIpOnLaunch,
    boolean defaultForAz)
    implements Ec2Resource {

  /** AWS reserves the first four addresses and the last one of every subnet. */
  public static final int RESERVED_ADDRESSES = 5;

  @Override
  public String kind() {
    return "subnet";
  }

  public Subnet withMapPublicIpOnLaunch(boolean value) {
    return new Subnet(
        id, region, vpcId, cidr, availabilityZone, availabilityZoneId, value, defaultForAz);
  }
}
