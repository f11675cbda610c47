package dev.vpclab.render.diagram;

import dev.vpclab.render.diagram.Svg.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routes route arrows orthogonally so they never cross a box: out of the subnet card to the right,
 * along the gutter right of its zone column, through the channel above the columns when the target
 * is elsewhere, and into the target sideways from its gutter (a chip from its right, an endpoint
 * from its left) or, for the internet gateway, up from the channel. Each arrow has a lane of its
 * own in every gutter and in the channel it uses, so parallel arrows never overlap. Gutter {@code c
 * + 1} is the one right of column {@code c}.
 */
final class ArrowRouter {
  static final double LANE = 9;

  /** How an arrow ends. */
  enum Entry {
    /** Up into the bottom of the internet gateway. */
    UP,
    /** Sideways from a gutter: into a chip or an endpoint. */
    SIDE,
    /** Nowhere drawn: a short stub (a blackhole route to a deleted gateway). */
    NOWHERE
  }

  /** An arrow leaving through gutter {@code from}; {@code to} is the gutter of a SIDE entry. */
  record Leg(int from, Entry entry, int to) {
    boolean crosses() {
      return entry == Entry.UP || entry == Entry.SIDE && to != from;
    }
  }

  /** Where the lanes of a layout lie. */
  interface Lanes {
    double x(int gutter, int lane);

    double channelY(int lane);
  }

  private record Assigned(int fromLane, int toLane) {}

  private final List<Leg> legs;
  private final List<Assigned> assigned = new ArrayList<>();
  private final Map<Integer, Integer> perGutter = new HashMap<>();
  private final int channel;

  ArrowRouter(List<Leg> legs) {
    this.legs = List.copyOf(legs);
    for (Leg leg : legs) {
      int from = next(leg.from());
      boolean sideways = leg.entry() == Entry.SIDE && leg.to() != leg.from();
      assigned.add(new Assigned(from, sideways ? next(leg.to()) : from));
    }
    channel = (int) legs.stream().filter(Leg::crosses).count();
  }

  private int next(int gutter) {
    int lane = perGutter.getOrDefault(gutter, 0);
    perGutter.put(gutter, lane + 1);
    return lane;
  }

  /** How many lanes a gutter needs. */
  int lanes(int gutter) {
    return perGutter.getOrDefault(gutter, 0);
  }

  int channelLanes() {
    return channel;
  }

  /**
   * The bends of every arrow, from its start (on a card's right edge) to its end (ignored for a
   * stub), once the layout knows where the lanes lie. The longer an arrow runs along the channel,
   * the higher its lane there, so arrows heading the same way nest instead of crossing.
   */
  List<List<Point>> routes(List<Point> starts, List<Point> ends, Lanes lanes) {
    var crossing = new ArrayList<Integer>();
    for (int i = 0; i < legs.size(); i++) {
      if (legs.get(i).crosses()) {
        crossing.add(i);
      }
    }
    crossing.sort(
        Comparator.comparingDouble((Integer i) -> -span(i, ends.get(i), lanes))
            .thenComparingInt(i -> i));
    var channelLane = new HashMap<Integer, Integer>();
    for (int lane = 0; lane < crossing.size(); lane++) {
      channelLane.put(crossing.get(lane), lane);
    }
    var routes = new ArrayList<List<Point>>();
    for (int i = 0; i < legs.size(); i++) {
      routes.add(route(i, starts.get(i), ends.get(i), lanes, channelLane.getOrDefault(i, -1)));
    }
    return routes;
  }

  /** How far an arrow runs along the channel. */
  private double span(int index, Point end, Lanes lanes) {
    Leg leg = legs.get(index);
    Assigned a = assigned.get(index);
    double from = lanes.x(leg.from(), a.fromLane());
    double to = leg.entry() == Entry.UP ? end.x() : lanes.x(leg.to(), a.toLane());
    return Math.abs(to - from);
  }

  private List<Point> route(int index, Point start, Point end, Lanes lanes, int channelLane) {
    Leg leg = legs.get(index);
    Assigned a = assigned.get(index);
    double x = lanes.x(leg.from(), a.fromLane());
    var points = new ArrayList<>(List.of(start, new Point(x, start.y())));
    if (leg.entry() == Entry.NOWHERE) {
      return points;
    }
    if (leg.crosses()) {
      double y = lanes.channelY(channelLane);
      points.add(new Point(x, y));
      x = leg.entry() == Entry.UP ? end.x() : lanes.x(leg.to(), a.toLane());
      points.add(new Point(x, y));
    }
    if (leg.entry() == Entry.SIDE) {
      points.add(new Point(x, end.y()));
    }
    points.add(end);
    return points;
  }
}
