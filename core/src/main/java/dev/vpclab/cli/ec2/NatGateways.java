package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Addresses;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.net.Ipv4;
import java.util.Optional;

/**
 * NAT gateways: create (public with an Elastic IP, or private), describe (deleted and failed ones
 * stay listed), delete. What AWS finds wrong only after accepting the request — no internet
 * gateway, an Elastic IP already in use, a full subnet — makes the gateway {@code failed} with
 * AWS's failure code and message, after the create output has shown {@code pending}.
 */
public final class NatGateways implements Handlers.Group {
  static final Filters<NatGateway> FILTERS =
      Filters.<NatGateway>of(NatGateway::id)
          .one("nat-gateway-id", NatGateway::id)
          .one("state", n -> n.state().api())
          .one("subnet-id", NatGateway::subnetId)
          .one("vpc-id", NatGateway::vpcId)
          .build();

  private static final Describe<NatGateway> DESCRIBE =
      new Describe<>(NatGateway.class, Ec2Kind.NAT_GATEWAY, "NatGatewayIds", "Filter", FILTERS);

  /** Why AWS fails a NAT gateway it accepted: failure code and message (BC model docs). */
  private record Failure(String code, String message) {}

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateNatGateway", this::create)
        .on("ec2", "DescribeNatGateways", this::describe)
        .on("ec2", "DeleteNatGateway", this::delete);
  }

  /**
   * CreateNatGateway words malformed IDs its own way (real errors quoted in
   * aws-controllers-k8s/ec2-controller's e2e tests).
   */
  private ObjectNode create(Request request, Tx tx) {
    String subnetId = request.required("SubnetId");
    if (!Ec2Kind.SUBNET.isWellFormed(subnetId)) {
      throw new ServiceFault("InvalidSubnet", "The subnet ID '" + subnetId + "' is malformed");
    }
    Subnet subnet = Lookup.require(tx, Subnet.class, Ec2Kind.SUBNET, subnetId, request.region());
    ElasticIp eip = elasticIp(request, tx);
    String id = Ids.ec2(tx, "nat");
    String eniId = Ids.ec2(tx, "eni");
    Optional<Failure> failure = failure(tx, subnet, eip);
    Ipv4 privateIp =
        Addresses.availableIn(tx, subnet) > 0 ? Addresses.privateIn(tx, subnet, id) : null;
    NatGateway nat =
        new NatGateway(
            id,
            subnet.region(),
            subnet.vpcId(),
            subnet.id(),
            eip == null ? null : eip.allocationId(),
            eniId,
            privateIp,
            eip == null ? null : eip.publicIp(),
            NatGateway.State.AVAILABLE,
            null,
            null,
            tx.now(),
            null);
    if (failure.isPresent()) {
      nat = nat.failed(failure.get().code(), failure.get().message(), tx.now());
      tx.advise(
          "AWS accepts this NAT gateway, then it fails: "
              + failure.get().message()
              + " (describe-nat-gateways shows State failed).");
    } else {
      if (eip != null) {
        tx.put(
            eip.associated(
                new ElasticIp.Association(Ids.ec2(tx, "eipassoc"), null, eniId, privateIp)));
      }
      adviseIfNoInternetRoute(tx, subnet, nat);
    }
    tx.put(nat);
    TagSpecifications.apply(request, tx, id, "natgateway");
    return Request.object()
        .put("ClientToken", Ec2Json.clientToken(request, tx))
        .set("NatGateway", createdView(nat, tx));
  }

  /**
   * A public gateway needs an Elastic IP of the region, a private one must not have one. The
   * missing and malformed messages are real (aws-controllers-k8s/ec2-controller's e2e tests); the
   * private one follows EC2's InvalidParameterCombination pattern (no real transcript found).
   */
  private static ElasticIp elasticIp(Request request, Tx tx) {
    boolean isPublic = request.string("ConnectivityType").orElse("public").equals("public");
    var allocationId = request.string("AllocationId");
    if (!isPublic) {
      if (allocationId.isPresent()) {
        throw new ServiceFault(
            "InvalidParameterCombination",
            "AllocationId cannot be specified for a private NAT gateway");
      }
      return null;
    }
    String id =
        allocationId.orElseThrow(
            () ->
                new ServiceFault(
                    "MissingParameter",
                    "The request must include the AllocationId parameter. Add the required"
                        + " parameter and retry the request."));
    if (!Ec2Kind.ELASTIC_IP.isWellFormed(id)) {
      throw new ServiceFault(
          "InvalidElasticIpID.Malformed", "The elastic-ip ID '" + id + "' is malformed");
    }
    return Lookup.require(tx, ElasticIp.class, Ec2Kind.ELASTIC_IP, id, request.region());
  }

  /** The checks AWS makes after accepting, in the order of the model's FailureMessage list. */
  private static Optional<Failure> failure(View view, Subnet subnet, ElasticIp eip) {
    if (Addresses.availableIn(view, subnet) <= 0) {
      return Optional.of(
          new Failure(
              "InsufficientFreeAddressesInSubnet",
              "Subnet has insufficient free addresses to create this NAT gateway"));
    }
    if (eip == null) {
      return Optional.empty();
    }
    boolean hasGateway =
        view.all(InternetGateway.class).anyMatch(g -> subnet.vpcId().equals(g.attachedVpcId()));
    if (!hasGateway) {
      // Real FailureCode and FailureMessage (a 2020 describe-nat-gateways transcript).
      return Optional.of(
          new Failure(
              "Gateway.NotAttached",
              "Network " + subnet.vpcId() + " has no Internet gateway attached"));
    }
    if (eip.current().isPresent()) {
      return Optional.of(
          new Failure(
              "Resource.AlreadyAssociated",
              "Elastic IP address " + eip.allocationId() + " is already associated"));
    }
    return Optional.empty();
  }

  /** AWS accepts a public NAT gateway in a private subnet silently; the learner should know. */
  private static void adviseIfNoInternetRoute(Tx tx, Subnet subnet, NatGateway nat) {
    if (!nat.isPublic()) {
      return;
    }
    boolean routesToInternet =
        RouteTable.forSubnet(tx, subnet).stream()
            .flatMap(t -> t.routes().stream())
            .anyMatch(r -> r.target() instanceof RouteTarget.Igw && r.isActive(tx, subnet.vpcId()));
    if (!routesToInternet) {
      tx.advise(
          "Subnet "
              + subnet.id()
              + " has no route to an internet gateway: AWS accepts this NAT gateway, but traffic"
              + " it forwards will not reach the internet until that subnet routes 0.0.0.0/0 to"
              + " an internet gateway.");
    }
  }

  private ObjectNode describe(Request request, Tx tx) {
    return Request.object().set("NatGateways", DESCRIBE.render(request, tx, n -> view(n, tx)));
  }

  /**
   * The gateway is deleted from the next command on; its Elastic IP is disassociated but stays
   * allocated, and routes to it become blackholes (VPC user guide). Deleting a deleted gateway
   * changes nothing.
   */
  private ObjectNode delete(Request request, Tx tx) {
    NatGateway nat =
        Lookup.require(
            tx,
            NatGateway.class,
            Ec2Kind.NAT_GATEWAY,
            request.required("NatGatewayId"),
            request.region());
    if (nat.state() != NatGateway.State.DELETED) {
      ElasticIps.releaseFrom(tx, nat.networkInterfaceId());
      tx.put(nat.deleted(tx.now()));
    }
    return Request.object().put("NatGatewayId", nat.id());
  }

  /**
   * The create output: {@code pending}, and for a public gateway only the allocation ID with the
   * newer IsPrimary/Status keys (real 2022 output; aws-facts.md section 10).
   */
  private static ObjectNode createdView(NatGateway nat, View view) {
    ObjectNode json = common(nat, view, "pending");
    ArrayNode addresses = Request.array();
    ObjectNode address = Request.object();
    if (nat.isPublic()) {
      address.put("AllocationId", nat.allocationId());
    }
    addresses.add(
        address.put("IsPrimary", true).put("Status", nat.isPublic() ? "associating" : "assigning"));
    json.set("NatGatewayAddresses", addresses);
    return json;
  }

  /** As describe-nat-gateways shows it (CLI-EX; a real transcript of a failed one). */
  static ObjectNode view(NatGateway nat, View view) {
    ObjectNode json = common(nat, view, nat.state().api());
    if (nat.deleteTime() != null) {
      json.put("DeleteTime", nat.deleteTime().toString());
    }
    if (nat.failureCode() != null) {
      json.put("FailureCode", nat.failureCode()).put("FailureMessage", nat.failureMessage());
    }
    ObjectNode address = Request.object();
    if (nat.isPublic()) {
      address.put("AllocationId", nat.allocationId());
    }
    address.put("NetworkInterfaceId", nat.networkInterfaceId());
    if (nat.privateIp() != null) {
      address.put("PrivateIp", nat.privateIp().toString());
    }
    boolean failed = nat.state() == NatGateway.State.FAILED;
    if (nat.isPublic() && !failed) {
      address.put("PublicIp", nat.publicIp().toString());
      view.find(ElasticIp.class, nat.allocationId())
          .flatMap(ElasticIp::current)
          .filter(a -> nat.networkInterfaceId().equals(a.networkInterfaceId()))
          .ifPresent(a -> address.put("AssociationId", a.associationId()));
    }
    address.put("IsPrimary", true).put("Status", failed ? "failed" : "succeeded");
    json.set("NatGatewayAddresses", Request.array().add(address));
    return json;
  }

  private static ObjectNode common(NatGateway nat, View view, String state) {
    ObjectNode json =
        Request.object()
            .put("CreateTime", nat.createTime().toString())
            .put("NatGatewayId", nat.id())
            .put("State", state)
            .put("SubnetId", nat.subnetId())
            .put("VpcId", nat.vpcId())
            .put("ConnectivityType", nat.isPublic() ? "public" : "private");
    return Ec2Json.withTags(json, view, nat.id());
  }
}
