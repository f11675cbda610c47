package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import java.util.List;

/**
 * Network ACLs and their associations. Every subnet is associated with exactly one ACL: its VPC's
 * default one when it is created, another only through ReplaceNetworkAclAssociation.
 */
public final class NetworkAcls implements Handlers.Group {
  static final Filters<NetworkAcl> FILTERS =
      Filters.<NetworkAcl>of(NetworkAcl::id)
          .one("network-acl-id", NetworkAcl::id)
          .one("vpc-id", NetworkAcl::vpcId)
          .one("default", NetworkAcl::isDefault)
          .one("owner-id", a -> Account.ID)
          .many("association.association-id", a -> ids(a, NetworkAcl.Association::id))
          .many("association.subnet-id", a -> ids(a, NetworkAcl.Association::subnetId))
          .many(
              "association.network-acl-id",
              a -> a.associations().isEmpty() ? List.of() : List.of(a.id()))
          .many("entry.rule-number", a -> entries(a, NetworkAcl.Entry::ruleNumber))
          .many("entry.egress", a -> entries(a, NetworkAcl.Entry::egress))
          .many("entry.protocol", a -> entries(a, NetworkAcl.Entry::protocol))
          .many("entry.rule-action", a -> entries(a, e -> e.action().api()))
          .many("entry.cidr", a -> entries(a, NetworkAcl.Entry::cidr))
          .many(
              "entry.port-range.from",
              a -> entries(a, e -> e.ports() == null ? null : e.ports().from()))
          .many(
              "entry.port-range.to",
              a -> entries(a, e -> e.ports() == null ? null : e.ports().to()))
          .many("entry.icmp.type", a -> entries(a, e -> e.icmp() == null ? null : e.icmp().type()))
          .many("entry.icmp.code", a -> entries(a, e -> e.icmp() == null ? null : e.icmp().code()))
          .build();

  private static final Describe<NetworkAcl> DESCRIBE =
      new Describe<>(NetworkAcl.class, Ec2Kind.NETWORK_ACL, "NetworkAclIds", FILTERS);

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateNetworkAcl", this::create)
        .on("ec2", "DescribeNetworkAcls", this::describe)
        .on("ec2", "DeleteNetworkAcl", this::delete)
        .on("ec2", "ReplaceNetworkAclAssociation", this::replaceAssociation);
  }

  /** A new subnet joins its VPC's default ACL; the learner sees only the subnet created. */
  static void joinDefault(Tx tx, Subnet subnet) {
    tx.all(NetworkAcl.class)
        .filter(a -> a.vpcId().equals(subnet.vpcId()) && a.isDefault())
        .findFirst()
        .ifPresent(
            acl ->
                tx.putQuietly(
                    acl.withAssociation(
                        new NetworkAcl.Association(Ids.ec2(tx, "aclassoc"), subnet.id()))));
  }

  /** A deleted subnet's association goes with it. */
  static void leave(Tx tx, String subnetId) {
    NetworkAcl.forSubnet(tx, subnetId).ifPresent(acl -> tx.putQuietly(acl.withoutSubnet(subnetId)));
  }

  /** A custom ACL denies everything (only the two {@code *} rules) and has no subnets yet. */
  private ObjectNode create(Request request, Tx tx) {
    Vpc vpc =
        Lookup.require(tx, Vpc.class, Ec2Kind.VPC, request.required("VpcId"), request.region());
    String id = Ids.ec2(tx, "acl");
    NetworkAcl acl =
        tx.put(
            new NetworkAcl(
                id, vpc.region(), vpc.id(), false, FreshAccount.denyAllEntries(), List.of()));
    TagSpecifications.apply(request, tx, id, "network-acl");
    return Request.object()
        .put("ClientToken", Ec2Json.clientToken(request, tx))
        .set("NetworkAcl", view(acl, tx));
  }

  private ObjectNode describe(Request request, Tx tx) {
    return Request.object().set("NetworkAcls", DESCRIBE.render(request, tx, a -> view(a, tx)));
  }

  /**
   * The default ACL cannot go (message as cleanup scripts match it in real errors); one with
   * subnets is a DependencyViolation, worded as EC2 words every other one (not seen verbatim for
   * ACLs).
   */
  private ObjectNode delete(Request request, Tx tx) {
    NetworkAcl acl = require(tx, request, request.required("NetworkAclId"));
    if (acl.isDefault()) {
      throw new ServiceFault(
          "InvalidParameterValue", "cannot delete default network ACL " + acl.id());
    }
    if (!acl.associations().isEmpty()) {
      throw new ServiceFault(
          "DependencyViolation",
          "The networkAcl '" + acl.id() + "' has dependencies and cannot be deleted.");
    }
    tx.remove(acl);
    return Request.object();
  }

  /**
   * Moves a subnet to another ACL of its VPC under a new association ID (CLI-EX
   * replace-network-acl-association). Putting the subnet back on the default ACL is done the same
   * way.
   */
  private ObjectNode replaceAssociation(Request request, Tx tx) {
    String associationId = request.required("AssociationId");
    NetworkAcl target = require(tx, request, request.required("NetworkAclId"));
    if (!Ec2Kind.NETWORK_ACL_ASSOCIATION.isWellFormed(associationId)) {
      throw Ec2Kind.NETWORK_ACL_ASSOCIATION.malformed(associationId);
    }
    NetworkAcl current =
        tx.all(NetworkAcl.class, request.region())
            .filter(a -> a.association(associationId).isPresent())
            .findFirst()
            .orElseThrow(() -> Ec2Kind.NETWORK_ACL_ASSOCIATION.notFound(associationId));
    if (!current.vpcId().equals(target.vpcId())) {
      // ec2-api's wording for the route-table twin of this check; not seen from real AWS.
      throw new ServiceFault(
          "InvalidParameterValue",
          "Network ACL association "
              + associationId
              + " and network ACL "
              + target.id()
              + " belong to different networks");
    }
    String subnetId = current.association(associationId).orElseThrow().subnetId();
    String newId = Ids.ec2(tx, "aclassoc");
    tx.put(current.withoutSubnet(subnetId));
    NetworkAcl fresh = tx.find(NetworkAcl.class, target.id()).orElseThrow();
    tx.put(fresh.withAssociation(new NetworkAcl.Association(newId, subnetId)));
    return Request.object().put("NewAssociationId", newId);
  }

  static NetworkAcl require(View view, Request request, String id) {
    return Lookup.require(view, NetworkAcl.class, Ec2Kind.NETWORK_ACL, id, request.region());
  }

  /** An ACL as describe-network-acls shows it (CLI-EX): {@code Tags} even when empty. */
  static ObjectNode view(NetworkAcl acl, View view) {
    ArrayNode associations = Request.array();
    acl.associations()
        .forEach(
            a ->
                associations.add(
                    Request.object()
                        .put("NetworkAclAssociationId", a.id())
                        .put("NetworkAclId", acl.id())
                        .put("SubnetId", a.subnetId())));
    ArrayNode entries = Request.array();
    acl.entries().forEach(e -> entries.add(entry(e)));
    ObjectNode json =
        Request.object()
            .put("IsDefault", acl.isDefault())
            .put("NetworkAclId", acl.id())
            .put("VpcId", acl.vpcId())
            .put("OwnerId", Account.ID);
    json.set("Associations", associations);
    json.set("Entries", entries);
    return Ec2Json.withTagList(json, view, acl.id());
  }

  private static ObjectNode entry(NetworkAcl.Entry entry) {
    ObjectNode json =
        Request.object()
            .put("CidrBlock", entry.cidr().toString())
            .put("Egress", entry.egress())
            .put("Protocol", entry.protocol())
            .put("RuleAction", entry.action().api())
            .put("RuleNumber", entry.ruleNumber());
    if (entry.ports() != null) {
      json.set(
          "PortRange",
          Request.object().put("From", entry.ports().from()).put("To", entry.ports().to()));
    }
    if (entry.icmp() != null) {
      json.set(
          "IcmpTypeCode",
          Request.object().put("Code", entry.icmp().code()).put("Type", entry.icmp().type()));
    }
    return json;
  }

  private static List<Object> ids(
      NetworkAcl acl, java.util.function.Function<NetworkAcl.Association, Object> field) {
    return acl.associations().stream().map(field).toList();
  }

  private static List<Object> entries(
      NetworkAcl acl, java.util.function.Function<NetworkAcl.Entry, Object> field) {
    return acl.entries().stream().map(field).toList();
  }
}
