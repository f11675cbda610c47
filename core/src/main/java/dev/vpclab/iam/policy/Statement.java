package dev.vpclab.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One statement of a policy. It applies to a request when its action, resource, principal and every
 * condition match; then its effect counts. The elements are checked in that order and the first
 * that fails is reported.
 */
public record Statement(
    int index,
    Optional<String> sid,
    Optional<Effect> effect,
    NameList actions,
    NameList resources,
    PrincipalElement principal,
    List<Condition> conditions) {

  public Statement {
    conditions = List.copyOf(conditions);
  }

  static Statement read(int index, JsonNode node) {
    JsonNode sid = node.get("Sid");
    return new Statement(
        index,
        sid == null || sid.isNull() ? Optional.empty() : Optional.of(sid.asText()),
        Effect.parse(node.path("Effect").asText("")),
        NameList.read(node, "Action", "NotAction"),
        NameList.read(node, "Resource", "NotResource"),
        PrincipalElement.read(node),
        conditions(node.path("Condition")));
  }

  /** {@code {"StringEquals": {"aws:SourceVpce": "vpce-1"}, …}}: operator, then key, then values. */
  private static List<Condition> conditions(JsonNode block) {
    var out = new ArrayList<Condition>();
    block
        .properties()
        .forEach(
            byOperator ->
                byOperator
                    .getValue()
                    .properties()
                    .forEach(
                        byKey ->
                            out.add(
                                new Condition(
                                    byOperator.getKey(),
                                    ConditionOperator.parse(byOperator.getKey()),
                                    byKey.getKey(),
                                    texts(byKey.getValue())))));
    return out;
  }

  private static List<String> texts(JsonNode value) {
    var out = new ArrayList<String>();
    if (value.isArray()) {
      value.forEach(v -> out.add(v.asText()));
    } else {
      out.add(value.asText());
    }
    return out;
  }

  /** Checks the statement against a request, for a policy of the given type. */
  public StatementResult check(AccessRequest request, PolicyType type, boolean variables) {
    return new StatementResult(index, sid, effect, mismatch(request, type, variables));
  }

  private Optional<Mismatch> mismatch(AccessRequest request, PolicyType type, boolean variables) {
    if (effect.isEmpty()) {
      return miss(Mismatch.Element.EFFECT, "the statement has no valid Effect");
    }
    if (!actions.coversAction(request.action())) {
      return miss(
          Mismatch.Element.ACTION,
          request.action() + " is not covered by " + describe(actions, "Action"));
    }
    if (!resources.coversResource(request.resource(), request.context(), variables)) {
      return miss(
          Mismatch.Element.RESOURCE,
          request.resource() + " is not covered by " + describe(resources, "Resource"));
    }
    PrincipalMatch match = principal.match(request.requester());
    if (!type.covers(effect.get(), match)) {
      return miss(Mismatch.Element.PRINCIPAL, principalReason(request, match));
    }
    for (Condition condition : conditions) {
      if (!condition.holds(request.context(), variables)) {
        String why =
            condition.operator().isEmpty()
                ? "unknown condition operator " + condition.operatorText()
                : condition + " does not hold: " + condition.requestSide(request.context());
        return miss(Mismatch.Element.CONDITION, why);
      }
    }
    return Optional.empty();
  }

  private String principalReason(AccessRequest request, PrincipalMatch match) {
    String who = request.requester().arn();
    if (match == PrincipalMatch.ACCOUNT) {
      return principal
          + " names only the account "
          + request.requester().accountId()
          + ", which does not grant to "
          + who
          + " by itself";
    }
    return principal + " does not cover " + who;
  }

  private static String describe(NameList list, String element) {
    return (list.negated() ? "Not" + element : element) + " " + list;
  }

  private static Optional<Mismatch> miss(Mismatch.Element element, String detail) {
    return Optional.of(new Mismatch(element, detail));
  }
}
