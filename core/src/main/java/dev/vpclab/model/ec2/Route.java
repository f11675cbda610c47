package dev.vpclab.model.ec2;

/**
 * One route. {@code origin} is {@code CreateRouteTable} for the local route and {@code CreateRoute}
 * for the others, as describe-route-tables shows it.
 */
public record Route(RouteDestination destination, RouteTarget target, String origin) {
  public static final String CREATE_ROUTE_TABLE = "CreateRouteTable";
  public static final String CREATE_ROUTE = "CreateRoute";

  public boolean isLocal() {
    return target instanceof RouteTarget.Local;
  }
}
