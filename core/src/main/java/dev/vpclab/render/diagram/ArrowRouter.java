package dev.vpclab.render.diagram;

import dev.vpclab.render.diagram.Svg.Point;
import java.util.ArrayList;
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

  private record Assigned(int fromLane, int toLane, int channelLane) {}

  private final List<Leg> legs;
  private final List<Assigned> assigned = new ArrayList<>();
  private final Map<Integer, Integer> perGutter = new HashMap<>();
  private int channel;

  ArrowRouter(List<Leg> legs) {
    this.legs = List.copyOf(legs);
    for (Leg leg : legs) {
      int from = next(leg.from());
      boolean sideways = leg.entry() == Entry.SIDE && leg.to() != leg.from();
      int to = sideways ? next(leg.to()) : from;
      int lane = leg.crosses() ? channel++ : -1;
      assigned.add(new Assigned(from, to, lane));
    }
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
   * The bends of arrow {@code index} from {@code start} (on a card's right edge) to {@code end}
   * (ignored for a stub), once the layout knows where the lanes lie.
   */
  List<Point> route(int index, Point start, Point end, Lanes lanes) {
    Leg leg = legs.get(index);
    Assigned a = assigned.get(index);
    double x = lanes.x(leg.from(), a.fromLane());
    var points = new ArrayList<>(List.of(start, new Point(x, start.y())));
    if (leg.entry() == Entry.NOWHERE) {
      return points;
    }
    if (leg.crosses()) {
      double y = lanes.channelY(a.channelLane());
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
