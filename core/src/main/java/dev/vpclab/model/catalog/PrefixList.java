package dev.vpclab.model.catalog;

import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import java.util.List;

/**
 * An AWS-managed prefix list: the address ranges of one service in one region, named like the
 * gateway endpoint service it stands for ({@code com.amazonaws.us-east-2.s3}).
 */
public record PrefixList(String id, String service, String region, List<Cidr> cidrs) {
  public PrefixList {
    cidrs = List.copyOf(cidrs);
  }

  public String name() {
    return "com.amazonaws." + region + "." + service;
  }

  public boolean contains(Ipv4 ip) {
    return cidrs.stream().anyMatch(c -> c.contains(ip));
  }
}
