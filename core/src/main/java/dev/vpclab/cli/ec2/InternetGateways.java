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
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.Vpc;

/**
 * Internet gateways: create, attach to one VPC, detach, describe, delete. Routes to a detached or
 * deleted gateway stay in their tables as blackhole routes.
 */
public final class InternetGateways implements Handlers.Group {
  static final Filters<InternetGateway> FILTERS =
      Filters.<InternetGateway>of(InternetGateway::id)
          .one("internet-gateway-id", InternetGateway::id)
          .one("attachment.vpc-id", InternetGateway::attachedVpcId)
          .one("attachment.state", g -> g.attachedVpcId() == null ? null : "available")
          .one("owner-id", g -> Account.ID)
          .build();

  private static final Describe<InternetGateway> DESCRIBE =
      new Describe<>(
          InternetGateway.class, Ec2Kind.INTERNET_GATEWAY, "InternetGatewayIds", FILTERS);

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateInternetGateway", this::create)
        .on("ec2", "AttachInternetGateway", this::attach)
        .on("ec2", "DetachInternetGateway", this::detach)
        .on("ec2", "DescribeInternetGateways", this::describe)
        .on("ec2", "DeleteInternetGateway", this::delete);
  }

  private ObjectNode create(Request request, Tx tx) {
    String id = Ids.ec2(tx, "igw");
    InternetGateway igw = tx.put(new InternetGateway(id, request.region(), null));
    TagSpecifications.apply(request, tx, id, "internet-gateway");
    return Request.object().set("InternetGateway", view(igw, tx));
  }

  /**
   * One gateway per VPC, one VPC per gateway. Both messages are real (an aws-sdk error log; a
   * terraform log with a request ID).
   */
  private ObjectNode attach(Request request, Tx tx) {
    InternetGateway igw = require(tx, request);
    Vpc vpc = attachTarget(tx, request);
    if (igw.attachedVpcId() != null) {
      throw new ServiceFault(
          "Resource.AlreadyAssociated",
          "resource " + igw.id() + " is already attached to network " + igw.attachedVpcId());
    }
    boolean vpcHasOne =
        tx.all(InternetGateway.class).anyMatch(g -> vpc.id().equals(g.attachedVpcId()));
    if (vpcHasOne) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Network " + vpc.id() + " already has an internet gateway attached");
    }
    tx.put(igw.attachedTo(vpc.id()));
    return Request.object();
  }

  /**
   * The VPC to attach to. AttachInternetGateway spells a malformed VPC ID's code {@code
   * InvalidVpcId.Malformed}, unlike DescribeVpcs (real error quoted in
   * aws-controllers-k8s/ec2-controller's e2e tests).
   */
  private static Vpc attachTarget(Tx tx, Request request) {
    String id = request.required("VpcId");
    if (!Ec2Kind.VPC.isWellFormed(id)) {
      throw new ServiceFault("InvalidVpcId.Malformed", Ec2Kind.VPC.malformed(id).getMessage());
    }
    return Lookup.require(tx, Vpc.class, Ec2Kind.VPC, id, request.region());
  }

  /**
   * Refused while any address in the VPC is mapped to a public one: an instance's launch public IP
   * or an associated Elastic IP, a NAT gateway's included (real message, aws-facts.md section 6).
   * The not-attached wording mirrors the real attach message (no real transcript found).
   */
  private ObjectNode detach(Request request, Tx tx) {
    InternetGateway igw = require(tx, request);
    Vpc vpc =
        Lookup.require(tx, Vpc.class, Ec2Kind.VPC, request.required("VpcId"), request.region());
    if (!vpc.id().equals(igw.attachedVpcId())) {
      throw new ServiceFault(
          "Gateway.NotAttached",
          "resource " + igw.id() + " is not attached to network " + vpc.id());
    }
    if (hasMappedPublicAddresses(tx, vpc)) {
      throw new ServiceFault(
          "DependencyViolation",
          "Network "
              + vpc.id()
              + " has some mapped public address(es). Please unmap those public address(es)"
              + " before detaching the gateway.");
    }
    tx.put(igw.detached());
    return Request.object();
  }

  private static boolean hasMappedPublicAddresses(View view, Vpc vpc) {
    boolean launchIps =
        view.all(Instance.class)
            .anyMatch(
                i -> i.vpcId().equals(vpc.id()) && !i.isTerminated() && i.launchPublicIp() != null);
    return launchIps
        || view.all(ElasticIp.class)
            .flatMap(e -> e.current().stream())
            .anyMatch(
                a ->
                    Enis.find(view, a.networkInterfaceId(), vpc.region())
                        .filter(eni -> eni.vpcId().equals(vpc.id()))
                        .isPresent());
  }

  private ObjectNode describe(Request request, Tx tx) {
    return Request.object().set("InternetGateways", DESCRIBE.render(request, tx, g -> view(g, tx)));
  }

  /** Attached gateways cannot be deleted (real message, aws-facts.md section 11). */
  private ObjectNode delete(Request request, Tx tx) {
    InternetGateway igw = require(tx, request);
    if (igw.attachedVpcId() != null) {
      throw new ServiceFault(
          "DependencyViolation",
          "The internetGateway '" + igw.id() + "' has dependencies and cannot be deleted.");
    }
    tx.remove(igw);
    return Request.object();
  }

  private static InternetGateway require(View view, Request request) {
    return Lookup.require(
        view,
        InternetGateway.class,
        Ec2Kind.INTERNET_GATEWAY,
        request.required("InternetGatewayId"),
        request.region());
  }

  /**
   * As create- and describe-internet-gateways show it (CLI-EX): an attachment is "available";
   * {@code Tags} even when empty, as real create-internet-gateway transcripts print it.
   */
  static ObjectNode view(InternetGateway igw, View view) {
    ArrayNode attachments = Request.array();
    igw.vpcId()
        .ifPresent(
            vpcId ->
                attachments.add(Request.object().put("State", "available").put("VpcId", vpcId)));
    ObjectNode json =
        Request.object().put("InternetGatewayId", igw.id()).put("OwnerId", Account.ID);
    json.set("Attachments", attachments);
    return Ec2Json.withTagList(json, view, igw.id());
  }
}
