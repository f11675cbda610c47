package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tags;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.SecurityGroup.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rules of security groups: authorize and revoke, inbound and outbound, and
 * describe-security-group-rules. Authorize answers with the new rules and their {@code sgr-} IDs,
 * as the current API does.
 */
public final class SecurityGroupRules implements Handlers.Group {
  /** One rule together with its group and direction. */
  record Placed(SecurityGroup group, Rule rule, boolean egress) {}

  static final Filters<Placed> FILTERS =
      Filters.<Placed>of(p -> p.rule().ruleId())
          .one("group-id", p -> p.group().id())
          .one("security-group-rule-id", p -> p.rule().ruleId())
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "AuthorizeSecurityGroupIngress", (r, tx) -> authorize(r, tx, false))
        .on("ec2", "AuthorizeSecurityGroupEgress", (r, tx) -> authorize(r, tx, true))
        .on("ec2", "RevokeSecurityGroupIngress", (r, tx) -> revoke(r, tx, false))
        .on("ec2", "RevokeSecurityGroupEgress", (r, tx) -> revoke(r, tx, true))
        .on("ec2", "DescribeSecurityGroupRules", this::describe);
  }

  private ObjectNode authorize(Request request, Tx tx, boolean egress) {
    SecurityGroup group = SecurityGroupLookup.fromRequest(request, tx);
    Tags tags = TagSpecifications.forType(request, "security-group-rule");
    var rules = new ArrayList<>(group.rules(egress));
    ArrayNode added = Request.array();
    for (Rule asked : IpPermissions.parse(request, tx, group)) {
      if (rules.stream().anyMatch(asked::sameAs)) {
        throw new ServiceFault(
            "InvalidPermission.Duplicate",
            "the specified rule \"" + IpPermissions.describe(asked) + "\" already exists");
      }
      Rule rule =
          new Rule(
              Ids.ec2(tx, "sgr"),
              asked.protocol(),
              asked.fromPort(),
              asked.toPort(),
              asked.peer(),
              asked.description());
      rules.add(rule);
      tx.setTags(rule.ruleId(), tags);
      added.add(SecurityGroupJson.rule(group, rule, egress));
    }
    if (!added.isEmpty()) {
      tx.put(group.withRules(egress, rules));
    }
    ObjectNode out = Request.object().put("Return", true);
    return out.set("SecurityGroupRules", added);
  }

  /** By permissions (each must exist) or by {@code SecurityGroupRuleIds}. */
  private ObjectNode revoke(Request request, Tx tx, boolean egress) {
    SecurityGroup group = SecurityGroupLookup.fromRequest(request, tx);
    List<Rule> existing = group.rules(egress);
    List<Rule> removed = new ArrayList<>();
    if (request.has("SecurityGroupRuleIds")) {
      for (String id : request.strings("SecurityGroupRuleIds")) {
        removed.add(
            existing.stream()
                .filter(r -> r.ruleId().equals(id))
                .findFirst()
                .orElseThrow(() -> Ec2Kind.SECURITY_GROUP_RULE.notFound(id)));
      }
    } else {
      for (Rule asked : IpPermissions.parse(request, tx, group)) {
        removed.add(
            existing.stream()
                .filter(asked::sameAs)
                .findFirst()
                // Real EC2 wording, without a final period (aws_ipadd #10).
                .orElseThrow(
                    () ->
                        new ServiceFault(
                            "InvalidPermission.NotFound",
                            "The specified rule does not exist in this security group")));
      }
    }
    if (!removed.isEmpty()) {
      tx.put(group.withoutRules(egress, removed::contains));
    }
    ArrayNode revoked = Request.array();
    for (Rule rule : removed) {
      tx.setTags(rule.ruleId(), Tags.NONE);
      revoked.add(SecurityGroupJson.revoked(group, rule, egress));
    }
    ObjectNode out = Request.object().put("Return", true);
    return out.set("RevokedSecurityGroupRules", revoked);
  }

  private ObjectNode describe(Request request, Tx tx) {
    List<String> ids = request.strings("SecurityGroupRuleIds");
    List<Placed> all = placed(tx, request.region()).toList();
    Lookup.requireKnown(
        Ec2Kind.SECURITY_GROUP_RULE,
        ids,
        id -> all.stream().anyMatch(p -> p.rule().ruleId().equals(id)));
    ArrayNode out = Request.array();
    all.stream()
        .filter(p -> ids.isEmpty() || ids.contains(p.rule().ruleId()))
        .filter(FILTERS.from(request, tx))
        .forEach(
            p -> {
              ObjectNode json = SecurityGroupJson.rule(p.group(), p.rule(), p.egress());
              json.set("Tags", Ec2Json.tags(tx.tags(p.rule().ruleId())));
              out.add(json);
            });
    return Request.object().set("SecurityGroupRules", out);
  }

  /** Every rule of the region, group by group, inbound before outbound. */
  static Stream<Placed> placed(View view, String region) {
    return view.all(SecurityGroup.class, region)
        .flatMap(
            g ->
                Stream.concat(
                    g.ingress().stream().map(r -> new Placed(g, r, false)),
                    g.egress().stream().map(r -> new Placed(g, r, true))));
  }
}
