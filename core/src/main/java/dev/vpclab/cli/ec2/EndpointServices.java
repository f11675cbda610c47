package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.catalog.PrefixList;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.catalog.Zone;
import java.util.List;

/**
 * describe-vpc-endpoint-services: the gateway endpoint services of the region (S3 and DynamoDB),
 * with the keys of the real output (CLI example describe-vpc-endpoint-services).
 */
public final class EndpointServices implements Handlers.Group {
  static final Filters<PrefixList> FILTERS =
      Filters.<PrefixList>of(PrefixList::name)
          .one("service-name", PrefixList::name)
          .one("service-type", p -> "Gateway")
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "DescribeVpcEndpointServices", this::describe);
  }

  /** The gateway service of this name in the region; moto's wording for an unknown one. */
  static PrefixList gatewayService(String serviceName, String region) {
    return PrefixLists.inRegion(region).stream()
        .filter(p -> p.name().equals(serviceName))
        .findFirst()
        .orElseThrow(
            () ->
                new ServiceFault(
                    "InvalidServiceName",
                    "The Vpc Endpoint Service '" + serviceName + "' does not exist"));
  }

  private ObjectNode describe(Request request, Tx tx) {
    List<String> names = request.strings("ServiceNames");
    names.forEach(n -> gatewayService(n, request.region()));
    ArrayNode details = Request.array();
    ArrayNode serviceNames = Request.array();
    PrefixLists.inRegion(request.region()).stream()
        .filter(p -> names.isEmpty() || names.contains(p.name()))
        .filter(FILTERS.from(request, tx))
        .forEach(
            p -> {
              details.add(detail(p));
              serviceNames.add(p.name());
            });
    ObjectNode out = Request.object();
    out.set("ServiceNames", serviceNames);
    return out.set("ServiceDetails", details);
  }

  private static ObjectNode detail(PrefixList service) {
    List<Zone> zones = Regions.catalog().require(service.region()).zones();
    ObjectNode json =
        Request.object()
            .put("ServiceName", service.name())
            .put("ServiceId", Ids.ec2Fixed("vpce-svc", service.name()));
    json.set("ServiceType", Request.array().add(Request.object().put("ServiceType", "Gateway")));
    json.set("AvailabilityZones", Ec2Json.strings(zones.stream().map(Zone::name).toList()));
    json.put("Owner", "amazon");
    json.set(
        "BaseEndpointDnsNames",
        Ec2Json.strings(List.of(service.service() + "." + service.region() + ".amazonaws.com")));
    json.put("VpcEndpointPolicySupported", true)
        .put("AcceptanceRequired", false)
        .put("ManagesVpcEndpoints", false);
    json.set("SupportedIpAddressTypes", Ec2Json.strings(List.of("ipv4")));
    return json;
  }
}
