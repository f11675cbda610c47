package dev.vpclab.render.diagram;

import dev.vpclab.net.Ipv4;
import dev.vpclab.render.diagram.Topology.InstanceNode;
import dev.vpclab.render.diagram.Topology.NatNode;
import dev.vpclab.render.diagram.Topology.Ref;
import dev.vpclab.render.diagram.Topology.RouteArrow;
import dev.vpclab.render.diagram.Topology.SubnetNode;
import dev.vpclab.render.diagram.Topology.VpcNode;
import java.util.Optional;

/**
 * The words both renderers put on a diagram, so the text and the SVG say the same thing. Name tags
 * are the learner's own text: control and formatting characters (which could move a terminal's
 * cursor, or make an SVG unreadable as XML) become {@code ?}, and long names are cut short.
 */
final class Labels {
  /** Name tags longer than this are cut, so one line per component fits 100 columns. */
  static final int NAME_LENGTH = 20;

  private Labels() {}

  /** {@code subnet-0a1… (Public)}, or the ID alone. */
  static String named(Ref ref) {
    return ref.id() + (ref.hasName() ? " (" + name(ref) + ")" : "");
  }

  /** An ID and its whole Name tag, cleaned but not cut, for tooltips. */
  static String full(Ref ref) {
    return ref.id() + (ref.hasName() ? " (" + clean(ref.name()) + ")" : "");
  }

  /** The Name tag, cleaned and cut to {@link #NAME_LENGTH}. */
  static String name(Ref ref) {
    return cut(clean(ref.name()), NAME_LENGTH);
  }

  static String vpc(VpcNode vpc) {
    return "VPC " + named(vpc.ref()) + " " + vpc.cidr() + (vpc.isDefault() ? " (default)" : "");
  }

  static String subnetKind(SubnetNode subnet) {
    return subnet.isPublic() ? "public subnet" : "private subnet";
  }

  /** {@code 0.0.0.0/0 → nat-0a1…}, a blackhole said so. */
  static String route(RouteArrow route) {
    return route.destination() + " → " + route.target() + (route.blackhole() ? " (blackhole)" : "");
  }

  /** {@code 10.0.1.100 / 18.188.22.65}: private, then public when there is one. */
  static String addresses(InstanceNode instance) {
    return instance.privateIp() + instance.publicIp().map(ip -> " / " + ip).orElse("");
  }

  static String addresses(NatNode nat) {
    return orDash(nat.privateIp()) + " / " + orDash(nat.publicIp());
  }

  private static String orDash(Optional<Ipv4> ip) {
    return ip.map(Ipv4::toString).orElse("-");
  }

  /** Text safe to print and to put in XML: no control, formatting or unpaired surrogate chars. */
  static String clean(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean unsafe =
                  Character.isISOControl(cp)
                      || type == Character.FORMAT
                      || type == Character.SURROGATE
                      || type == Character.UNASSIGNED && (cp & 0xFFFE) == 0xFFFE;
              out.appendCodePoint(unsafe ? '?' : cp);
            });
    return out.toString();
  }

  /** At most {@code max} code points, the last one an ellipsis when cut. */
  static String cut(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
