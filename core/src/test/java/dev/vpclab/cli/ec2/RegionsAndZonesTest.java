package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.Test;

class RegionsAndZonesTest {
  private final ApiTester api = new ApiTester();

  @Test
  void theZonesOfTheRequestsRegion() {
    var out = api.ok("ec2", "DescribeAvailabilityZones", "{}");
    var zones = out.get("AvailabilityZones");
    assertEquals(3, zones.size());
    // Values of real describe-availability-zones output in us-east-2 (public transcripts).
    var first = zones.get(0);
    assertEquals("us-east-2a", at(first, "ZoneName"));
    assertEquals("use2-az1", at(first, "ZoneId"));
    assertEquals("available", at(first, "State"));
    assertEquals("opt-in-not-required", at(first, "OptInStatus"));
    assertEquals(0, first.get("Messages").size());
    assertEquals("us-east-2", at(first, "RegionName"));
    assertEquals("us-east-2", at(first, "GroupName"));
    assertEquals("us-east-2", at(first, "NetworkBorderGroup"));
    assertEquals("availability-zone", at(first, "ZoneType"));
    assertEquals("OptInStatus", first.fieldNames().next(), "botocore member order");
  }

  @Test
  void namesIdsAndFilters() {
    var byId =
        api.ok("ec2", "DescribeAvailabilityZones", "{\"ZoneIds\": [\"use2-az2\"]}")
            .get("AvailabilityZones");
    assertEquals(1, byId.size());
    assertEquals("us-east-2b", at(byId, "0.ZoneName"));
    var byFilter =
        api.ok(
                "ec2",
                "DescribeAvailabilityZones",
                "{\"Filters\": [{\"Name\": \"zone-name\", \"Values\": [\"*c\"]}]}")
            .get("AvailabilityZones");
    assertEquals("us-east-2c", at(byFilter, "0.ZoneName"));
    // An unknown zone name is refused (real message: ROSA e2e tests, aws-sdk-ruby logs).
    assertEquals(
        "InvalidParameterValue: Invalid availability zone: [us-east-2z]",
        api.error(
            "ec2",
            "DescribeAvailabilityZones",
            "{\"ZoneNames\": [\"us-east-2a\", \"us-east-2z\"]}"));
    assertEquals(
        "InvalidParameterValue: The filter 'zone-colour' is invalid",
        api.error(
            "ec2",
            "DescribeAvailabilityZones",
            "{\"Filters\": [{\"Name\": \"zone-colour\", \"Values\": [\"x\"]}]}"));
  }

  @Test
  void otherRegionsHaveTheirOwnZones() {
    api.inRegion("us-west-2");
    var zones = api.ok("ec2", "DescribeAvailabilityZones", "{}").get("AvailabilityZones");
    assertEquals(4, zones.size());
    assertEquals("us-west-2d", at(zones, "3.ZoneName"));
  }

  @Test
  void theSimulatedRegions() {
    var regions = api.ok("ec2", "DescribeRegions", "{}").get("Regions");
    assertEquals(4, regions.size());
    // CLI-EX describe-regions: Endpoint, RegionName, OptInStatus.
    assertEquals("ec2.us-east-1.amazonaws.com", at(regions, "0.Endpoint"));
    assertEquals("us-east-1", at(regions, "0.RegionName"));
    assertEquals("opt-in-not-required", at(regions, "0.OptInStatus"));
    var us =
        api.ok(
                "ec2",
                "DescribeRegions",
                "{\"AllRegions\": true, \"Filters\": [{\"Name\": \"endpoint\", \"Values\":"
                    + " [\"*us*\"]}]}")
            .get("Regions");
    assertEquals(3, us.size());
    var named =
        api.ok("ec2", "DescribeRegions", "{\"RegionNames\": [\"eu-west-1\"]}").get("Regions");
    assertEquals(1, named.size());
  }

  @Test
  void unknownRegionFilter() {
    // Filters' message for a filter name the operation does not have.
    assertEquals(
        "InvalidParameterValue: The filter 'zone-name' is invalid",
        api.error(
            "ec2",
            "DescribeRegions",
            "{\"Filters\": [{\"Name\": \"zone-name\", \"Values\": [\"x\"]}]}"));
  }
}
