package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.Addresses;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.catalog.Region;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.catalog.Zone;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.ec2.VpcEndpoint;
import dev.vpclab.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Subnets: create (inside the VPC, no overlap, /16 to /28, in a zone of the region; joined to the
 * VPC's default network ACL as AWS does), describe, the MapPublicIpOnLaunch attribute, delete.
 */
public final class Subnets implements Handlers.Group {
  static final Filters<Subnet> FILTERS =
      Filters.<Subnet>of(Subnet::id)
          .one("subnet-id", Subnet::id)
          .one("vpc-id", Subnet::vpcId)
          .one("availability-zone", Subnet::availabilityZone)
          .one("availabilityZone", Subnet::availabilityZone)
          .one("availability-zone-id", Subnet::availabilityZoneId)
          .one("availabilityZoneId", Subnet::availabilityZoneId)
          .one("cidr-block", Subnet::cidr)
          .one("cidr", Subnet::cidr)
          .one("cidrBlock", Subnet::cidr)
          .one("default-for-az", Subnet::defaultForAz)
          .one("defaultForAz", Subnet::defaultForAz)
          .one("map-public-ip-on-launch", Subnet::mapPublicIpOnLaunch)
          .one("owner-id", s -> Account.ID)
          .one("state", s -> "available")
          .one("subnet-arn", Subnets::arn)
          .build();

  private static final Describe<Subnet> DESCRIBE =
      new Describe<>(Subnet.class, Ec2Kind.SUBNET, "SubnetIds", FILTERS);

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateSubnet", this::create)
        .on("ec2", "DescribeSubnets", this::describe)
        .on("ec2", "DeleteSubnet", this::delete)
        .on("ec2", "ModifySubnetAttribute", this::modifyAttribute);
  }

  private ObjectNode create(Request request, Tx tx) {
    Vpc vpc =
        Lookup.requireAnyShape(
            tx, Vpc.class, Ec2Kind.VPC, request.required("VpcId"), request.region());
    String text = request.required("CidrBlock");
    Cidr cidr = Cidrs.parse(text, "cidrBlock");
    Region region = Regions.catalog().require(request.region());
    if (cidr.prefix() < 16 || cidr.prefix() > 28 || !vpc.cidr().contains(cidr)) {
      throw new ServiceFault("InvalidSubnet.Range", "The CIDR '" + text + "' is invalid.");
    }
    boolean overlaps =
        tx.all(Subnet.class).anyMatch(s -> s.vpcId().equals(vpc.id()) && s.cidr().overlaps(cidr));
    if (overlaps) {
      throw new ServiceFault(
          "InvalidSubnet.Conflict", "The CIDR '" + text + "' conflicts with another subnet");
    }
    String id = Ids.ec2(tx, "subnet");
    Zone zone = zone(request, region, id);
    Subnet subnet =
        tx.put(
            new Subnet(
                id, region.name(), vpc.id(), cidr, zone.name(), zone.zoneId(), false, false));
    TagSpecifications.apply(request, tx, id, "subnet");
    NetworkAcls.joinDefault(tx, subnet);
    ObjectNode json = view(subnet, tx);
    json.remove("MapCustomerOwnedIpOnLaunch");
    return Request.object().set("Subnet", json);
  }

  /**
   * The zone asked for by name or ID, or, when neither is given, one AWS would pick: here derived
   * from the subnet's ID so it is the same in every fresh session. Messages are real create-subnet
   * errors (terraform and CloudFormation logs with request IDs).
   */
  private static Zone zone(Request request, Region region, String subnetId) {
    var byName = request.string("AvailabilityZone");
    if (byName.isPresent()) {
      return region
          .zone(byName.get())
          .orElseThrow(
              () ->
                  invalidZone(
                      "availabilityZone", byName.get(), region.zones().stream().map(Zone::name)));
    }
    var byId = request.string("AvailabilityZoneId");
    if (byId.isPresent()) {
      return region.zones().stream()
          .filter(z -> z.zoneId().equals(byId.get()))
          .findFirst()
          .orElseThrow(
              () ->
                  invalidZone(
                      "availabilityZoneId", byId.get(), region.zones().stream().map(Zone::zoneId)));
    }
    List<Zone> zones = region.zones();
    return zones.get(Math.floorMod(Ids.digest("zone/" + subnetId)[0], zones.size()));
  }

  private static ServiceFault invalidZone(
      String parameter, String value, java.util.stream.Stream<String> valid) {
    return new ServiceFault(
        "InvalidParameterValue",
        "Value ("
            + value
            + ") for parameter "
            + parameter
            + " is invalid. Subnets can currently only be created in the following availability"
            + " zones: "
            + valid.sorted().collect(Collectors.joining(", "))
            + ".");
  }

  private ObjectNode describe(Request request, Tx tx) {
    return Request.object().set("Subnets", DESCRIBE.render(request, tx, s -> view(s, tx)));
  }

  /**
   * DeleteSubnet refuses while anything has an address in the subnet: a live instance, a NAT
   * gateway that has not failed or been deleted, an interface endpoint's ENI (message of real
   * delete-subnet errors, aws-facts.md section 11). Its ACL and route table associations go with
   * it.
   */
  private ObjectNode delete(Request request, Tx tx) {
    Subnet subnet =
        Lookup.require(
            tx, Subnet.class, Ec2Kind.SUBNET, request.required("SubnetId"), request.region());
    String id = subnet.id();
    boolean inUse =
        tx.all(Instance.class).anyMatch(i -> i.subnetId().equals(id) && !i.isTerminated())
            || tx.all(NatGateway.class).anyMatch(n -> n.subnetId().equals(id) && !n.isGone())
            || tx.all(VpcEndpoint.class).anyMatch(e -> e.subnetIds().contains(id));
    if (inUse) {
      throw new ServiceFault(
          "DependencyViolation", "The subnet '" + id + "' has dependencies and cannot be deleted.");
    }
    NetworkAcls.leave(tx, id);
    RouteTables.leave(tx, id);
    tx.remove(subnet);
    return Request.object();
  }

  /**
   * vpclab models MapPublicIpOnLaunch, the one attribute the lab changes. None at all is refused as
   * EC2's other Modify*Attribute calls refuse it (fog and OpenStack ec2-api, which copy AWS).
   */
  private ObjectNode modifyAttribute(Request request, Tx tx) {
    Subnet subnet =
        Lookup.require(
            tx, Subnet.class, Ec2Kind.SUBNET, request.required("SubnetId"), request.region());
    var attributes = new ArrayList<String>();
    request.params().fieldNames().forEachRemaining(attributes::add);
    attributes.removeAll(List.of("SubnetId", "DryRun"));
    if (attributes.isEmpty()) {
      throw new ServiceFault("InvalidParameterCombination", "No attributes specified.");
    }
    if (!request.has("MapPublicIpOnLaunch")) {
      throw new ServiceFault(
          "UnsupportedOperation",
          "vpclab simulates only the MapPublicIpOnLaunch attribute of a subnet.");
    }
    boolean value = request.node("MapPublicIpOnLaunch").path("Value").asBoolean();
    tx.put(subnet.withMapPublicIpOnLaunch(value));
    return Request.object();
  }

  static String arn(Subnet subnet) {
    return "arn:aws:ec2:" + subnet.region() + ":" + Account.ID + ":subnet/" + subnet.id();
  }

  /**
   * A subnet as describe-subnets shows it (CLI-EX and the real 2022 create-subnet transcript of
   * aws-facts.md section 10); create-subnet prints the same without MapCustomerOwnedIpOnLaunch.
   */
  static ObjectNode view(Subnet subnet, View view) {
    ObjectNode json =
        Request.object()
            .put("AvailabilityZone", subnet.availabilityZone())
            .put("AvailabilityZoneId", subnet.availabilityZoneId())
            .put("AvailableIpAddressCount", Addresses.availableIn(view, subnet))
            .put("CidrBlock", subnet.cidr().toString())
            .put("DefaultForAz", subnet.defaultForAz())
            .put("MapPublicIpOnLaunch", subnet.mapPublicIpOnLaunch())
            .put("MapCustomerOwnedIpOnLaunch", false)
            .put("State", "available")
            .put("SubnetId", subnet.id())
            .put("VpcId", subnet.vpcId())
            .put("OwnerId", Account.ID)
            .put("AssignIpv6AddressOnCreation", false)
            .put("SubnetArn", arn(subnet))
            .put("EnableDns64", false)
            .put("Ipv6Native", false);
    json.set("Ipv6CidrBlockAssociationSet", Request.array());
    Ec2Json.withTags(json, view, subnet.id());
    json.set(
        "PrivateDnsNameOptionsOnLaunch",
        Request.object()
            .put("HostnameType", "ip-name")
            .put("EnableResourceNameDnsARecord", false)
            .put("EnableResourceNameDnsAAAARecord", false));
    return json;
  }
}
