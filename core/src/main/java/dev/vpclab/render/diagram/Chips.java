package dev.vpclab.render.diagram;

import dev.vpclab.render.diagram.Chip.Line;
import dev.vpclab.render.diagram.Topology.EndpointNode;
import dev.vpclab.render.diagram.Topology.InstanceNode;
import dev.vpclab.render.diagram.Topology.NatNode;
import dev.vpclab.render.diagram.Topology.Ref;
import java.util.ArrayList;
import java.util.List;

/** The chip of each kind of resource: its lines, colour, tooltip and the path's mark. */
final class Chips {
  private Chips() {}

  static Chip internetGateway(Ref igw, PathMarks marks) {
    return new Chip(
        "internet-gateway",
        igw.id(),
        "internet gateway " + Labels.full(igw),
        List.of(Line.bold("Internet gateway", Style.GATEWAY), Line.plain(Labels.named(igw))),
        Style.GATEWAY,
        marks.of(igw));
  }

  static Chip endpoint(EndpointNode endpoint, PathMarks marks) {
    return new Chip(
        "vpc-endpoint",
        endpoint.ref().id(),
        endpoint.type().toLowerCase()
            + " endpoint "
            + Labels.full(endpoint.ref())
            + " for "
            + endpoint.serviceName()
            + " · "
            + endpoint.state(),
        List.of(
            Line.bold(endpoint.type() + " endpoint", Style.GATEWAY),
            Line.plain(Labels.named(endpoint.ref())),
            Line.plain(endpoint.serviceName())),
        Style.GATEWAY,
        marks.of(endpoint.ref()));
  }

  static Chip nat(NatNode nat, PathMarks marks) {
    return new Chip(
        "nat-gateway",
        nat.ref().id(),
        "NAT gateway " + Labels.full(nat.ref()) + " " + Labels.addresses(nat) + " " + nat.state(),
        List.of(
            Line.bold("NAT gateway · " + nat.state(), Style.GATEWAY),
            Line.plain(Labels.named(nat.ref())),
            Line.plain(Labels.addresses(nat))),
        Style.GATEWAY,
        marks.of(nat.ref()));
  }

  /** An instance, with a line per security group that the path's mark may single out. */
  static Chip instance(InstanceNode instance, PathMarks marks) {
    var lines = new ArrayList<Line>();
    lines.add(Line.bold("EC2 instance · " + instance.state(), Style.INSTANCE));
    lines.add(Line.plain(Labels.named(instance.ref())));
    lines.add(Line.plain(Labels.addresses(instance)));
    for (Ref group : instance.securityGroups()) {
      lines.add(
          Line.component(
              "security-group",
              group.id(),
              Labels.named(group),
              marks.securityGroup(instance, group)));
    }
    return new Chip(
        "instance",
        instance.ref().id(),
        "instance " + Labels.full(instance.ref()) + " " + Labels.addresses(instance),
        lines,
        Style.INSTANCE,
        marks.of(instance.ref()));
  }
}
