package dev.vpclab.render.diagram;

import dev.vpclab.render.diagram.ArrowRouter.Entry;
import dev.vpclab.render.diagram.ArrowRouter.Leg;
import dev.vpclab.render.diagram.Chip.Line;
import dev.vpclab.render.diagram.Svg.Point;
import dev.vpclab.render.diagram.Topology.Ref;
import dev.vpclab.render.diagram.Topology.RouteArrow;
import dev.vpclab.render.diagram.Topology.TableNode;
import dev.vpclab.render.diagram.Topology.VpcNode;
import dev.vpclab.render.diagram.Topology.ZoneNode;
import dev.vpclab.trace.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One VPC laid out by fixed rules: the internet above the internet gateway, which sits on the VPC's
 * top border; the VPC's name; a channel for arrows; one column per Availability Zone with its
 * subnet cards stacked; a gutter right of each column for arrows; endpoints on the right border;
 * route tables that serve no subnet listed at the bottom. Coordinates are the drawing's own, from
 * its top left.
 */
final class VpcDrawing {
  private static final double MARGIN = 16;
  private static final double ZONE_PAD = 10;
  private static final double ZONE_TITLE = 24;
  private static final double CARD_GAP = 12;
  private static final double GUTTER = 18;
  private static final double INTERNET_WIDTH = 120;
  private static final double INTERNET_HEIGHT = 30;
  private static final double ENDPOINT_OVERLAP = 12;

  private enum Goal {
    GATEWAY,
    CHIP,
    ENDPOINT,
    NOWHERE
  }

  /** A route arrow: which card and route it leaves from, what it goes to, the path's mark. */
  private record Arrow(
      int column,
      int card,
      int index,
      RouteArrow route,
      Goal goal,
      int goalColumn,
      Optional<Verdict> mark) {
    Leg leg(int endpointGutter) {
      return switch (goal) {
        case GATEWAY -> new Leg(column + 1, Entry.UP, -1);
        case CHIP -> new Leg(column + 1, Entry.SIDE, goalColumn + 1);
        case ENDPOINT -> new Leg(column + 1, Entry.SIDE, endpointGutter);
        case NOWHERE -> new Leg(column + 1, Entry.NOWHERE, -1);
      };
    }

    String target() {
      return route.pointsAt().orElse(route.target());
    }
  }

  private final VpcNode vpc;
  private final PathMarks marks;
  private final List<List<SubnetCard>> columns = new ArrayList<>();
  private final List<Double> cardWidth = new ArrayList<>();
  private final List<Double> columnX = new ArrayList<>();
  private final Optional<Chip> gateway;
  private final List<Chip> endpoints = new ArrayList<>();
  private final List<Double> endpointY = new ArrayList<>();
  private final List<Arrow> arrows = new ArrayList<>();
  private final ArrowRouter router;
  private final double vpcTop;
  private final double headerTop;
  private final double channelTop;
  private final double columnsTop;
  private final double vpcRight;
  private final double vpcBottom;
  private final double gatewayX;

  VpcDrawing(VpcNode vpc, PathMarks marks) {
    this.vpc = vpc;
    this.marks = marks;
    for (ZoneNode zone : vpc.zones()) {
      List<SubnetCard> cards = zone.subnets().stream().map(s -> new SubnetCard(s, marks)).toList();
      columns.add(cards);
      cardWidth.add(cards.stream().mapToDouble(SubnetCard::width).max().orElse(0));
    }
    gateway = vpc.internetGateway().map(g -> Chips.internetGateway(g, marks));
    vpc.endpoints().forEach(e -> endpoints.add(Chips.endpoint(e, marks)));
    planArrows(marks);
    router = new ArrowRouter(arrows.stream().map(a -> a.leg(columns.size())).toList());

    double gatewayHalfHeight = gateway.map(g -> g.height() / 2).orElse(0.0);
    vpcTop = gateway.isPresent() ? INTERNET_HEIGHT + 24 + gatewayHalfHeight : 0;
    headerTop = vpcTop + gatewayHalfHeight + 6;
    channelTop = headerTop + 2 * Style.LINE + 10;
    columnsTop = channelTop + router.channelLanes() * ArrowRouter.LANE + 6;

    double x = MARGIN;
    for (int c = 0; c < columns.size(); c++) {
      columnX.add(x);
      x += zoneWidth(c) + gutterWidth(c + 1);
    }
    if (columns.isEmpty()) {
      x += Style.width("no subnets yet") + MARGIN;
    }
    double headerRight = MARGIN + header().stream().mapToDouble(Line::width).max().orElse(0);
    double columnsCentre = columns.isEmpty() ? x / 2 : (x - gutterWidth(columns.size())) / 2;
    double gatewayHalf = gateway.map(g -> g.width() / 2).orElse(0.0);
    gatewayX = Math.max(columnsCentre, headerRight + 24 + gatewayHalf);
    vpcRight = Math.max(x, Math.max(headerRight + MARGIN, gatewayX + gatewayHalf + MARGIN));

    double y = columnsTop + ZONE_TITLE;
    for (Chip endpoint : endpoints) {
      endpointY.add(y);
      y += endpoint.height() + 14;
    }
    double content = columnsTop + (columns.isEmpty() ? ZONE_TITLE : tallestZone());
    vpcBottom = Math.max(content, y) + MARGIN + vpc.idleTables().size() * Style.LINE;
  }

  double width() {
    double overhang =
        endpoints.stream().mapToDouble(Chip::width).max().orElse(ENDPOINT_OVERLAP)
            - ENDPOINT_OVERLAP;
    return vpcRight + overhang;
  }

  double height() {
    return vpcBottom;
  }

  // ---------------------------------------------------------------- planning

  private void planArrows(PathMarks marks) {
    for (int c = 0; c < columns.size(); c++) {
      for (int k = 0; k < columns.get(c).size(); k++) {
        SubnetCard card = columns.get(c).get(k);
        List<RouteArrow> routes = card.subnet().routes();
        for (int i = 0; i < routes.size(); i++) {
          RouteArrow route = routes.get(i);
          Optional<Verdict> mark = marks.arrow(card.subnet(), route);
          String id = route.pointsAt().orElse("");
          Goal goal = goal(id);
          arrows.add(new Arrow(c, k, i, route, goal, goal == Goal.CHIP ? columnOf(id) : -1, mark));
        }
      }
    }
  }

  private Goal goal(String id) {
    if (id.isEmpty()) {
      return Goal.NOWHERE;
    }
    if (vpc.internetGateway().map(Ref::id).filter(id::equals).isPresent()) {
      return Goal.GATEWAY;
    }
    if (endpointIndex(id) >= 0) {
      return Goal.ENDPOINT;
    }
    return columnOf(id) >= 0 ? Goal.CHIP : Goal.NOWHERE;
  }

  private int columnOf(String chipId) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).stream().anyMatch(card -> card.chipY(chipId).isPresent())) {
        return c;
      }
    }
    return -1;
  }

  private int endpointIndex(String id) {
    for (int e = 0; e < vpc.endpoints().size(); e++) {
      if (vpc.endpoints().get(e).ref().id().equals(id)) {
        return e;
      }
    }
    return -1;
  }

  // ---------------------------------------------------------------- geometry

  private double zoneWidth(int column) {
    return cardWidth.get(column) + 2 * ZONE_PAD;
  }

  private double zoneHeight(int column) {
    double h = ZONE_TITLE + ZONE_PAD - CARD_GAP;
    for (SubnetCard card : columns.get(column)) {
      h += card.height() + CARD_GAP;
    }
    return h;
  }

  private double tallestZone() {
    double tallest = 0;
    for (int c = 0; c < columns.size(); c++) {
      tallest = Math.max(tallest, zoneHeight(c));
    }
    return tallest;
  }

  /** Gutter {@code g} is right of column {@code g - 1}; the last one leads to the endpoints. */
  private double gutterWidth(int gutter) {
    boolean toEndpoints = gutter == columns.size() && !endpoints.isEmpty();
    return GUTTER + router.lanes(gutter) * ArrowRouter.LANE + (toEndpoints ? ENDPOINT_OVERLAP : 0);
  }

  private double cardX(int column) {
    return columnX.get(column) + ZONE_PAD;
  }

  private double cardTop(int column, int card) {
    double y = columnsTop + ZONE_TITLE;
    for (int k = 0; k < card; k++) {
      y += columns.get(column).get(k).height() + CARD_GAP;
    }
    return y;
  }

  private final ArrowRouter.Lanes lanes =
      new ArrowRouter.Lanes() {
        @Override
        public double x(int gutter, int lane) {
          double left = columnX.get(gutter - 1) + zoneWidth(gutter - 1);
          return left + 9 + lane * ArrowRouter.LANE;
        }

        @Override
        public double channelY(int lane) {
          return channelTop + 3 + lane * ArrowRouter.LANE;
        }
      };

  private Point start(Arrow arrow) {
    SubnetCard card = columns.get(arrow.column()).get(arrow.card());
    return new Point(
        cardX(arrow.column()) + cardWidth.get(arrow.column()),
        cardTop(arrow.column(), arrow.card()) + card.routeY(arrow.index()));
  }

  /** Where an arrow ends; arrows into the same target are spread along its edge. */
  private Point end(Arrow arrow) {
    List<Arrow> peers =
        arrows.stream()
            .filter(a -> a.goal() == arrow.goal() && a.target().equals(arrow.target()))
            .toList();
    double spread = peers.indexOf(arrow) - (peers.size() - 1) / 2.0;
    String id = arrow.target();
    return switch (arrow.goal()) {
      case GATEWAY ->
          new Point(gatewayX + spread * 12, vpcTop + gateway.map(Chip::height).orElse(0.0) / 2);
      case ENDPOINT -> {
        int e = endpointIndex(id);
        yield new Point(
            vpcRight - ENDPOINT_OVERLAP,
            endpointY.get(e) + endpoints.get(e).height() / 2 + spread * 6);
      }
      case CHIP -> {
        int c = arrow.goalColumn();
        double y = 0;
        for (int k = 0; k < columns.get(c).size(); k++) {
          Optional<Double> chip = columns.get(c).get(k).chipY(id);
          if (chip.isPresent()) {
            y = cardTop(c, k) + chip.get();
          }
        }
        yield new Point(cardX(c) + cardWidth.get(c) - Style.PAD, y + spread * 6);
      }
      case NOWHERE -> start(arrow);
    };
  }

  // ---------------------------------------------------------------- drawing

  void draw(Svg svg) {
    svg.open(
        "vpc",
        vpc.ref().id(),
        "",
        "VPC " + Labels.full(vpc.ref()) + " " + vpc.cidr() + " · " + vpc.region());
    svg.rect(0, vpcTop, vpcRight, vpcBottom - vpcTop, 8, Style.VPC_FILL, Style.VPC, 2, "");
    Chip.drawLines(svg, header(), MARGIN - Style.PAD, headerTop, vpcRight);
    if (gateway.isPresent()) {
      drawInternet(svg);
    }
    for (int c = 0; c < columns.size(); c++) {
      drawZone(svg, c);
    }
    if (columns.isEmpty()) {
      svg.text(
          MARGIN, columnsTop + 16, "no subnets yet", Style.FONT_SIZE, false, Style.MUTED, "start");
    }
    drawIdleTables(svg);
    List<List<Point>> routes =
        router.routes(
            arrows.stream().map(this::start).toList(),
            arrows.stream().map(this::end).toList(),
            lanes);
    // The arrows the path took go over the others.
    for (boolean marked : List.of(false, true)) {
      for (int i = 0; i < arrows.size(); i++) {
        if (arrows.get(i).mark().isPresent() == marked) {
          drawArrow(svg, arrows.get(i), routes.get(i));
        }
      }
    }
    gateway.ifPresent(
        g -> g.draw(svg, gatewayX - g.width() / 2, vpcTop - g.height() / 2, g.width()));
    for (int e = 0; e < endpoints.size(); e++) {
      Chip chip = endpoints.get(e);
      chip.draw(svg, vpcRight - ENDPOINT_OVERLAP, endpointY.get(e), chip.width());
    }
    svg.close();
  }

  private List<Line> header() {
    String kind = vpc.isDefault() ? "Default VPC" : "VPC";
    String name = vpc.ref().hasName() ? " " + Labels.name(vpc.ref()) : "";
    return List.of(
        Line.bold(kind + name, Style.VPC),
        Line.plain(vpc.ref().id() + " · " + vpc.cidr() + " · " + vpc.region()));
  }

  /** The internet above the gateway, and the link between them. */
  private void drawInternet(Svg svg) {
    Optional<Verdict> internet = marks.internet();
    Optional<Verdict> link =
        internet.isPresent() && vpc.internetGateway().flatMap(marks::of).isPresent()
            ? internet
            : Optional.empty();
    svg.line(
        new Point(gatewayX, INTERNET_HEIGHT),
        new Point(gatewayX, vpcTop),
        Style.color(link, Style.INTERNET),
        link.isPresent() ? 3 : 1.5);
    svg.open("internet", "", Style.pathAttribute(internet), "the internet");
    svg.rect(
        gatewayX - INTERNET_WIDTH / 2,
        0,
        INTERNET_WIDTH,
        INTERNET_HEIGHT,
        15,
        Style.INTERNET_FILL,
        Style.color(internet, Style.INTERNET),
        internet.isPresent() ? 2.5 : 1.5,
        "");
    svg.text(gatewayX, 19, "Internet", Style.FONT_SIZE, true, Style.TEXT, "middle");
    internet.ifPresent(m -> Chip.badge(svg, gatewayX + INTERNET_WIDTH / 2 - 12, 15, m));
    svg.close();
  }

  private void drawZone(Svg svg, int column) {
    String zone = vpc.zones().get(column).name();
    double x = columnX.get(column);
    svg.open("zone", "", "", "Availability Zone " + zone);
    svg.rect(
        x, columnsTop, zoneWidth(column), zoneHeight(column), 6, "none", Style.ZONE, 1.2, "6 4");
    svg.text(x + ZONE_PAD, columnsTop + 16, zone, Style.FONT_SIZE, true, Style.ZONE, "start");
    svg.close();
    List<SubnetCard> cards = columns.get(column);
    for (int k = 0; k < cards.size(); k++) {
      cards.get(k).draw(svg, cardX(column), cardTop(column, k), cardWidth.get(column));
    }
  }

  private void drawIdleTables(Svg svg) {
    double y = vpcBottom - MARGIN / 2 - vpc.idleTables().size() * Style.LINE;
    for (TableNode table : vpc.idleTables()) {
      String routes =
          table.routes().isEmpty()
              ? "local only"
              : table.routes().stream().map(Labels::route).collect(Collectors.joining(", "));
      String text = "route table " + Labels.named(table.ref()) + " serves no subnet: " + routes;
      svg.open("route-table", table.ref().id(), "", text);
      svg.text(MARGIN, y + 12, text, Style.FONT_SIZE, false, Style.MUTED, "start");
      svg.close();
      y += Style.LINE;
    }
  }

  private void drawArrow(Svg svg, Arrow arrow, List<Point> points) {
    boolean blackhole = arrow.route().blackhole();
    String color = Style.color(arrow.mark(), blackhole ? Style.BLACKHOLE : Style.ROUTE);
    double width = arrow.mark().isPresent() ? 2.5 : 1.5;
    SubnetCard card = columns.get(arrow.column()).get(arrow.card());
    svg.open(
        "route-arrow",
        "",
        Style.pathAttribute(arrow.mark()),
        card.subnet().ref().id() + ": " + Labels.route(arrow.route()));
    String dash = blackhole ? Style.BLACKHOLE_DASH : "";
    if (arrow.goal() == Goal.NOWHERE) {
      svg.crossed(points, color, width, dash);
    } else {
      svg.arrow(points, color, width, dash);
    }
    svg.close();
  }
}
