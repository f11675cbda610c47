package dev.vpclab.model.ec2;

import dev.vpclab.model.View;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.PortRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A network ACL: numbered, stateless rules for each direction, and the subnets that use it. Every
 * ACL ends with rule {@link #DEFAULT_RULE} ({@code *}), which denies everything and cannot change.
 */
public record NetworkAcl(
    String id,
    String region,
    String vpcId,
    boolean isDefault,
    List<Entry> entries,
    List<Association> associations)
    implements Ec2Resource {

  public static final int DEFAULT_RULE = 32767;

  /** {@code RuleAction}. */
  public enum Action {
    ALLOW,
    DENY;

    public String api() {
      return name().toLowerCase();
    }
  }

  /**
   * One rule. {@code protocol} is the API's string: {@code -1} for all, else an IANA number such as
   * {@code 6}; {@code ports} is null where the protocol has none.
   */
  public record Entry(
      int ruleNumber,
      boolean egress,
      String protocol,
      Action action,
      Cidr cidr,
      PortRange ports,
      Icmp icmp) {
    public Optional<PortRange> portRange() {
      return Optional.ofNullable(ports);
    }
  }

  /** ICMP type and code; -1 means any. */
  public record Icmp(int type, int code) {}

  public record Association(String id, String subnetId) {}

  /** Rules are kept as describe-network-acls lists them: egress first, then by number. */
  public NetworkAcl {
    entries =
        entries.stream()
            .sorted(
                Comparator.comparing(Entry::egress).reversed().thenComparingInt(Entry::ruleNumber))
            .toList();
    associations = List.copyOf(associations);
  }

  /** The ACL a subnet is associated with; every subnet has exactly one. */
  public static Optional<NetworkAcl> forSubnet(View view, String subnetId) {
    return view.all(NetworkAcl.class)
        .filter(a -> a.associations().stream().anyMatch(s -> s.subnetId().equals(subnetId)))
        .findFirst();
  }

  @Override
  public String kind() {
    return "networkAcl";
  }

  public Optional<Entry> entry(int ruleNumber, boolean egress) {
    return entries.stream()
        .filter(e -> e.ruleNumber() == ruleNumber && e.egress() == egress)
        .findFirst();
  }

  /** The rules of one direction, lowest number first: the order they are evaluated in. */
  public List<Entry> rules(boolean egress) {
    return entries.stream().filter(e -> e.egress() == egress).toList();
  }

  public NetworkAcl withEntry(Entry entry) {
    var out = new ArrayList<>(entries);
    out.removeIf(e -> e.ruleNumber() == entry.ruleNumber() && e.egress() == entry.egress());
    out.add(entry);
    return new NetworkAcl(id, region, vpcId, isDefault, out, associations);
  }

  public NetworkAcl withoutEntry(int ruleNumber, boolean egress) {
    var out = new ArrayList<>(entries);
    out.removeIf(e -> e.ruleNumber() == ruleNumber && e.egress() == egress);
    return new NetworkAcl(id, region, vpcId, isDefault, out, associations);
  }

  public NetworkAcl withAssociation(Association association) {
    var out = new ArrayList<>(associations);
    out.add(association);
    return new NetworkAcl(id, region, vpcId, isDefault, entries, out);
  }

  public Optional<Association> association(String associationId) {
    return associations.stream().filter(a -> a.id().equals(associationId)).findFirst();
  }

  public NetworkAcl withoutSubnet(String subnetId) {
    var out = new ArrayList<>(associations);
    out.removeIf(a -> a.subnetId().equals(subnetId));
    return new NetworkAcl(id, region, vpcId, isDefault, entries, out);
  }
}
