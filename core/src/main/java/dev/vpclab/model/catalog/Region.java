package dev.vpclab.model.catalog;

import dev.vpclab.net.Cidr;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A region vpclab simulates, with what a fresh account finds there. */
public record Region(
    String name,
    List<Zone> zones,
    List<Cidr> ec2PublicRanges,
    Map<String, PrefixList> prefixLists) {

  public Region {
    zones = List.copyOf(zones);
    ec2PublicRanges = List.copyOf(ec2PublicRanges);
    prefixLists = Map.copyOf(prefixLists);
  }

  public Optional<Zone> zone(String zoneName) {
    return zones.stream().filter(z -> z.name().equals(zoneName)).findFirst();
  }

  /** The AWS-managed prefix list of a gateway-endpoint service ({@code s3}, {@code dynamodb}). */
  public Optional<PrefixList> prefixList(String service) {
    return Optional.ofNullable(prefixLists.get(service));
  }
}
