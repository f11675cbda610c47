package dev.vpclab.trace;

import dev.vpclab.model.catalog.PrefixList;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import java.util.Optional;

/**
 * Route selection in one route table: the longest prefix that contains the destination wins; a
 * prefix-list route counts with the length of its matching CIDR; between equal lengths a static
 * CIDR route beats a prefix-list route (VPC user guide, "Route priority and prefix lists").
 */
public final class RouteCheck {
  private RouteCheck() {}

  /** The chosen route and the length it won with. */
  public record Match(Route route, int prefixLength) {}

  public static Optional<Match> lookup(RouteTable table, Ipv4 destination) {
    Match best = null;
    for (Route route : table.routes()) {
      Optional<Integer> length = matchLength(route.destination(), destination);
      if (length.isEmpty()) {
        continue;
      }
      if (best == null || beats(route, length.get(), best)) {
        best = new Match(route, length.get());
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean beats(Route route, int length, Match best) {
    if (length != best.prefixLength()) {
      return length > best.prefixLength();
    }
    return route.destination() instanceof RouteDestination.ToCidr
        && best.route().destination() instanceof RouteDestination.ToPrefixList;
  }

  private static Optional<Integer> matchLength(RouteDestination destination, Ipv4 ip) {
    if (destination instanceof RouteDestination.ToCidr c) {
      return c.cidr().contains(ip) ? Optional.of(c.cidr().prefix()) : Optional.empty();
    }
    String listId = ((RouteDestination.ToPrefixList) destination).prefixListId();
    return Regions.catalog()
        .prefixList(listId)
        .map(PrefixList::cidrs)
        .flatMap(
            cidrs ->
                cidrs.stream().filter(c -> c.contains(ip)).map(Cidr::prefix).max(Integer::compare));
  }

  /** A route as the console's table shows it: {@code 0.0.0.0/0 → nat-0abc…}. */
  public static String describe(Route route) {
    return route.destination() + " → " + route.target().id();
  }
}
