package dev.vpclab.model.ec2;

import dev.vpclab.net.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A security group: allow rules only, stateful. Rules are kept one per peer, as the
 * SecurityGroupRules API lists them; describe-security-groups groups them into IpPermissions.
 */
public record SecurityGroup(
    String id,
    String region,
    String vpcId,
    String name,
    String description,
    List<Rule> ingress,
    List<Rule> egress)
    implements Ec2Resource {

  /**
   * One rule: {@code protocol} as the API returns it ({@code -1}, {@code tcp}, {@code udp}, {@code
   * icmp} or a number); ports are -1 when the protocol has none.
   */
  public record Rule(
      String ruleId, String protocol, int fromPort, int toPort, Peer peer, String description) {

    /** The same permission, whoever created it and whatever its ID or description. */
    public boolean sameAs(Rule other) {
      return protocol.equals(other.protocol)
          && fromPort == other.fromPort
          && toPort == other.toPort
          && peer.equals(other.peer);
    }
  }

  /** Who a rule lets in or out. */
  public sealed interface Peer {
    record ToCidr(Cidr cidr) implements Peer {}

    record ToGroup(String groupId, String userId) implements Peer {}

    record ToPrefixList(String prefixListId) implements Peer {}
  }

  public SecurityGroup {
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }

  @Override
  public String kind() {
    return "security-group";
  }

  public boolean isDefault() {
    return name.equals("default");
  }

  public List<Rule> rules(boolean isEgress) {
    return isEgress ? egress : ingress;
  }

  public SecurityGroup withRules(boolean isEgress, List<Rule> rules) {
    return isEgress
        ? new SecurityGroup(id, region, vpcId, name, description, ingress, rules)
        : new SecurityGroup(id, region, vpcId, name, description, rules, egress);
  }

  public SecurityGroup withoutRules(boolean isEgress, Predicate<Rule> which) {
    var out = new ArrayList<>(rules(isEgress));
    out.removeIf(which);
    return withRules(isEgress, out);
  }
}
