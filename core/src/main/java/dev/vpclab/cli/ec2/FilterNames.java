package dev.vpclab.cli.ec2;

import dev.vpclab.model.World;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The filter names ({@code --filters Name=…}) each simulated describe operation accepts, read from
 * the same tables the handlers filter with, so completion offers exactly what works. {@code
 * tag:<key>}, {@code tag-key} and {@code tag-value} are accepted everywhere besides these.
 */
public final class FilterNames {
  private static final Map<String, SortedSet<String>> BY_OPERATION = build();

  private FilterNames() {}

  /** The names for an operation, by its model name ({@code DescribeVpcs}); empty if it has none. */
  public static SortedSet<String> of(String operation) {
    return BY_OPERATION.getOrDefault(operation, java.util.Collections.emptySortedSet());
  }

  private static Map<String, SortedSet<String>> build() {
    // The tables that need the account only read it while filtering; any view lists their names.
    World none = World.empty(Instant.EPOCH);
    return Map.ofEntries(
        entry("DescribeImages", Amis.FILTERS.names()),
        entry("DescribeAddresses", ElasticIps.FILTERS.names()),
        entry("DescribeVpcEndpointServices", EndpointServices.FILTERS.names()),
        entry("DescribeInstances", Instances.filters(none).names()),
        entry("DescribeInternetGateways", InternetGateways.FILTERS.names()),
        entry("DescribeKeyPairs", KeyPairs.FILTERS.names()),
        entry("DescribeNatGateways", NatGateways.FILTERS.names()),
        entry("DescribeNetworkAcls", NetworkAcls.FILTERS.names()),
        entry("DescribeNetworkInterfaces", NetworkInterfaces.FILTERS.names()),
        entry("DescribePrefixLists", PrefixLists.FILTERS.names()),
        entry("DescribeManagedPrefixLists", PrefixLists.FILTERS.names()),
        entry("DescribeIamInstanceProfileAssociations", ProfileAssociations.FILTERS.names()),
        entry("DescribeAvailabilityZones", RegionsAndZones.ZONE_FILTERS.names()),
        entry("DescribeRegions", RegionsAndZones.REGION_FILTERS.names()),
        entry("DescribeRouteTables", RouteTables.filters(none).names()),
        entry("DescribeSecurityGroupRules", SecurityGroupRules.FILTERS.names()),
        entry("DescribeSecurityGroups", SecurityGroups.FILTERS.names()),
        entry("DescribeSubnets", Subnets.FILTERS.names()),
        entry("DescribeTags", Tagging.FILTERS.names()),
        entry("DescribeVpcEndpoints", VpcEndpoints.FILTERS.names()),
        entry("DescribeVpcs", Vpcs.FILTERS.names()));
  }

  private static Map.Entry<String, SortedSet<String>> entry(String operation, Set<String> names) {
    return Map.entry(operation, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(names)));
  }
}
