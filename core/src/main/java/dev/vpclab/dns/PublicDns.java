package dev.vpclab.dns;

import dev.vpclab.model.Ids;
import dev.vpclab.model.catalog.PrefixList;
import dev.vpclab.model.catalog.Region;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The internet's DNS as vpclab knows it. AWS service names resolve into that service's address
 * ranges in that region — S3 and DynamoDB into their managed prefix lists, so a gateway endpoint's
 * route matches them and nothing else — with the legacy global names ({@code s3.amazonaws.com},
 * {@code sts.amazonaws.com}) in us-east-1. EC2 public DNS names resolve to the address they spell.
 * Other names resolve to a stand-in address in a documentation range, since vpclab has no real
 * internet.
 */
public final class PublicDns {
  private static final Pattern REGIONAL =
      Pattern.compile("^([a-z0-9-]+)\\.([a-z]{2}-[a-z]+-\\d)\\.amazonaws\\.com$");
  private static final Pattern GLOBAL = Pattern.compile("^([a-z0-9-]+)\\.amazonaws\\.com$");
  private static final Pattern EC2_PUBLIC =
      Pattern.compile(
          "^ec2-(\\d+)-(\\d+)-(\\d+)-(\\d+)\\.(?:[a-z]{2}-[a-z]+-\\d\\.compute|compute-1)\\.amazonaws\\.com$");
  private static final List<String> GLOBAL_IN_US_EAST_1 = List.of("s3", "sts", "iam");

  /** Where other AWS service endpoints answer: Amazon's 52.94.0.0/16 and 52.95.0.0/16 ranges. */
  private static final Cidr AWS_SERVICES = Cidr.of("52.94.0.0/15");

  /** Stand-ins for the rest of the internet: TEST-NET-2, reserved for documentation (RFC 5737). */
  private static final Cidr ELSEWHERE = Cidr.of("198.51.100.0/24");

  private PublicDns() {}

  public static Optional<Answer> resolve(String rawName) {
    String name = rawName.toLowerCase().replaceAll("\\.$", "");
    Optional<Ipv4> literal = Ipv4.parse(name);
    if (literal.isPresent()) {
      return Optional.of(Answer.host(name, literal.get()));
    }
    Matcher ec2 = EC2_PUBLIC.matcher(name);
    if (ec2.matches()) {
      return Ipv4.parse(ec2.group(1) + "." + ec2.group(2) + "." + ec2.group(3) + "." + ec2.group(4))
          .map(ip -> Answer.host(name, ip));
    }
    Matcher regional = REGIONAL.matcher(name);
    if (regional.matches()) {
      return Regions.catalog()
          .get(regional.group(2))
          .map(
              r ->
                  Answer.service(
                      name,
                      serviceAddress(regional.group(1), r, name),
                      regional.group(1),
                      r.name()));
    }
    Matcher global = GLOBAL.matcher(name);
    if (global.matches()) {
      String service = global.group(1);
      if (!GLOBAL_IN_US_EAST_1.contains(service)) {
        return Optional.empty();
      }
      Region usEast1 = Regions.catalog().require("us-east-1");
      return Optional.of(
          Answer.service(name, serviceAddress(service, usEast1, name), service, "us-east-1"));
    }
    if (name.endsWith(".internal") || name.endsWith(".amazonaws.com") || !name.contains(".")) {
      return Optional.empty();
    }
    return Optional.of(Answer.host(name, pick(ELSEWHERE, name)));
  }

  private static Ipv4 serviceAddress(String service, Region region, String name) {
    Optional<PrefixList> list = region.prefixList(service);
    Cidr range = list.map(l -> l.cidrs().get(0)).orElse(AWS_SERVICES);
    return pick(range, name);
  }

  /** A stable address inside {@code range} for {@code name}, never the first or last one. */
  private static Ipv4 pick(Cidr range, String name) {
    byte[] digest = Ids.digest("dns/" + name);
    long n =
        ((digest[0] & 0xffL) << 24)
            | ((digest[1] & 0xffL) << 16)
            | ((digest[2] & 0xffL) << 8)
            | (digest[3] & 0xffL);
    return range.address(1 + n % (range.size() - 2));
  }
}
