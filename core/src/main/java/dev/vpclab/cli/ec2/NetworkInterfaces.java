package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.ec2.Enis.Eni;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Addressing;
import java.util.List;
import java.util.Optional;

/**
 * describe-network-interfaces, over the interfaces {@link Enis} derives from their owners: an
 * instance's primary interface or a NAT gateway's (requester-managed, attached by AWS).
 */
public final class NetworkInterfaces implements Handlers.Group {
  static final Filters<Eni> FILTERS =
      Filters.<Eni>of(Eni::id)
          .one("network-interface-id", Eni::id)
          .one("subnet-id", Eni::subnetId)
          .one("vpc-id", Eni::vpcId)
          .one("availability-zone", Eni::zone)
          .one("private-ip-address", Eni::privateIp)
          .one("addresses.private-ip-address", Eni::privateIp)
          .one("association.public-ip", i -> i.publicAddress().map(a -> a.ip()).orElse(null))
          .one("attachment.instance-id", Eni::instanceId)
          .one("interface-type", Eni::interfaceType)
          .one("description", Eni::description)
          .one("requester-managed", Eni::isRequesterManaged)
          .one("status", i -> "in-use")
          .one("owner-id", i -> Account.ID)
          .many("group-id", Eni::groupIds)
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "DescribeNetworkInterfaces", this::describe);
  }

  private ObjectNode describe(Request request, Tx tx) {
    List<Eni> region = Enis.all(tx, request.region()).toList();
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

  private static ObjectNode view(Eni eni, View view) {
    Optional<ObjectNode> association =
        eni.publicAddress()
            .map(a -> InstanceAddresses.association(view, a, eni.vpcId(), eni.region(), true));
    ObjectNode json = Request.object();
    association.ifPresent(a -> json.set("Association", a));
    json.set("Attachment", attachment(eni));
    json.put("AvailabilityZone", eni.zone()).put("Description", eni.description());
    json.set("Groups", SecurityGroupJson.identifiers(view, eni.groupIds()));
    json.put("InterfaceType", eni.interfaceType());
    json.set("Ipv6Addresses", Request.array());
    String privateDns = Addressing.privateDnsName(eni.privateIp(), eni.region());
    json.put("MacAddress", InstanceAddresses.macAddress(eni.id()))
        .put("NetworkInterfaceId", eni.id())
        .put("OwnerId", Account.ID)
        .put("PrivateDnsName", privateDns)
        .put("PrivateIpAddress", eni.privateIp().toString());
    json.set(
        "PrivateIpAddresses",
        InstanceAddresses.primaryOnly(association, privateDns, eni.privateIp()));
    json.put("RequesterManaged", eni.isRequesterManaged())
        .put("SourceDestCheck", eni.instance() != null && eni.instance().sourceDestCheck())
        .put("Status", "in-use")
        .put("SubnetId", eni.subnetId());
    json.set("TagSet", Ec2Json.tags(view.tags(eni.id())));
    return json.put("VpcId", eni.vpcId());
  }

  /** An instance's attachment; a NAT gateway's is owned by AWS ({@code amazon-aws}). */
  private static ObjectNode attachment(Eni eni) {
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
