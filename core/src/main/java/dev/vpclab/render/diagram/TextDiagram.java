package dev.vpclab.render.diagram;

import dev.vpclab.render.diagram.Topology.EndpointNode;
import dev.vpclab.render.diagram.Topology.InstanceNode;
import dev.vpclab.render.diagram.Topology.NatNode;
import dev.vpclab.render.diagram.Topology.SubnetNode;
import dev.vpclab.render.diagram.Topology.TableNode;
import dev.vpclab.render.diagram.Topology.VpcNode;
import dev.vpclab.render.diagram.Topology.ZoneNode;
import dev.vpclab.trace.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A topology as an indented tree for a terminal, one line per component, routes under their route
 * table as {@code 0.0.0.0/0 → nat-…}, and the traced path's components marked ✔ or ✘ at the end of
 * their line:
 *
 * <pre>
 * VPC vpc-0a1… (MyVPC) 10.0.0.0/16 · us-east-2
 * ├─ internet gateway igw-0b2…  ✔
 * ├─ us-east-2a
 * │  └─ public subnet subnet-0c3… (Public) 10.0.1.0/24
 * │     ├─ route table rtb-0d4…  ✔
 * │     │  └─ 0.0.0.0/0 → igw-0b2…  ✔
 * </pre>
 */
public final class TextDiagram {

  /** One line of the tree and the lines under it. */
  private record Node(String text, Optional<Verdict> mark, List<Node> children) {
    static Node of(String text, Optional<Verdict> mark, List<Node> children) {
      return new Node(text, mark, children);
    }

    static Node leaf(String text, Optional<Verdict> mark) {
      return new Node(text, mark, List.of());
    }
  }

  private final PathMarks marks;

  private TextDiagram(PathMarks marks) {
    this.marks = marks;
  }

  public static String render(Topology topology, Optional<TracedPath> path) {
    var diagram = new TextDiagram(PathMarks.of(topology, path));
    var out = new StringBuilder();
    for (VpcNode vpc : topology.vpcs()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      print(diagram.vpc(vpc), "", "", out);
    }
    path.ifPresent(
        p ->
            out.append('\n')
                .append("path  ")
                .append(p.headline())
                .append('\n')
                .append("      ")
                .append(p.verdictLine())
                .append('\n'));
    return out.toString();
  }

  private Node vpc(VpcNode vpc) {
    var children = new ArrayList<Node>();
    vpc.internetGateway()
        .ifPresent(
            g -> children.add(Node.leaf("internet gateway " + Labels.named(g), marks.of(g))));
    for (ZoneNode zone : vpc.zones()) {
      children.add(
          Node.of(
              zone.name(), Optional.empty(), zone.subnets().stream().map(this::subnet).toList()));
    }
    if (vpc.zones().isEmpty()) {
      children.add(Node.leaf("no subnets yet", Optional.empty()));
    }
    vpc.endpoints().forEach(e -> children.add(endpoint(e)));
    for (TableNode idle : vpc.idleTables()) {
      children.add(
          Node.of(
              "route table " + Labels.named(idle.ref()) + " · no subnets",
              Optional.empty(),
              idle.routes().stream()
                  .map(r -> Node.leaf(Labels.route(r), Optional.<Verdict>empty()))
                  .toList()));
    }
    return Node.of(Labels.vpc(vpc) + " · " + vpc.region(), Optional.empty(), children);
  }

  private Node subnet(SubnetNode subnet) {
    var children = new ArrayList<Node>();
    subnet
        .routeTable()
        .ifPresent(
            t ->
                children.add(
                    Node.of(
                        "route table " + Labels.named(t.ref()) + (t.main() ? " · main" : ""),
                        marks.routeTable(subnet),
                        t.routes().stream()
                            .map(r -> Node.leaf(Labels.route(r), marks.arrow(subnet, r)))
                            .toList())));
    subnet
        .networkAcl()
        .ifPresent(
            a ->
                children.add(
                    Node.leaf(
                        "network ACL "
                            + Labels.named(a.ref())
                            + (a.isDefault() ? " · default" : ""),
                        marks.networkAcl(subnet))));
    subnet.natGateways().forEach(n -> children.add(nat(n)));
    subnet.instances().forEach(i -> children.add(instance(i)));
    return Node.of(
        Labels.subnetKind(subnet) + " " + Labels.named(subnet.ref()) + " " + subnet.cidr(),
        Optional.empty(),
        children);
  }

  private Node nat(NatNode nat) {
    return Node.leaf(
        "NAT gateway "
            + Labels.named(nat.ref())
            + " "
            + Labels.addresses(nat)
            + " · "
            + nat.state(),
        marks.of(nat.ref()));
  }

  private Node instance(InstanceNode instance) {
    return Node.of(
        "instance "
            + Labels.named(instance.ref())
            + " "
            + Labels.addresses(instance)
            + " · "
            + instance.state(),
        marks.of(instance.ref()),
        instance.securityGroups().stream()
            .map(
                g ->
                    Node.leaf(
                        "security group " + Labels.named(g), marks.securityGroup(instance, g)))
            .toList());
  }

  private Node endpoint(EndpointNode endpoint) {
    return Node.leaf(
        endpoint.type().toLowerCase()
            + " endpoint "
            + Labels.named(endpoint.ref())
            + " "
            + endpoint.serviceName()
            + " · "
            + endpoint.state(),
        marks.of(endpoint.ref()));
  }

  /** Prints a node, then its children under box-drawing branches. */
  private static void print(Node node, String lead, String childLead, StringBuilder out) {
    out.append(lead).append(node.text());
    node.mark().ifPresent(m -> out.append("  ").append(m.mark()));
    out.append('\n');
    List<Node> children = node.children();
    for (int i = 0; i < children.size(); i++) {
      boolean last = i == children.size() - 1;
      print(
          children.get(i),
          childLead + (last ? "└─ " : "├─ "),
          childLead + (last ? "   " : "│  "),
          out);
    }
  }
}
