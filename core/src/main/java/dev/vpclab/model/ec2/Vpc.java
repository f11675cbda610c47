package dev.vpclab.model.ec2;

import dev.vpclab.net.Cidr;

/** A VPC with its primary IPv4 CIDR block and DNS attributes. */
public record Vpc(
    String id,
    String region,
    Cidr cidr,
    String cidrAssociationId,
    boolean isDefault,
    boolean dnsSupport,
    boolean dnsHostnames,
    String dhcpOptionsId,
    String instanceTenancy)
    implements Ec2Resource {

  @Override
  public String kind() {
    return "vpc";
  }

  public Vpc withDnsSupport(boolean value) {
    return copy(value, dnsHostnames);
  }

  public Vpc withDnsHostnames(boolean value) {
    return copy(dnsSupport, value);
  }

  /** A copy with new DNS attributes, the part of a VPC modify-vpc-attribute changes. */
  private Vpc copy(boolean support, boolean hostnames) {
    return new Vpc(
        id,
        region,
        cidr,
        cidrAssociationId,
        isDefault,
        support,
        hostnames,
        dhcpOptionsId,
        instanceTenancy);
  }
}
