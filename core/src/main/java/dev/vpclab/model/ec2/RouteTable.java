package dev.vpclab.model.ec2;

import dev.vpclab.model.Regional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A route table: its routes, and the subnets (or, for the main table, the VPC) it is associated
 * with. Whether a route is {@code active} or {@code blackhole} is not stored: it follows from
 * whether its target still exists, so it can never go stale.
 */
public record RouteTable(
    String id, String region, String vpcId, List<Route> routes, List<Association> associations)
    implements Regional {

  /** One association; the main one has no subnet. */
  public record Association(String id, String subnetId, boolean main) {
    public Optional<String> subnet() {
      return Optional.ofNullable(subnetId);
    }
  }

  public RouteTable {
    routes = List.copyOf(routes);
    associations = List.copyOf(associations);
  }

  @Override
  public String key() {
    return id;
  }

  @Override
  public String kind() {
    return "routeTable";
  }

  public boolean isMain() {
    return associations.stream().anyMatch(Association::main);
  }

  public Optional<Route> route(RouteDestination destination) {
    return routes.stream().filter(r -> r.destination().equals(destination)).findFirst();
  }

  public RouteTable withRoute(Route route) {
    var out = new ArrayList<>(routes);
    out.removeIf(r -> r.destination().equals(route.destination()));
    out.add(route);
    return new RouteTable(id, region, vpcId, out, associations);
  }

  public RouteTable withoutRoutes(Predicate<Route> which) {
    var out = new ArrayList<>(routes);
    out.removeIf(which);
    return new RouteTable(id, region, vpcId, out, associations);
  }

  public RouteTable withAssociation(Association association) {
    var out = new ArrayList<>(associations);
    out.add(association);
    return new RouteTable(id, region, vpcId, routes, out);
  }

  public RouteTable withoutAssociation(String associationId) {
    var out = new ArrayList<>(associations);
    out.removeIf(a -> a.id().equals(associationId));
    return new RouteTable(id, region, vpcId, routes, out);
  }
}
