package dev.vpclab.model.ec2;

import dev.vpclab.net.Cidr;

/** Where a route leads from: an IPv4 CIDR block, or a managed prefix list. */
public sealed interface RouteDestination {

  /** {@code DestinationCidrBlock}. */
  record ToCidr(Cidr cidr) implements RouteDestination {
    @Override
    public String toString() {
      return cidr.toString();
    }
  }

  /** {@code DestinationPrefixListId}, e.g. a gateway endpoint's {@code pl-7ba54012}. */
  record ToPrefixList(String prefixListId) implements RouteDestination {
    @Override
    public String toString() {
      return prefixListId;
    }
  }
}
