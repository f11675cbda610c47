package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tags;
import dev.vpclab.model.Tx;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.SecurityGroup.Peer;
import dev.vpclab.model.ec2.SecurityGroup.Rule;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.ec2.VpcEndpoint;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Security groups: create (with the one all-outbound rule every new group gets), describe (by ID,
 * by name in the default VPC, by filters over their rules), delete (refused for the default group
 * and for groups still in use).
 */
public final class SecurityGroups implements Handlers.Group {
  static final Filters<SecurityGroup> FILTERS = filters();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "CreateSecurityGroup", this::create)
        .on("ec2", "DescribeSecurityGroups", this::describe)
        .on("ec2", "DeleteSecurityGroup", this::delete);
  }

  private ObjectNode create(Request request, Tx tx) {
    String name = request.required("GroupName");
    String description =
        request
            .string("Description")
            .orElseThrow(
                () ->
                    new ServiceFault(
                        "MissingParameter",
                        "The request must contain the parameter groupDescription"));
    if (name.equals("default")) {
      // Real EC2 refusal (quoted by cfn-lint rules and OpenStack's EC2 API).
      throw new ServiceFault(
          "InvalidParameterValue", "Cannot use reserved security group name: default");
    }
    if (name.startsWith("sg-")) {
      // Real EC2 refusal (pulumi/pulumi-awsx #477).
      throw new ServiceFault(
          "InvalidParameterValue",
          "Value ("
              + name
              + ") for parameter GroupName is invalid. Group names may not be in the"
              + " format sg-*.");
    }
    if (!description.chars().allMatch(c -> c < 128)) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Value ("
              + description
              + ") for parameter GroupDescription is invalid. Character sets beyond ASCII are not"
              + " supported.");
    }
    Vpc vpc =
        request.has("VpcId")
            ? Lookup.require(
                tx, Vpc.class, Ec2Kind.VPC, request.required("VpcId"), request.region())
            : Defaults.requireVpc(tx, request.region());
    if (SecurityGroupLookup.named(tx, vpc.id(), name).isPresent()) {
      throw new ServiceFault(
          "InvalidGroup.Duplicate",
          "The security group '" + name + "' already exists for VPC '" + vpc.id() + "'");
    }
    Tags tags = TagSpecifications.forType(request, "security-group");
    String id = Ids.ec2(tx, "sg");
    tx.setTags(id, tags);
    var group =
        tx.put(
            new SecurityGroup(
                id,
                request.region(),
                vpc.id(),
                name,
                description,
                List.of(),
                List.of(FreshAccount.allOutbound(Ids.ec2(tx, "sgr")))));
    ObjectNode out = Request.object().put("GroupId", id);
    if (!tags.isEmpty()) {
      out.set("Tags", Ec2Json.tags(tags));
    }
    return out.put("SecurityGroupArn", SecurityGroupJson.arn(group));
  }

  private ObjectNode describe(Request request, Tx tx) {
    List<String> ids = request.strings("GroupIds");
    List<String> names = request.strings("GroupNames");
    Lookup.requireAll(tx, SecurityGroup.class, Ec2Kind.SECURITY_GROUP, ids, request.region());
    List<String> namedIds =
        names.stream()
            .map(n -> SecurityGroupLookup.inDefaultVpc(tx, n, request.region()).id())
            .toList();
    ArrayNode out = Request.array();
    tx.all(SecurityGroup.class, request.region())
        .filter(g -> ids.isEmpty() || ids.contains(g.id()))
        .filter(g -> names.isEmpty() || namedIds.contains(g.id()))
        .filter(FILTERS.from(request, tx))
        .forEach(g -> out.add(SecurityGroupJson.group(g, tx)));
    return Request.object().set("SecurityGroups", out);
  }

  /**
   * The default group cannot be deleted; a group used by an instance, an endpoint or another
   * group's rule is refused with the real DependencyViolation message (aws-facts.md section 7).
   */
  private ObjectNode delete(Request request, Tx tx) {
    SecurityGroup group = SecurityGroupLookup.fromRequest(request, tx);
    String id = group.id();
    if (group.isDefault()) {
      throw new ServiceFault(
          "CannotDelete",
          "the specified group: \"" + id + "\" name: \"default\" cannot be deleted by a user");
    }
    boolean inUse =
        tx.all(Instance.class).anyMatch(i -> !i.isTerminated() && i.securityGroupIds().contains(id))
            || tx.all(VpcEndpoint.class).anyMatch(e -> e.groupIds().contains(id))
            || tx.all(SecurityGroup.class)
                .filter(other -> !other.id().equals(id))
                .anyMatch(other -> references(other, id));
    if (inUse) {
      throw new ServiceFault("DependencyViolation", "resource " + id + " has a dependent object");
    }
    for (boolean egress : new boolean[] {false, true}) {
      group.rules(egress).forEach(rule -> tx.setTags(rule.ruleId(), Tags.NONE));
    }
    tx.remove(group);
    return Request.object().put("Return", true).put("GroupId", id);
  }

  private static boolean references(SecurityGroup group, String groupId) {
    return List.of(group.ingress(), group.egress()).stream()
        .flatMap(List::stream)
        .anyMatch(r -> r.peer() instanceof Peer.ToGroup g && g.groupId().equals(groupId));
  }

  private static Filters<SecurityGroup> filters() {
    var builder =
        Filters.<SecurityGroup>of(SecurityGroup::id)
            .one("group-id", SecurityGroup::id)
            .one("group-name", SecurityGroup::name)
            .one("description", SecurityGroup::description)
            .one("vpc-id", SecurityGroup::vpcId)
            .one("owner-id", g -> Account.ID);
    for (boolean egress : new boolean[] {false, true}) {
      String prefix = egress ? "egress.ip-permission." : "ip-permission.";
      builder
          .many(prefix + "protocol", rules(egress, Rule::protocol))
          .many(prefix + "from-port", rules(egress, Rule::fromPort))
          .many(prefix + "to-port", rules(egress, Rule::toPort))
          .many(prefix + "cidr", peers(egress, Peer.ToCidr.class, p -> p.cidr().toString()))
          .many(prefix + "group-id", peers(egress, Peer.ToGroup.class, Peer.ToGroup::groupId))
          .many(prefix + "user-id", peers(egress, Peer.ToGroup.class, Peer.ToGroup::userId))
          .many(
              prefix + "prefix-list-id",
              peers(egress, Peer.ToPrefixList.class, Peer.ToPrefixList::prefixListId));
    }
    return builder.build();
  }

  private static Function<SecurityGroup, Collection<?>> rules(
      boolean egress, Function<Rule, Object> value) {
    return g -> g.rules(egress).stream().map(value).toList();
  }

  private static <P extends Peer> Function<SecurityGroup, Collection<?>> peers(
      boolean egress, Class<P> type, Function<P, String> value) {
    return g ->
        g.rules(egress).stream()
            .map(Rule::peer)
            .filter(type::isInstance)
            .map(p -> value.apply(type.cast(p)))
            .toList();
  }
}
