package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tags;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.catalog.PrefixList;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.ec2.VpcEndpoint;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Gateway VPC endpoints (S3, DynamoDB): create, describe, modify, delete. A gateway endpoint works
 * by routing: each of its route tables gets a route from the service's prefix list to the endpoint,
 * which only the endpoint itself adds and removes. Gateway endpoints are {@code available} at once
 * (real create-vpc-endpoint output, aws-facts.md sections 4 and 10).
 */
public final class VpcEndpoints implements Handlers.Group {
  /** The full-access policy AWS attaches when none is given (real 2022 output, aws-facts.md §4). */
  static final String DEFAULT_POLICY =
      "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
          + "\"Action\":\"*\",\"Resource\":\"*\"}]}";

  static final Filters<VpcEndpoint> FILTERS =
      Filters.<VpcEndpoint>of(VpcEndpoint::id)
          .one("vpc-endpoint-id", VpcEndpoint::id)
          .one("vpc-id", VpcEndpoint::vpcId)
          .one("service-name", VpcEndpoint::serviceName)
          .one("vpc-endpoint-type", e -> e.type().api)
          .one("vpc-endpoint-state", VpcEndpoint::state)
          .build();

  private static final Describe<VpcEndpoint> DESCRIBE =
      new Describe<>(VpcEndpoint.class, Ec2Kind.VPC_ENDPOINT, "VpcEndpointIds", FILTERS);

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateVpcEndpoint", this::create)
        .on("ec2", "DescribeVpcEndpoints", this::describe)
        .on("ec2", "ModifyVpcEndpoint", this::modify)
        .on("ec2", "DeleteVpcEndpoints", this::delete);
  }

  private ObjectNode create(Request request, Tx tx) {
    String type = request.string("VpcEndpointType").orElse("Gateway");
    if (!type.equals("Gateway")) {
      throw new ServiceFault(
          "InvalidParameter",
          "vpclab simulates Gateway endpoints (S3 and DynamoDB) only; "
              + type
              + " endpoints are not simulated yet");
    }
    Vpc vpc =
        Lookup.require(tx, Vpc.class, Ec2Kind.VPC, request.required("VpcId"), request.region());
    PrefixList service =
        EndpointServices.gatewayService(request.required("ServiceName"), request.region());
    String policy = policy(request.string("PolicyDocument").orElse(DEFAULT_POLICY));
    Tags tags = TagSpecifications.forType(request, "vpc-endpoint");
    String id = Ids.ec2(tx, "vpce");
    List<String> tables = request.strings("RouteTableIds");
    for (String table : tables) {
      addRoute(tx, table, vpc.id(), service, id, request.region());
    }
    var endpoint =
        tx.put(
            new VpcEndpoint(
                id,
                request.region(),
                vpc.id(),
                service.name(),
                VpcEndpoint.Type.GATEWAY,
                policy,
                tables,
                List.of(),
                List.of(),
                false,
                "available",
                tx.now()));
    tx.setTags(id, tags);
    return Request.object().set("VpcEndpoint", view(endpoint, tx));
  }

  private ObjectNode describe(Request request, Tx tx) {
    return Request.object().set("VpcEndpoints", DESCRIBE.render(request, tx, e -> view(e, tx)));
  }

  /** Route tables move in and out with their routes; the policy is replaced or reset. */
  private ObjectNode modify(Request request, Tx tx) {
    VpcEndpoint endpoint =
        Lookup.require(
            tx,
            VpcEndpoint.class,
            Ec2Kind.VPC_ENDPOINT,
            request.required("VpcEndpointId"),
            request.region());
    PrefixList service = EndpointServices.gatewayService(endpoint.serviceName(), endpoint.region());
    var tables = new ArrayList<>(endpoint.routeTableIds());
    for (String table : request.strings("RemoveRouteTableIds")) {
      Lookup.require(tx, RouteTable.class, Ec2Kind.ROUTE_TABLE, table, request.region());
      if (tables.remove(table)) {
        removeRoutes(tx, endpoint.id(), List.of(table));
      }
    }
    for (String table : request.strings("AddRouteTableIds")) {
      if (!tables.contains(table)) {
        addRoute(tx, table, endpoint.vpcId(), service, endpoint.id(), request.region());
        tables.add(table);
      }
    }
    VpcEndpoint changed = endpoint.withRouteTables(tables);
    if (request.bool("ResetPolicy").orElse(false)) {
      changed = changed.withPolicy(DEFAULT_POLICY);
    } else if (request.has("PolicyDocument")) {
      changed = changed.withPolicy(policy(request.required("PolicyDocument")));
    }
    tx.put(changed);
    return Request.object().put("Return", true);
  }

  /**
   * Unknown endpoints do not fail the call: they come back in {@code Unsuccessful} (code as real
   * cleanup scripts check it; the message is vpclab's wording).
   */
  private ObjectNode delete(Request request, Tx tx) {
    ArrayNode unsuccessful = Request.array();
    for (String id : request.strings("VpcEndpointIds")) {
      var endpoint =
          tx.find(VpcEndpoint.class, id).filter(e -> e.region().equals(request.region()));
      if (endpoint.isEmpty()) {
        ObjectNode error =
            Request.object()
                .put("Code", "InvalidVpcEndpoint.NotFound")
                .put("Message", "The VPC endpoint '" + id + "' does not exist");
        unsuccessful.add(Request.object().put("ResourceId", id).set("Error", error));
        continue;
      }
      removeRoutes(tx, id, endpoint.get().routeTableIds());
      tx.remove(endpoint.get());
    }
    return Request.object().set("Unsuccessful", unsuccessful);
  }

  /**
   * Adds the endpoint's route to a table of its VPC. A table holds one route per prefix list: real
   * {@code RouteAlreadyExists} message (eksctl #2473). The wording for a table of another VPC is
   * vpclab's.
   */
  private static void addRoute(
      Tx tx, String tableId, String vpcId, PrefixList service, String endpointId, String region) {
    RouteTable table = Lookup.require(tx, RouteTable.class, Ec2Kind.ROUTE_TABLE, tableId, region);
    if (!table.vpcId().equals(vpcId)) {
      throw new ServiceFault(
          "InvalidParameter", "route table " + tableId + " is not in vpc " + vpcId);
    }
    var destination = new RouteDestination.ToPrefixList(service.id());
    if (table.route(destination).isPresent()) {
      throw new ServiceFault(
          "RouteAlreadyExists",
          "route table "
              + tableId
              + " already has a route with destination-prefix-list-id "
              + service.id());
    }
    tx.put(
        table.withRoute(
            new Route(destination, new RouteTarget.Endpoint(endpointId), Route.CREATE_ROUTE)));
  }

  private static void removeRoutes(Tx tx, String endpointId, List<String> tableIds) {
    for (String tableId : tableIds) {
      tx.find(RouteTable.class, tableId)
          .ifPresent(
              table ->
                  tx.put(
                      table.withoutRoutes(
                          r ->
                              r.target() instanceof RouteTarget.Endpoint e
                                  && e.id().equals(endpointId))));
    }
  }

  /**
   * The policy as given, once it parses as JSON. EC2's code for a bad policy is {@code
   * InvalidPolicyDocument} (its error list); the message is vpclab's.
   */
  private static String policy(String document) {
    try {
      new ObjectMapper().readTree(document);
      return document;
    } catch (IOException e) {
      throw new ServiceFault("InvalidPolicyDocument", "The policy document is not valid JSON");
    }
  }

  /** An endpoint with the keys of real create-vpc-endpoint output (aws-facts.md section 10). */
  static ObjectNode view(VpcEndpoint endpoint, View view) {
    ObjectNode json =
        Request.object()
            .put("VpcEndpointId", endpoint.id())
            .put("VpcEndpointType", endpoint.type().api)
            .put("VpcId", endpoint.vpcId())
            .put("ServiceName", endpoint.serviceName())
            .put("State", endpoint.state())
            .put("PolicyDocument", endpoint.policyDocument());
    json.set("RouteTableIds", Ec2Json.strings(endpoint.routeTableIds()));
    json.set("SubnetIds", Ec2Json.strings(endpoint.subnetIds()));
    json.set("Groups", SecurityGroupJson.identifiers(view, endpoint.groupIds()));
    json.put("PrivateDnsEnabled", endpoint.privateDnsEnabled()).put("RequesterManaged", false);
    json.set("NetworkInterfaceIds", Request.array());
    json.set("DnsEntries", Request.array());
    json.put("CreationTimestamp", endpoint.creationTimestamp().toString());
    json.set("Tags", Ec2Json.tags(view.tags(endpoint.id())));
    return json.put("OwnerId", Account.ID);
  }
}
