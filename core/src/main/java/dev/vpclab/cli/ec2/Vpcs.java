package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.ec2.VpcEndpoint;
import dev.vpclab.net.Cidr;
import java.util.List;

/**
 * VPCs: create (with the main route table, default network ACL and default security group AWS
 * creates alongside), describe, attributes, delete.
 */
public final class Vpcs implements Handlers.Group {
  static final Filters<Vpc> FILTERS =
      Filters.<Vpc>of(Vpc::id)
          .one("vpc-id", Vpc::id)
          .one("cidr", Vpc::cidr)
          .one("cidr-block-association.cidr-block", Vpc::cidr)
          .one("cidr-block-association.association-id", Vpc::cidrAssociationId)
          .one("cidr-block-association.state", v -> "associated")
          .one("dhcp-options-id", Vpc::dhcpOptionsId)
          .one("is-default", Vpc::isDefault)
          .one("owner-id", v -> Account.ID)
          .one("state", v -> "available")
          .build();

  private static final Describe<Vpc> DESCRIBE =
      new Describe<>(Vpc.class, Ec2Kind.VPC, "VpcIds", FILTERS);

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateVpc", this::create)
        .on("ec2", "DescribeVpcs", this::describe)
        .on("ec2", "DeleteVpc", this::delete)
        .on("ec2", "ModifyVpcAttribute", this::modifyAttribute)
        .on("ec2", "DescribeVpcAttribute", this::describeAttribute);
  }

  private ObjectNode create(Request request, Tx tx) {
    Cidr cidr = cidr(request);
    String region = request.region();
    var tagsCheck = TagSpecifications.forType(request, "vpc");
    String vpcId = Ids.ec2(tx, "vpc");
    var vpc =
        tx.put(
            new Vpc(
                vpcId,
                region,
                cidr,
                Ids.ec2(tx, "vpc-cidr-assoc"),
                false,
                true,
                false,
                Ids.ec2Fixed("dopt", region + "/default"),
                request.string("InstanceTenancy").orElse("default")));
    if (!tagsCheck.isEmpty()) {
      tx.setTags(vpcId, tagsCheck);
    }
    tx.put(
        new RouteTable(
            Ids.ec2(tx, "rtb"),
            region,
            vpcId,
            List.of(
                new Route(
                    new RouteDestination.ToCidr(cidr),
                    new RouteTarget.Local(),
                    Route.CREATE_ROUTE_TABLE)),
            List.of(new RouteTable.Association(Ids.ec2(tx, "rtbassoc"), null, true))));
    tx.put(FreshAccount.defaultNetworkAcl(Ids.ec2(tx, "acl"), region, vpcId, List.of()));
    String sgId = Ids.ec2(tx, "sg");
    tx.put(FreshAccount.defaultSecurityGroup(sgId, region, vpcId, sgId));
    ObjectNode json = view(vpc, tx, "pending");
    json.set("Ipv6CidrBlockAssociationSet", Request.array());
    return Request.object().set("Vpc", json);
  }

  /**
   * The CIDR block as create-vpc checks it: present, well formed, between /16 and /28 (messages
   * from aws-facts.md section 11 and real create-vpc errors).
   */
  private static Cidr cidr(Request request) {
    String text =
        request
            .string("CidrBlock")
            .orElseThrow(
                () ->
                    new ServiceFault(
                        "MissingParameter",
                        "Either 'cidrBlock' or 'ipv4IpamPoolId' should be provided."));
    Cidr cidr = Cidrs.parse(text, "cidrBlock");
    if (cidr.prefix() < 16 || cidr.prefix() > 28) {
      throw new ServiceFault("InvalidVpc.Range", "The CIDR '" + text + "' is invalid.");
    }
    return cidr;
  }

  private ObjectNode describe(Request request, Tx tx) {
    return Request.object()
        .set("Vpcs", DESCRIBE.render(request, tx, v -> view(v, tx, "available")));
  }

  /**
   * DeleteVpc refuses while anything but the VPC's own main route table, default ACL and default
   * security group remains; the error never says what (aws-facts.md section 11).
   */
  private ObjectNode delete(Request request, Tx tx) {
    Vpc vpc =
        Lookup.require(tx, Vpc.class, Ec2Kind.VPC, request.required("VpcId"), request.region());
    String id = vpc.id();
    boolean inUse =
        tx.all(Subnet.class).anyMatch(s -> s.vpcId().equals(id))
            || tx.all(InternetGateway.class).anyMatch(g -> id.equals(g.attachedVpcId()))
            || tx.all(RouteTable.class).anyMatch(t -> t.vpcId().equals(id) && !t.isMain())
            || tx.all(NetworkAcl.class).anyMatch(a -> a.vpcId().equals(id) && !a.isDefault())
            || tx.all(SecurityGroup.class).anyMatch(g -> g.vpcId().equals(id) && !g.isDefault())
            || tx.all(VpcEndpoint.class).anyMatch(e -> e.vpcId().equals(id))
            || tx.all(NatGateway.class).anyMatch(n -> n.vpcId().equals(id) && !n.isGone());
    if (inUse) {
      throw new ServiceFault(
          "DependencyViolation", "The vpc '" + id + "' has dependencies and cannot be deleted.");
    }
    tx.all(RouteTable.class).filter(t -> t.vpcId().equals(id)).toList().forEach(tx::remove);
    tx.all(NetworkAcl.class).filter(a -> a.vpcId().equals(id)).toList().forEach(tx::remove);
    tx.all(SecurityGroup.class).filter(g -> g.vpcId().equals(id)).toList().forEach(tx::remove);
    tx.remove(vpc);
    return Request.object();
  }

  /**
   * Exactly one attribute per call, as the API requires (the two messages as EC2 emulators that
   * copy AWS word them: fog, OpenStack ec2-api).
   */
  private ObjectNode modifyAttribute(Request request, Tx tx) {
    Vpc vpc =
        Lookup.require(tx, Vpc.class, Ec2Kind.VPC, request.required("VpcId"), request.region());
    boolean support = request.has("EnableDnsSupport");
    boolean hostnames = request.has("EnableDnsHostnames");
    if (!support && !hostnames) {
      throw new ServiceFault("InvalidParameterCombination", "No attributes specified.");
    }
    if (support && hostnames) {
      throw new ServiceFault(
          "InvalidParameterCombination",
          "Fields for multiple attribute types specified: enableDnsSupport, enableDnsHostnames");
    }
    if (support) {
      tx.put(vpc.withDnsSupport(request.node("EnableDnsSupport").path("Value").asBoolean()));
    } else {
      tx.put(vpc.withDnsHostnames(request.node("EnableDnsHostnames").path("Value").asBoolean()));
    }
    return Request.object();
  }

  private ObjectNode describeAttribute(Request request, Tx tx) {
    Vpc vpc =
        Lookup.require(tx, Vpc.class, Ec2Kind.VPC, request.required("VpcId"), request.region());
    String attribute = request.required("Attribute");
    ObjectNode out = Request.object().put("VpcId", vpc.id());
    switch (attribute) {
      case "enableDnsSupport" ->
          out.set("EnableDnsSupport", Request.object().put("Value", vpc.dnsSupport()));
      case "enableDnsHostnames" ->
          out.set("EnableDnsHostnames", Request.object().put("Value", vpc.dnsHostnames()));
      default ->
          throw new ServiceFault(
              "InvalidParameterValue",
              "Value (" + attribute + ") for parameter attribute is invalid. Unknown attribute.");
    }
    return out;
  }

  /** A VPC as describe-vpcs shows it. */
  static ObjectNode view(Vpc vpc, View view, String state) {
    ObjectNode json =
        Request.object().put("OwnerId", Account.ID).put("InstanceTenancy", vpc.instanceTenancy());
    json.set(
        "CidrBlockAssociationSet",
        Request.array()
            .add(
                Request.object()
                    .put("AssociationId", vpc.cidrAssociationId())
                    .put("CidrBlock", vpc.cidr().toString())
                    .set("CidrBlockState", Ec2Json.state("associated"))));
    json.put("IsDefault", vpc.isDefault());
    Ec2Json.withTags(json, view, vpc.id());
    json.put("VpcId", vpc.id())
        .put("State", state)
        .put("CidrBlock", vpc.cidr().toString())
        .put("DhcpOptionsId", vpc.dhcpOptionsId());
    return json;
  }
}
