package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Route tables and their associations: create (with the VPC's local route), describe (route states
 * derived from their targets), delete, associate with a subnet, disassociate, replace an
 * association (also the VPC's main one). Routes themselves are {@link Routes}.
 */
public final class RouteTables implements Handlers.Group {

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateRouteTable", this::create)
        .on("ec2", "DescribeRouteTables", this::describe)
        .on("ec2", "DeleteRouteTable", this::delete)
        .on("ec2", "AssociateRouteTable", this::associate)
        .on("ec2", "DisassociateRouteTable", this::disassociate)
        .on("ec2", "ReplaceRouteTableAssociation", this::replaceAssociation);
  }

  /** A deleted subnet's explicit association goes with it. */
  static void leave(Tx tx, String subnetId) {
    tx.all(RouteTable.class)
        .forEach(
            t ->
                t.subnetAssociation(subnetId)
                    .ifPresent(a -> tx.putQuietly(t.withoutAssociation(a.id()))));
  }

  static RouteTable require(View view, Request request, String id) {
    return Lookup.require(view, RouteTable.class, Ec2Kind.ROUTE_TABLE, id, request.region());
  }

  private ObjectNode create(Request request, Tx tx) {
    Vpc vpc =
        Lookup.requireAnyShape(
            tx, Vpc.class, Ec2Kind.VPC, request.required("VpcId"), request.region());
    String id = Ids.ec2(tx, "rtb");
    RouteTable table =
        tx.put(
            new RouteTable(
                id,
                vpc.region(),
                vpc.id(),
                List.of(
                    new Route(
                        new RouteDestination.ToCidr(vpc.cidr()),
                        new RouteTarget.Local(),
                        Route.CREATE_ROUTE_TABLE)),
                List.of()));
    TagSpecifications.apply(request, tx, id, "route-table");
    return Request.object()
        .put("ClientToken", Ec2Json.clientToken(request, tx))
        .set("RouteTable", view(table, tx));
  }

  private ObjectNode describe(Request request, Tx tx) {
    var describe =
        new Describe<>(RouteTable.class, Ec2Kind.ROUTE_TABLE, "RouteTableIds", filters(tx));
    return Request.object().set("RouteTables", describe.render(request, tx, t -> view(t, tx)));
  }

  /**
   * A table with any association, the main one included, cannot be deleted (real message:
   * saltstack/salt #60140; aws-facts.md section 6).
   */
  private ObjectNode delete(Request request, Tx tx) {
    RouteTable table = require(tx, request, request.required("RouteTableId"));
    if (!table.associations().isEmpty()) {
      throw new ServiceFault(
          "DependencyViolation",
          "The routeTable '" + table.id() + "' has dependencies and cannot be deleted.");
    }
    tx.remove(table);
    return Request.object();
  }

  /**
   * A subnet of the table's VPC that has no explicit association yet. Messages: the conflict is a
   * real error (terraform logs); the VPC mismatch is ec2-api's wording, in the form of the real
   * "route table … and network gateway … belong to different networks".
   */
  private ObjectNode associate(Request request, Tx tx) {
    RouteTable table = require(tx, request, request.required("RouteTableId"));
    if (request.has("GatewayId")) {
      throw new ServiceFault(
          "UnsupportedOperation", "vpclab simulates route table associations with subnets only.");
    }
    Subnet subnet =
        Lookup.require(
            tx, Subnet.class, Ec2Kind.SUBNET, request.required("SubnetId"), request.region());
    if (!subnet.vpcId().equals(table.vpcId())) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Route table "
              + table.id()
              + " and subnet "
              + subnet.id()
              + " belong to different networks");
    }
    boolean taken =
        tx.all(RouteTable.class).anyMatch(t -> t.subnetAssociation(subnet.id()).isPresent());
    if (taken) {
      throw new ServiceFault(
          "Resource.AlreadyAssociated",
          "the specified association for route table "
              + table.id()
              + " conflicts with an existing association");
    }
    String associationId = Ids.ec2(tx, "rtbassoc");
    tx.put(table.withAssociation(new RouteTable.Association(associationId, subnet.id(), false)));
    return Request.object()
        .put("AssociationId", associationId)
        .set("AssociationState", Ec2Json.state("associated"));
  }

  /**
   * The subnet falls back to the main table. The main association itself cannot be removed (the
   * message is the one emulators use; no real transcript found).
   */
  private ObjectNode disassociate(Request request, Tx tx) {
    String associationId = request.required("AssociationId");
    RouteTable table = holding(tx, request, associationId);
    if (table.association(associationId).orElseThrow().main()) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "cannot disassociate the main route table association " + associationId);
    }
    tx.put(table.withoutAssociation(associationId));
    return Request.object();
  }

  /**
   * Moves a subnet association, or the VPC's main association, to another table of the same VPC,
   * under a new association ID.
   */
  private ObjectNode replaceAssociation(Request request, Tx tx) {
    String associationId = request.required("AssociationId");
    RouteTable target = require(tx, request, request.required("RouteTableId"));
    RouteTable current = holding(tx, request, associationId);
    if (!current.vpcId().equals(target.vpcId())) {
      // ec2-api's wording; no real transcript found.
      throw new ServiceFault(
          "InvalidParameterValue",
          "Route table association "
              + associationId
              + " and route table "
              + target.id()
              + " belong to different networks");
    }
    RouteTable.Association old = current.association(associationId).orElseThrow();
    String newId = Ids.ec2(tx, "rtbassoc");
    tx.put(current.withoutAssociation(associationId));
    RouteTable fresh = tx.find(RouteTable.class, target.id()).orElseThrow();
    tx.put(fresh.withAssociation(new RouteTable.Association(newId, old.subnetId(), old.main())));
    return Request.object()
        .put("NewAssociationId", newId)
        .set("AssociationState", Ec2Json.state("associated"));
  }

  /** The table an association belongs to, in the request's region. */
  private static RouteTable holding(View view, Request request, String associationId) {
    if (!Ec2Kind.ROUTE_TABLE_ASSOCIATION.isWellFormed(associationId)) {
      throw Ec2Kind.ROUTE_TABLE_ASSOCIATION.malformed(associationId);
    }
    return view.all(RouteTable.class, request.region())
        .filter(t -> t.association(associationId).isPresent())
        .findFirst()
        .orElseThrow(() -> Ec2Kind.ROUTE_TABLE_ASSOCIATION.notFound(associationId));
  }

  /** The filters of describe-route-tables; {@code route.state} needs the view. */
  static Filters<RouteTable> filters(View view) {
    return Filters.<RouteTable>of(RouteTable::id)
        .one("route-table-id", RouteTable::id)
        .one("vpc-id", RouteTable::vpcId)
        .one("owner-id", t -> Account.ID)
        .many("association.main", t -> associations(t, RouteTable.Association::main))
        .many("association.subnet-id", t -> associations(t, RouteTable.Association::subnetId))
        .many(
            "association.route-table-association-id",
            t -> associations(t, RouteTable.Association::id))
        .many("association.route-table-id", t -> associations(t, a -> t.id()))
        .many("association.association-state", t -> associations(t, a -> "associated"))
        .many("route.destination-cidr-block", t -> routes(t, r -> cidrOf(r.destination())))
        .many(
            "route.destination-prefix-list-id", t -> routes(t, r -> prefixListOf(r.destination())))
        .many("route.gateway-id", t -> routes(t, r -> RouteViews.gatewayId(r.target())))
        .many("route.nat-gateway-id", t -> routes(t, r -> idIf(r, RouteTarget.Nat.class)))
        .many("route.instance-id", t -> routes(t, r -> idIf(r, RouteTarget.Instance.class)))
        .many("route.origin", t -> routes(t, Route::origin))
        .many("route.state", t -> routes(t, r -> r.state(view, t.vpcId())))
        .build();
  }

  private static Collection<Object> associations(
      RouteTable table, Function<RouteTable.Association, Object> field) {
    return table.associations().stream().map(field).toList();
  }

  private static Collection<Object> routes(RouteTable table, Function<Route, Object> field) {
    return table.routes().stream().map(field).toList();
  }

  private static String idIf(Route route, Class<? extends RouteTarget> type) {
    return type.isInstance(route.target()) ? route.target().id() : null;
  }

  private static String cidrOf(RouteDestination destination) {
    return destination instanceof RouteDestination.ToCidr c ? c.cidr().toString() : null;
  }

  private static String prefixListOf(RouteDestination destination) {
    return destination instanceof RouteDestination.ToPrefixList p ? p.prefixListId() : null;
  }

  /**
   * A table as describe-route-tables shows it (CLI-EX and real transcripts, aws-facts.md section
   * 10): {@code Tags} and {@code PropagatingVgws} even when empty.
   */
  static ObjectNode view(RouteTable table, View view) {
    ArrayNode associations = Request.array();
    for (RouteTable.Association a : table.associations()) {
      ObjectNode json =
          Request.object()
              .put("Main", a.main())
              .put("RouteTableAssociationId", a.id())
              .put("RouteTableId", table.id());
      a.subnet().ifPresent(s -> json.put("SubnetId", s));
      json.set("AssociationState", Ec2Json.state("associated"));
      associations.add(json);
    }
    ArrayNode routes = Request.array();
    table.routes().forEach(r -> routes.add(RouteViews.view(r, table.vpcId(), view)));
    ObjectNode json =
        Request.object()
            .put("RouteTableId", table.id())
            .put("VpcId", table.vpcId())
            .put("OwnerId", Account.ID);
    json.set("Associations", associations);
    json.set("PropagatingVgws", Request.array());
    json.set("Routes", routes);
    return Ec2Json.withTagList(json, view, table.id());
  }
}
