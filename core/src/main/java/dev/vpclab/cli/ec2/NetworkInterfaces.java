package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.net.Ipv4;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * describe-network-interfaces. vpclab keeps no interfaces of their own: they are derived from what
 * owns them, an instance (its primary interface) or a NAT gateway ({@code InterfaceType} {@code
 * nat_gateway}, requester-managed, as real output shows it although the model's enum says {@code
 * natGateway}).
 */
public final class NetworkInterfaces implements Handlers.Group {
  /** One interface, and the instance or NAT gateway that owns it. */
  record Interface(
      String id,
      String region,
      String vpcId,
      String subnetId,
      String zone,
      Ipv4 privateIp,
      List<String> groupIds,
      Optional<Addressing.Public> publicAddress,
      Instance instance,
      NatGateway nat) {

    String type() {
      return instance != null ? "interface" : "nat_gateway";
    }

    String description() {
      return instance != null ? "" : "Interface for NAT Gateway " + nat.id();
    }
  }

  static final Filters<Interface> FILTERS =
      Filters.<Interface>of(Interface::id)
          .one("network-interface-id", Interface::id)
          .one("subnet-id", Interface::subnetId)
          .one("vpc-id", Interface::vpcId)
          .one("availability-zone", Interface::zone)
          .one("private-ip-address", Interface::privateIp)
          .one("addresses.private-ip-address", Interface::privateIp)
          .one("association.public-ip", i -> i.publicAddress().map(a -> a.ip()).orElse(null))
          .one("attachment.instance-id", i -> i.instance() == null ? null : i.instance().id())
          .one("interface-type", Interface::type)
          .one("description", Interface::description)
          .one("requester-managed", i -> i.nat() != null)
          .one("status", i -> "in-use")
          .one("owner-id", i -> Account.ID)
          .many("group-id", Interface::groupIds)
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "DescribeNetworkInterfaces", this::describe);
  }

  /** Every interface of the region: instances' first, then NAT gateways'. */
  static Stream<Interface> all(View view, String region) {
    Stream<Interface> ofInstances =
        view.all(Instance.class, region)
            .filter(i -> !i.isTerminated())
            .map(
                i ->
                    new Interface(
                        i.networkInterfaceId(),
                        region,
                        i.vpcId(),
                        i.subnetId(),
                        i.availabilityZone(),
                        i.privateIp(),
                        i.securityGroupIds(),
                        Addressing.publicOf(view, i),
                        i,
                        null));
    Stream<Interface> ofNats =
        view.all(NatGateway.class, region)
            .filter(n -> !n.isGone())
            .map(
                n ->
                    new Interface(
                        n.networkInterfaceId(),
                        region,
                        n.vpcId(),
                        n.subnetId(),
                        zoneOf(view, n.subnetId()),
                        n.privateIp(),
                        List.of(),
                        Optional.ofNullable(n.publicIp())
                            .map(
                                ip ->
                                    new Addressing.Public(
                                        ip, view.find(ElasticIp.class, n.allocationId()))),
                        null,
                        n));
    return Stream.concat(ofInstances, ofNats);
  }

  private static String zoneOf(View view, String subnetId) {
    return view.find(Subnet.class, subnetId).map(Subnet::availabilityZone).orElse(null);
  }

  private ObjectNode describe(Request request, Tx tx) {
    List<Interface> region = all(tx, request.region()).toList();
    List<String> ids = request.strings("NetworkInterfaceIds");
    Lookup.requireKnown(
        Ec2Kind.NETWORK_INTERFACE, ids, id -> region.stream().anyMatch(i -> i.id().equals(id)));
    ArrayNode out = Request.array();
    region.stream()
        .filter(i -> ids.isEmpty() || ids.contains(i.id()))
        .filter(FILTERS.from(request, tx))
        .forEach(i -> out.add(view(i, tx)));
    return Request.object().set("NetworkInterfaces", out);
  }

  private static ObjectNode view(Interface eni, View view) {
    ObjectNode json = Request.object();
    eni.publicAddress()
        .ifPresent(
            a ->
                json.set(
                    "Association",
                    InstanceAddresses.association(view, a, eni.vpcId(), eni.region(), true)));
    json.set("Attachment", attachment(eni));
    json.put("AvailabilityZone", eni.zone()).put("Description", eni.description());
    json.set("Groups", SecurityGroupJson.identifiers(view, eni.groupIds()));
    json.put("InterfaceType", eni.type());
    json.set("Ipv6Addresses", Request.array());
    String privateDns = Addressing.privateDnsName(eni.privateIp(), eni.region());
    json.put("MacAddress", InstanceAddresses.macAddress(eni.id()))
        .put("NetworkInterfaceId", eni.id())
        .put("OwnerId", Account.ID)
        .put("PrivateDnsName", privateDns)
        .put("PrivateIpAddress", eni.privateIp().toString());
    ObjectNode primary = Request.object();
    eni.publicAddress()
        .ifPresent(
            a ->
                primary.set(
                    "Association",
                    InstanceAddresses.association(view, a, eni.vpcId(), eni.region(), true)));
    primary
        .put("Primary", true)
        .put("PrivateDnsName", privateDns)
        .put("PrivateIpAddress", eni.privateIp().toString());
    json.set("PrivateIpAddresses", Request.array().add(primary));
    json.put("RequesterManaged", eni.nat() != null)
        .put("SourceDestCheck", eni.instance() != null && eni.instance().sourceDestCheck())
        .put("Status", "in-use")
        .put("SubnetId", eni.subnetId());
    json.set("TagSet", Ec2Json.tags(view.tags(eni.id())));
    return json.put("VpcId", eni.vpcId());
  }

  /** An instance's attachment; a NAT gateway's is owned by AWS ({@code amazon-aws}). */
  private static ObjectNode attachment(Interface eni) {
    if (eni.instance() != null) {
      return InstanceView.attachment(eni.instance())
          .put("InstanceId", eni.instance().id())
          .put("InstanceOwnerId", Account.ID);
    }
    return Request.object()
        .put("AttachmentId", Ids.ec2Fixed("ela-attach", eni.id()))
        .put("DeleteOnTermination", false)
        .put("DeviceIndex", 1)
        .put("InstanceOwnerId", "amazon-aws")
        .put("Status", "attached");
  }
}
