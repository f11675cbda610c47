package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.Addresses;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.Vpc;
import java.util.List;
import java.util.Optional;

/**
 * Elastic IP addresses: allocate, describe, associate with an instance or a network interface,
 * disassociate, release. Every address is a VPC address from the {@code amazon} pool.
 */
public final class ElasticIps implements Handlers.Group {
  private static final String POOL = "amazon";

  static final Filters<ElasticIp> FILTERS =
      Filters.<ElasticIp>of(ElasticIp::allocationId)
          .one("allocation-id", ElasticIp::allocationId)
          .one("public-ip", ElasticIp::publicIp)
          .one("domain", e -> "vpc")
          .one("network-border-group", ElasticIp::region)
          .one("public-ipv4-pool", e -> POOL)
          .one("association-id", e -> field(e, ElasticIp.Association::associationId))
          .one("instance-id", e -> field(e, ElasticIp.Association::instanceId))
          .one("network-interface-id", e -> field(e, ElasticIp.Association::networkInterfaceId))
          .one("private-ip-address", e -> field(e, ElasticIp.Association::privateIp))
          .one("network-interface-owner-id", e -> e.current().map(a -> Account.ID).orElse(null))
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "AllocateAddress", this::allocate)
        .on("ec2", "DescribeAddresses", this::describe)
        .on("ec2", "AssociateAddress", this::associate)
        .on("ec2", "DisassociateAddress", this::disassociate)
        .on("ec2", "ReleaseAddress", this::release);
  }

  /**
   * A fresh address from the region's EC2 ranges (output keys of CLI-EX allocate-address). Only the
   * {@code amazon} pool and the region's own border group exist here; recovering a specific address
   * is refused with the real message for an address that is no longer available.
   */
  private ObjectNode allocate(Request request, Tx tx) {
    String region = request.region();
    var pool = request.string("PublicIpv4Pool").filter(p -> !p.equals(POOL));
    if (pool.isPresent()) {
      // NotFound pattern of EC2; no real transcript found.
      throw new ServiceFault(
          "InvalidPublicIpv4PoolID.NotFound",
          "The public IPv4 pool ID '" + pool.get() + "' does not exist");
    }
    var group = request.string("NetworkBorderGroup").filter(g -> !g.equals(region));
    if (group.isPresent()) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Value (" + group.get() + ") for parameter networkBorderGroup is invalid.");
    }
    var address = request.string("Address");
    if (address.isPresent()) {
      throw new ServiceFault(
          "InvalidAddress.NotFound",
          "The Elastic IP address '" + address.get() + "' does not exist or is not available.");
    }
    String id = Ids.ec2(tx, "eipalloc");
    ElasticIp eip = tx.put(new ElasticIp(id, region, Addresses.publicIn(tx, region, id), null));
    TagSpecifications.apply(request, tx, id, "elastic-ip");
    return Request.object()
        .put("PublicIp", eip.publicIp().toString())
        .put("AllocationId", id)
        .put("PublicIpv4Pool", POOL)
        .put("NetworkBorderGroup", region)
        .put("Domain", "vpc");
  }

  /**
   * By allocation ID or public IP; an unknown public IP gets moto's message (the code is real, its
   * message seen only truncated to "Address").
   */
  private ObjectNode describe(Request request, Tx tx) {
    List<String> publicIps = request.strings("PublicIps");
    List<String> allocationIds = request.strings("AllocationIds");
    Lookup.requireAll(tx, ElasticIp.class, Ec2Kind.ELASTIC_IP, allocationIds, request.region());
    for (String ip : publicIps) {
      if (byPublicIp(tx, request, ip).isEmpty()) {
        throw addressNotFound(ip);
      }
    }
    var matches = FILTERS.from(request, tx);
    ArrayNode out = Request.array();
    tx.all(ElasticIp.class, request.region())
        .filter(e -> allocationIds.isEmpty() || allocationIds.contains(e.allocationId()))
        .filter(e -> publicIps.isEmpty() || publicIps.contains(e.publicIp().toString()))
        .filter(matches)
        .forEach(e -> out.add(view(e, tx)));
    return Request.object().set("Addresses", out);
  }

  /**
   * Maps the address to an instance's (or interface's) private address. Needs an internet gateway
   * on the VPC; a held address moves only with AllowReassociation; an instance that already has one
   * loses it (AWS keeps it allocated). Messages are real (aws-facts.md; CloudFormation, BOSH and
   * CLI transcripts).
   */
  private ObjectNode associate(Request request, Tx tx) {
    ElasticIp eip = addressOf(request, tx, "AllocationId");
    Enis.Eni eni = targetOf(request, tx);
    boolean hasGateway =
        tx.all(InternetGateway.class).anyMatch(g -> eni.vpcId().equals(g.attachedVpcId()));
    if (!hasGateway) {
      throw new ServiceFault(
          "Gateway.NotAttached",
          "Network " + eni.vpcId() + " is not attached to any internet gateway");
    }
    Optional<ElasticIp.Association> held = eip.current();
    if (held.isPresent() && eni.id().equals(held.get().networkInterfaceId())) {
      return Request.object().put("AssociationId", held.get().associationId());
    }
    boolean heldByNat = held.isPresent() && held.get().instanceId() == null;
    if (held.isPresent() && (heldByNat || !request.bool("AllowReassociation").orElse(false))) {
      throw new ServiceFault(
          "Resource.AlreadyAssociated",
          "resource "
              + eip.allocationId()
              + " is already associated with associate-id "
              + held.get().associationId());
    }
    releaseFrom(tx, eni.id());
    String associationId = Ids.ec2(tx, "eipassoc");
    tx.put(
        eip.associated(
            new ElasticIp.Association(associationId, eni.instanceId(), eni.id(), eni.privateIp())));
    return Request.object().put("AssociationId", associationId);
  }

  /**
   * The interface the request names, by instance or ENI. A NAT gateway's interface is managed by
   * AWS (AuthFailure, as real for other requester-managed interfaces); a pending or terminated
   * instance is refused with the real message for a pending one.
   */
  private static Enis.Eni targetOf(Request request, Tx tx) {
    var instanceId = request.string("InstanceId");
    if (instanceId.isPresent()) {
      Instance instance =
          Lookup.require(tx, Instance.class, Ec2Kind.INSTANCE, instanceId.get(), request.region());
      if (instance.state() == Instance.State.PENDING || instance.isTerminated()) {
        throw new ServiceFault(
            "InvalidInstanceID",
            "The "
                + instance.state().api()
                + " instance '"
                + instance.id()
                + "' is not in a valid state for this operation.");
      }
      return Enis.require(tx, instance.networkInterfaceId(), request.region());
    }
    var eniId = request.string("NetworkInterfaceId");
    if (eniId.isEmpty()) {
      throw new ServiceFault(
          "MissingParameter",
          "The request must contain the parameter instanceId or networkInterfaceId");
    }
    Enis.Eni eni = Enis.require(tx, eniId.get(), request.region());
    if (eni.isRequesterManaged()) {
      throw authFailure();
    }
    return eni;
  }

  /**
   * By association ID or public IP. A NAT gateway's address leaves only with the gateway
   * (AuthFailure, as for other AWS-managed interfaces).
   */
  private ObjectNode disassociate(Request request, Tx tx) {
    ElasticIp eip;
    var associationId = request.string("AssociationId");
    if (associationId.isPresent()) {
      String id = associationId.get();
      if (!Ec2Kind.ADDRESS_ASSOCIATION.isWellFormed(id)) {
        throw Ec2Kind.ADDRESS_ASSOCIATION.malformed(id);
      }
      eip =
          tx.all(ElasticIp.class, request.region())
              .filter(e -> e.current().filter(a -> a.associationId().equals(id)).isPresent())
              .findFirst()
              .orElseThrow(() -> Ec2Kind.ADDRESS_ASSOCIATION.notFound(id));
    } else {
      eip = addressOf(request, tx, null);
      if (eip.current().isEmpty()) {
        return Request.object();
      }
    }
    if (eip.current().orElseThrow().instanceId() == null) {
      throw authFailure();
    }
    tx.put(eip.disassociated());
    return Request.object();
  }

  /**
   * Releases an address that is not in use. In a default VPC an instance's address is disassociated
   * first, as the API reference says; elsewhere it is InvalidIPAddress.InUse (the code is
   * documented; the message is from a troubleshooting write-up). An address a NAT gateway holds
   * answers AuthFailure, as a real release-address did while its NAT gateway was deleting.
   */
  private ObjectNode release(Request request, Tx tx) {
    if (request.has("PublicIp") && !request.has("AllocationId")) {
      // Real message (a 2020 CLI transcript).
      throw new ServiceFault(
          "InvalidParameterValue",
          "You must specify an allocation id when releasing a VPC elastic IP address");
    }
    ElasticIp eip = addressOf(request, tx, "AllocationId");
    var held = eip.current();
    if (held.isPresent()) {
      if (held.get().instanceId() == null) {
        throw authFailure();
      }
      boolean defaultVpc =
          tx.find(Instance.class, held.get().instanceId())
              .flatMap(i -> tx.find(Vpc.class, i.vpcId()))
              .filter(Vpc::isDefault)
              .isPresent();
      if (!defaultVpc) {
        throw new ServiceFault("InvalidIPAddress.InUse", "Address is in use.");
      }
    }
    tx.remove(eip);
    return Request.object();
  }

  /** The address named by allocation ID (when {@code allocationMember} is given) or public IP. */
  private static ElasticIp addressOf(Request request, View view, String allocationMember) {
    var allocationId =
        allocationMember == null ? Optional.<String>empty() : request.string(allocationMember);
    if (allocationId.isPresent()) {
      return Lookup.require(
          view, ElasticIp.class, Ec2Kind.ELASTIC_IP, allocationId.get(), request.region());
    }
    String ip =
        request
            .string("PublicIp")
            .orElseThrow(
                () ->
                    new ServiceFault(
                        "MissingParameter",
                        "The request must contain the parameter allocationId or publicIp"));
    return byPublicIp(view, request, ip).orElseThrow(() -> addressNotFound(ip));
  }

  private static Optional<ElasticIp> byPublicIp(View view, Request request, String ip) {
    return view.all(ElasticIp.class, request.region())
        .filter(e -> e.publicIp().toString().equals(ip))
        .findFirst();
  }

  /**
   * Disassociates every address held by a network interface: another address takes its place, or
   * its owner goes. The addresses stay allocated.
   */
  static void releaseFrom(Tx tx, String interfaceId) {
    tx.all(ElasticIp.class)
        .filter(e -> e.isOn(interfaceId))
        .toList()
        .forEach(e -> tx.put(e.disassociated()));
  }

  private static ServiceFault addressNotFound(String ip) {
    return new ServiceFault("InvalidAddress.NotFound", "Address '" + ip + "' not found.");
  }

  /** EC2's answer for touching an interface AWS manages (real for Fargate task ENIs). */
  private static ServiceFault authFailure() {
    return new ServiceFault(
        "AuthFailure", "You do not have permission to access the specified resource.");
  }

  private static Object field(
      ElasticIp eip, java.util.function.Function<ElasticIp.Association, Object> value) {
    return eip.current().map(value).orElse(null);
  }

  /** As describe-addresses shows an address (CLI-EX): association keys only while associated. */
  static ObjectNode view(ElasticIp eip, View view) {
    ObjectNode json =
        Request.object()
            .put("AllocationId", eip.allocationId())
            .put("Domain", "vpc")
            .put("PublicIpv4Pool", POOL)
            .put("NetworkBorderGroup", eip.region())
            .put("PublicIp", eip.publicIp().toString());
    eip.current()
        .ifPresent(
            a -> {
              json.put("AssociationId", a.associationId())
                  .put("NetworkInterfaceId", a.networkInterfaceId())
                  .put("NetworkInterfaceOwnerId", Account.ID)
                  .put("PrivateIpAddress", a.privateIp().toString());
              if (a.instanceId() != null) {
                json.put("InstanceId", a.instanceId());
              }
            });
    return Ec2Json.withTags(json, view, eip.allocationId());
  }
}
