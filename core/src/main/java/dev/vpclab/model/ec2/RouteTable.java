package dev.vpclab.model.ec2;

import dev.vpclab.model.View;
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
    implements Ec2Resource {

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

  /**
   * The table a subnet's traffic uses: the one it is explicitly associated with, else its VPC's
   * main table.
   */
  public static Optional<RouteTable> forSubnet(View view, Subnet subnet) {
    var tables = view.all(RouteTable.class).filter(t -> t.vpcId().equals(subnet.vpcId())).toList();
    return tables.stream()
        .filter(t -> t.subnetAssociation(subnet.id()).isPresent())
        .findFirst()
        .or(() -> tables.stream().filter(RouteTable::isMain).findFirst());
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

  public Optional<Association> association(String associationId) {
    return associations.stream().filter(a -> a.id().equals(associationId)).findFirst();
  }

  public Optional<Association> subnetAssociation(String subnetId) {
    return associations.stream().filter(a -> subnetId.equals(a.subnetId())).findFirst();
  }

  /** Adds a route, or replaces the one to the same destination in its place. */
  public RouteTable withRoute(Route route) {
    var out = new ArrayList<>(routes);
    int at = out.indexOf(route(route.destination()).orElse(null));
    if (at >= 0) {
      out.set(at, route);
    } else {
      out.add(route);
    }
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
