package dev.vpclab.render.diagram;

import dev.vpclab.render.diagram.Chip.Line;
import dev.vpclab.render.diagram.Topology.RouteArrow;
import dev.vpclab.render.diagram.Topology.SubnetNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A subnet's box: its kind and CIDR, its route table with one line per route (where that route's
 * arrow starts), its network ACL, then a chip per NAT gateway and instance. Positions are relative
 * to the card's top left, so the layout can route arrows before anything is drawn.
 */
final class SubnetCard {
  private static final double CHIP_GAP = 6;

  private final SubnetNode subnet;
  private final List<Line> lines = new ArrayList<>();
  private final List<Chip> chips = new ArrayList<>();
  private final int firstRoute;

  SubnetCard(SubnetNode subnet, PathMarks marks) {
    this.subnet = subnet;
    String color = subnet.isPublic() ? Style.PUBLIC : Style.PRIVATE;
    lines.add(Line.bold(capitalized(Labels.subnetKind(subnet)) + " · " + subnet.cidr(), color));
    lines.add(Line.plain(Labels.named(subnet.ref())));
    subnet
        .routeTable()
        .ifPresent(
            t ->
                lines.add(
                    Line.component(
                        "route-table",
                        t.ref().id(),
                        "route table " + Labels.named(t.ref()) + (t.main() ? " · main" : ""),
                        marks.routeTable(subnet))));
    firstRoute = lines.size();
    for (RouteArrow route : subnet.routes()) {
      lines.add(
          Line.component("route", route.target(), Labels.route(route), marks.arrow(subnet, route))
              .indented());
    }
    subnet
        .networkAcl()
        .ifPresent(
            a ->
                lines.add(
                    Line.component(
                        "network-acl",
                        a.ref().id(),
                        "network ACL "
                            + Labels.named(a.ref())
                            + (a.isDefault() ? " · default" : ""),
                        marks.networkAcl(subnet))));
    subnet.natGateways().forEach(n -> chips.add(Chips.nat(n, marks)));
    subnet.instances().forEach(i -> chips.add(Chips.instance(i, marks)));
  }

  SubnetNode subnet() {
    return subnet;
  }

  double width() {
    double text = lines.stream().mapToDouble(Line::width).max().orElse(0) + 2 * Style.PAD;
    double chip = chips.stream().mapToDouble(Chip::width).max().orElse(0) + 2 * Style.PAD;
    return Math.max(240, Math.max(text, chip));
  }

  double height() {
    double h = Style.PAD + lines.size() * Style.LINE + Style.PAD / 2;
    for (Chip chip : chips) {
      h += chip.height() + CHIP_GAP;
    }
    return h + Style.PAD;
  }

  /** The middle of route {@code index}'s line, where its arrow leaves the card. */
  double routeY(int index) {
    return Style.PAD + (firstRoute + index) * Style.LINE + Style.LINE / 2;
  }

  /** The middle of the chip of a NAT gateway or instance, if it is in this subnet. */
  Optional<Double> chipY(String id) {
    double y = Style.PAD + lines.size() * Style.LINE + Style.PAD / 2;
    for (Chip chip : chips) {
      if (chip.id().equals(id)) {
        return Optional.of(y + chip.height() / 2);
      }
      y += chip.height() + CHIP_GAP;
    }
    return Optional.empty();
  }

  void draw(Svg svg, double x, double y, double w) {
    boolean isPublic = subnet.isPublic();
    svg.open(
        "subnet",
        subnet.ref().id(),
        "",
        Labels.subnetKind(subnet) + " " + Labels.full(subnet.ref()) + " " + subnet.cidr());
    svg.rect(
        x,
        y,
        w,
        height(),
        4,
        isPublic ? Style.PUBLIC_FILL : Style.PRIVATE_FILL,
        isPublic ? Style.PUBLIC : Style.PRIVATE,
        1.5,
        "");
    Chip.drawLines(svg, lines, x, y + Style.PAD, w);
    double chipY = y + Style.PAD + lines.size() * Style.LINE + Style.PAD / 2;
    for (Chip chip : chips) {
      chip.draw(svg, x + Style.PAD, chipY, w - 2 * Style.PAD);
      chipY += chip.height() + CHIP_GAP;
    }
    svg.close();
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
