package dev.vpclab.render.diagram;

import dev.vpclab.render.diagram.Topology.InstanceNode;
import dev.vpclab.render.diagram.Topology.Ref;
import dev.vpclab.render.diagram.Topology.RouteArrow;
import dev.vpclab.render.diagram.Topology.SubnetNode;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Verdict;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a traced path touches a diagram: each drawn component the trace judged, with ✔ or ✘ (a
 * component judged several times shows its worst verdict). A route table or network ACL may serve
 * several subnets, and a step names it by ID; a network ACL step says at which subnet it judged
 * ({@code … at subnet-0a1…}), so its mark goes on that subnet alone. Other marks go on the subnets
 * the path went through (those a step names, and those of the instances and NAT gateways it
 * crossed), or on every subnet using the component when the path crossed none of them.
 */
public final class PathMarks {
  private static final Pattern SUBNET_ID = Pattern.compile("\\bsubnet-[0-9a-f]{8,17}\\b");

  private final Map<String, Verdict> byId;
  private final Map<String, Verdict> aclAtSubnet;
  private final Optional<Verdict> internet;
  private final Set<String> crossedSubnets;
  private final List<SubnetNode> subnets;

  private PathMarks(
      Map<String, Verdict> byId,
      Map<String, Verdict> aclAtSubnet,
      Optional<Verdict> internet,
      Set<String> crossedSubnets,
      List<SubnetNode> subnets) {
    this.byId = byId;
    this.aclAtSubnet = aclAtSubnet;
    this.internet = internet;
    this.crossedSubnets = crossedSubnets;
    this.subnets = subnets;
  }

  public static PathMarks of(Topology topology, Optional<TracedPath> path) {
    var byId = new HashMap<String, Verdict>();
    var aclAtSubnet = new HashMap<String, Verdict>();
    var named = new HashSet<String>();
    Verdict internet = null;
    for (Step step : path.map(p -> p.trace().steps()).orElse(List.of())) {
      if (step.verdict() == Verdict.INFO) {
        continue;
      }
      Component component = step.component();
      if (component.kind() == Component.Kind.INTERNET) {
        internet = worse(internet, step.verdict());
      }
      component.resourceId().ifPresent(id -> byId.merge(id, step.verdict(), PathMarks::worse));
      Set<String> mentioned = subnetsIn(step.detail());
      named.addAll(mentioned);
      if (component.kind() == Component.Kind.NETWORK_ACL && component.id() != null) {
        for (String subnet : mentioned) {
          aclAtSubnet.merge(component.id() + "@" + subnet, step.verdict(), PathMarks::worse);
        }
      }
    }
    List<SubnetNode> subnets = topology.vpcs().stream().flatMap(v -> v.subnets().stream()).toList();
    var crossed = new HashSet<String>();
    for (SubnetNode subnet : subnets) {
      boolean holdsCrossed =
          named.contains(subnet.ref().id())
              || subnet.instances().stream().anyMatch(i -> byId.containsKey(i.ref().id()))
              || subnet.natGateways().stream().anyMatch(n -> byId.containsKey(n.ref().id()));
      if (holdsCrossed) {
        crossed.add(subnet.ref().id());
      }
    }
    return new PathMarks(byId, aclAtSubnet, Optional.ofNullable(internet), crossed, subnets);
  }

  /** The mark of an instance, NAT gateway, internet gateway or endpoint. */
  public Optional<Verdict> of(Ref component) {
    return Optional.ofNullable(byId.get(component.id()));
  }

  public Optional<Verdict> internet() {
    return internet;
  }

  public boolean crossed(SubnetNode subnet) {
    return crossedSubnets.contains(subnet.ref().id());
  }

  public Optional<Verdict> routeTable(SubnetNode subnet) {
    return onSubnet(subnet, s -> s.routeTable().map(t -> t.ref().id()));
  }

  /** Where the steps say at which subnet they judged, exactly there; otherwise as a route table. */
  public Optional<Verdict> networkAcl(SubnetNode subnet) {
    Optional<String> acl = subnet.networkAcl().map(a -> a.ref().id());
    if (acl.isEmpty()) {
      return Optional.empty();
    }
    String prefix = acl.get() + "@";
    if (aclAtSubnet.keySet().stream().anyMatch(k -> k.startsWith(prefix))) {
      return Optional.ofNullable(aclAtSubnet.get(prefix + subnet.ref().id()));
    }
    return onSubnet(subnet, s -> s.networkAcl().map(a -> a.ref().id()));
  }

  /**
   * A security group of an instance: marked on the instances the path crossed, or on every instance
   * in it when the path crossed none (a destination's group that refused the connection).
   */
  public Optional<Verdict> securityGroup(InstanceNode instance, Ref group) {
    Verdict verdict = byId.get(group.id());
    if (verdict == null) {
      return Optional.empty();
    }
    boolean anyCrossed =
        subnets.stream()
            .flatMap(s -> s.instances().stream())
            .filter(i -> i.securityGroups().contains(group))
            .anyMatch(i -> byId.containsKey(i.ref().id()));
    return !anyCrossed || byId.containsKey(instance.ref().id())
        ? Optional.of(verdict)
        : Optional.empty();
  }

  /**
   * A route arrow: ✘ for a blackhole route of a route table that stopped the path here; otherwise
   * the mark of its target, when the path went through both the table and the target.
   */
  public Optional<Verdict> arrow(SubnetNode subnet, RouteArrow arrow) {
    Optional<Verdict> table = routeTable(subnet);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    if (table.get() == Verdict.FAIL) {
      return arrow.blackhole() ? table : Optional.empty();
    }
    return arrow.pointsAt().flatMap(id -> Optional.ofNullable(byId.get(id)));
  }

  private static Set<String> subnetsIn(String detail) {
    var ids = new HashSet<String>();
    Matcher m = SUBNET_ID.matcher(detail);
    while (m.find()) {
      ids.add(m.group());
    }
    return ids;
  }

  /** A table or ACL's mark on one subnet, per the rule in the class comment. */
  private Optional<Verdict> onSubnet(SubnetNode subnet, Function<SubnetNode, Optional<String>> id) {
    Optional<String> mine = id.apply(subnet);
    Verdict verdict = mine.map(byId::get).orElse(null);
    if (verdict == null) {
      return Optional.empty();
    }
    boolean sharedWithCrossed =
        subnets.stream()
            .filter(s -> id.apply(s).equals(mine))
            .anyMatch(s -> crossedSubnets.contains(s.ref().id()));
    return !sharedWithCrossed || crossed(subnet) ? Optional.of(verdict) : Optional.empty();
  }

  private static Verdict worse(Verdict a, Verdict b) {
    return a == Verdict.FAIL || b == Verdict.FAIL ? Verdict.FAIL : b;
  }
}
