package dev.vpclab.model.ec2;

import dev.vpclab.model.View;

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

  /** A route added by a gateway endpoint, which only the endpoint API may change. */
  public boolean isEndpointRoute() {
    return target instanceof RouteTarget.Endpoint;
  }

  /** {@code active} unless the target is gone or unusable ({@code blackhole}). */
  public boolean isActive(View view, String vpcId) {
    return target.isActive(view, vpcId);
  }

  /** The {@code State} describe-route-tables shows. */
  public String state(View view, String vpcId) {
    return isActive(view, vpcId) ? "active" : "blackhole";
  }
}
