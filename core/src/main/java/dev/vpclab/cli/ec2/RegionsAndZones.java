package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tx;
import dev.vpclab.model.catalog.Region;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.catalog.Zone;
import java.util.List;

/**
 * DescribeRegions and DescribeAvailabilityZones over the regions vpclab simulates. Every zone is a
 * plain, available Availability Zone of its region (no Local or Wavelength Zones); keys and values
 * as real describe-availability-zones output shows them (CLI-EX; transcripts with {@code
 * ZoneType}).
 */
public final class RegionsAndZones implements Handlers.Group {
  private static final String NO_OPT_IN = "opt-in-not-required";

  static final Filters<Zone> ZONE_FILTERS =
      Filters.<Zone>of(Zone::name)
          .one("zone-name", Zone::name)
          .one("zone-id", Zone::zoneId)
          .one("region-name", Zone::region)
          .one("group-name", Zone::region)
          .one("state", z -> "available")
          .one("opt-in-status", z -> NO_OPT_IN)
          .one("zone-type", z -> "availability-zone")
          .many("message", z -> List.of())
          .build();

  static final Filters<Region> REGION_FILTERS =
      Filters.<Region>of(Region::name)
          .one("region-name", Region::name)
          .one("endpoint", RegionsAndZones::endpoint)
          .one("opt-in-status", r -> NO_OPT_IN)
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "DescribeAvailabilityZones", this::describeZones)
        .on("ec2", "DescribeRegions", this::describeRegions);
  }

  /**
   * The first unknown zone name fails the request (message of real errors: a ROSA e2e test against
   * AWS, the aws-sdk-ruby logs of bosh-bootstrap, Eucalyptus and fog copying it). Unknown zone IDs
   * simply match nothing, as moto answers (no real transcript of that error was found).
   */
  private ObjectNode describeZones(Request request, Tx tx) {
    List<String> names = request.strings("ZoneNames");
    List<String> ids = request.strings("ZoneIds");
    Region region = Regions.catalog().require(request.region());
    names.stream()
        .filter(name -> region.zone(name).isEmpty())
        .findFirst()
        .ifPresent(
            name -> {
              throw new ServiceFault(
                  "InvalidParameterValue", "Invalid availability zone: [" + name + "]");
            });
    var matches = ZONE_FILTERS.from(request, tx);
    ArrayNode out = Request.array();
    region.zones().stream()
        .filter(z -> names.isEmpty() || names.contains(z.name()))
        .filter(z -> ids.isEmpty() || ids.contains(z.zoneId()))
        .filter(matches)
        .forEach(z -> out.add(zone(z)));
    return Request.object().set("AvailabilityZones", out);
  }

  private static ObjectNode zone(Zone zone) {
    ObjectNode json =
        Request.object()
            .put("OptInStatus", NO_OPT_IN)
            .put("RegionName", zone.region())
            .put("ZoneName", zone.name())
            .put("ZoneId", zone.zoneId())
            .put("GroupName", zone.region())
            .put("NetworkBorderGroup", zone.region())
            .put("ZoneType", "availability-zone")
            .put("State", "available");
    json.set("Messages", Request.array());
    return json;
  }

  /**
   * The four simulated regions, with or without {@code --all-regions} (vpclab has no opted-out
   * regions); names vpclab does not simulate match nothing.
   */
  private ObjectNode describeRegions(Request request, Tx tx) {
    List<String> names = request.strings("RegionNames");
    var matches = REGION_FILTERS.from(request, tx);
    ArrayNode out = Request.array();
    Regions.catalog().all().stream()
        .filter(r -> names.isEmpty() || names.contains(r.name()))
        .filter(matches)
        .forEach(
            r ->
                out.add(
                    Request.object()
                        .put("Endpoint", endpoint(r))
                        .put("RegionName", r.name())
                        .put("OptInStatus", NO_OPT_IN)));
    return Request.object().set("Regions", out);
  }

  private static String endpoint(Region region) {
    return "ec2." + region.name() + ".amazonaws.com";
  }
}
