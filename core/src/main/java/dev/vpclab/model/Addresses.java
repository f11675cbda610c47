package dev.vpclab.model;

import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import java.util.HashSet;
import java.util.Set;

/**
 * Hands out private and public IPv4 addresses the way AWS appears to: an unused address that looks
 * random, but here is the same in every fresh session (it is derived from the resource's ID).
 */
public final class Addresses {
  private Addresses() {}

  /** A free private address in a subnet, never one of the five AWS reserves. */
  public static Ipv4 privateIn(Tx tx, Subnet subnet, String seed) {
    Set<Ipv4> used = usedPrivate(tx, subnet);
    Cidr cidr = subnet.cidr();
    long usable = cidr.size() - Subnet.RESERVED_ADDRESSES;
    if (usable - used.size() <= 0) {
      throw new IllegalStateException("no free address in " + subnet.id());
    }
    long start = Math.floorMod(toLong(Ids.digest("private/" + seed)), usable);
    for (long i = 0; i < usable; i++) {
      Ipv4 candidate = cidr.address(4 + (start + i) % usable);
      if (!used.contains(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free address in " + subnet.id());
  }

  /** How many addresses of a subnet are still free, as AvailableIpAddressCount reports. */
  public static long availableIn(View view, Subnet subnet) {
    return subnet.cidr().size() - Subnet.RESERVED_ADDRESSES - usedPrivate(view, subnet).size();
  }

  /** A public address from the region's EC2 ranges that nothing else holds. */
  public static Ipv4 publicIn(Tx tx, String region, String seed) {
    var ranges = Regions.catalog().require(region).ec2PublicRanges();
    Set<Ipv4> used = usedPublic(tx);
    long n = toLong(Ids.digest("public/" + seed));
    for (int attempt = 0; ; attempt++) {
      Cidr range = ranges.get((int) Math.floorMod(n + attempt, (long) ranges.size()));
      long offset = Math.floorMod(n / 7 + attempt * 7919L, range.size() - 2) + 1;
      Ipv4 candidate = range.address(offset);
      if (candidate.octet(3) != 0 && candidate.octet(3) != 255 && !used.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static Set<Ipv4> usedPrivate(View tx, Subnet subnet) {
    var used = new HashSet<Ipv4>();
    tx.all(Instance.class)
        .filter(i -> i.subnetId().equals(subnet.id()) && !i.isTerminated())
        .forEach(i -> used.add(i.privateIp()));
    tx.all(NatGateway.class)
        .filter(n -> n.subnetId().equals(subnet.id()) && !n.isGone())
        .forEach(n -> used.add(n.privateIp()));
    return used;
  }

  private static Set<Ipv4> usedPublic(View tx) {
    var used = new HashSet<Ipv4>();
    tx.all(ElasticIp.class).forEach(e -> used.add(e.publicIp()));
    tx.all(Instance.class)
        .filter(i -> i.launchPublicIp() != null)
        .forEach(i -> used.add(i.launchPublicIp()));
    return used;
  }

  private static long toLong(byte[] bytes) {
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (bytes[i] & 0xff);
    }
    return value & Long.MAX_VALUE;
  }
}
