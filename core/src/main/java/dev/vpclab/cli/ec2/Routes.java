package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tx;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;

/**
 * The routes of a route table: create, replace, delete. The local route and the routes a gateway
 * endpoint adds are not the route API's to change.
 */
public final class Routes implements Handlers.Group {

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateRoute", this::create)
        .on("ec2", "ReplaceRoute", this::replace)
        .on("ec2", "DeleteRoute", this::delete);
  }

  /** Prints {@code {"Return": true}} (real CLI output, aws-facts.md section 10). */
  private ObjectNode create(Request request, Tx tx) {
    RouteTable table = RouteTables.require(tx, request, request.required("RouteTableId"));
    RouteDestination destination = RouteRequests.destination(request);
    RouteTarget target = RouteRequests.target(request, tx, table);
    if (table.route(destination).isPresent()) {
      throw new ServiceFault(
          "RouteAlreadyExists", "The route identified by " + destination + " already exists.");
    }
    RouteRequests.checkAgainstLocal(tx, table, destination, target);
    tx.put(table.withRoute(new Route(destination, target, Route.CREATE_ROUTE)));
    return Request.object().put("Return", true);
  }

  /**
   * Points an existing route at another target (real message when there is none: terraform logs and
   * a CLI v2 transcript).
   */
  private ObjectNode replace(Request request, Tx tx) {
    RouteTable table = RouteTables.require(tx, request, request.required("RouteTableId"));
    RouteDestination destination = RouteRequests.destination(request);
    Route existing =
        existing(
            table,
            destination,
            "InvalidParameterValue",
            "There is no route defined for '"
                + destination
                + "' in the route table. Use CreateRoute instead.");
    if (existing.isLocal() && request.bool("LocalTarget").orElse(false)) {
      return Request.object();
    }
    protect(existing, table, "replace");
    RouteTarget target = RouteRequests.target(request, tx, table);
    RouteRequests.checkAgainstLocal(tx, table, destination, target);
    tx.put(table.withRoute(new Route(destination, target, Route.CREATE_ROUTE)));
    return Request.object();
  }

  /**
   * Removes a route. The missing-route wording is the fog mock's (aws-facts.md section 11, not
   * confirmed on real AWS).
   */
  private ObjectNode delete(Request request, Tx tx) {
    RouteTable table = RouteTables.require(tx, request, request.required("RouteTableId"));
    RouteDestination destination = RouteRequests.destination(request);
    Route existing =
        existing(
            table,
            destination,
            "InvalidRoute.NotFound",
            "no route with "
                + destinationParameter(destination)
                + " "
                + destination
                + " in route table "
                + table.id());
    protect(existing, table, "remove");
    tx.put(table.withoutRoutes(r -> r.destination().equals(destination)));
    return Request.object();
  }

  /** The table's route to a destination, or the fault a request about a missing one gets. */
  private static Route existing(
      RouteTable table, RouteDestination destination, String code, String message) {
    return table.route(destination).orElseThrow(() -> new ServiceFault(code, message));
  }

  /**
   * The local route stays (emulators' wording, aws-facts.md section 6); an endpoint's route is
   * changed only through the endpoint (VPC user guide), worded the same way.
   */
  private static void protect(Route route, RouteTable table, String verb) {
    if (route.isLocal()) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "cannot "
              + verb
              + " local route "
              + route.destination()
              + " in route table "
              + table.id());
    }
    if (route.isEndpointRoute()) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "cannot "
              + verb
              + " VPC endpoint route "
              + route.destination()
              + " in route table "
              + table.id());
    }
  }

  private static String destinationParameter(RouteDestination destination) {
    return destination instanceof RouteDestination.ToPrefixList
        ? "destination-prefix-list-id"
        : "destination-cidr-block";
  }
}
