package dev.vpclab.cli.ec2;

import dev.vpclab.model.Regional;
import dev.vpclab.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds EC2 resources by ID the way EC2 does: a malformed ID and an unknown one get different
 * errors, and a resource in another region does not exist here.
 */
public final class Lookup {
  private Lookup() {}

  public static <T extends Regional> T require(
      View view, Class<T> type, Ec2Kind kind, String id, String region) {
    return find(view, type, kind, id, region).orElseThrow(() -> kind.notFound(id));
  }

  /**
   * Like {@link #require}, for the operations real EC2 answers without checking the ID's shape:
   * CreateSubnet and CreateRouteTable call the VPC {@code InvalidVpcId} unknown, not malformed
   * (real errors quoted in aws-controllers-k8s/ec2-controller's e2e tests).
   */
  public static <T extends Regional> T requireAnyShape(
      View view, Class<T> type, Ec2Kind kind, String id, String region) {
    return view.find(type, id)
        .filter(r -> r.region().equals(region))
        .orElseThrow(() -> kind.notFound(id));
  }

  public static <T extends Regional> Optional<T> find(
      View view, Class<T> type, Ec2Kind kind, String id, String region) {
    requireShape(kind, id);
    return view.find(type, id).filter(r -> r.region().equals(region));
  }

  /** All of the IDs, in the order given; the first unknown one fails the request. */
  public static <T extends Regional> List<T> requireAll(
      View view, Class<T> type, Ec2Kind kind, List<String> ids, String region) {
    ids.forEach(id -> requireShape(kind, id));
    var found = new ArrayList<T>();
    var missing = new ArrayList<String>();
    for (String id : ids) {
      view.find(type, id)
          .filter(r -> r.region().equals(region))
          .ifPresentOrElse(found::add, () -> missing.add(id));
    }
    if (!missing.isEmpty()) {
      throw kind.notFound(missing);
    }
    return found;
  }

  /**
   * IDs of things vpclab derives instead of storing (security group rules, network interfaces): all
   * must be well formed, then each must be known.
   */
  public static void requireKnown(Ec2Kind kind, List<String> ids, Predicate<String> known) {
    ids.forEach(id -> requireShape(kind, id));
    ids.stream()
        .filter(known.negate())
        .findFirst()
        .ifPresent(
            id -> {
              throw kind.notFound(id);
            });
  }

  private static void requireShape(Ec2Kind kind, String id) {
    if (kind.refusesMalformed() && !kind.isWellFormed(id)) {
      throw kind.malformed(id);
    }
  }
}
