package dev.vpclab.session;

import dev.vpclab.model.World;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.outcome.Note;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.render.diagram.Topology;
import dev.vpclab.render.diagram.TopologyBuilder;
import dev.vpclab.render.diagram.TracedPath;
import java.util.List;
import java.util.Optional;

/**
 * {@code /diagram [vpc|all]}: which VPCs to draw — by default the ones the learner created in the
 * region an {@code aws} command here would call; {@code all} adds the default VPC; a VPC ID or Name
 * tag picks one, in any region — and the latest traced path that crossed them.
 */
final class DiagramCommand {
  static final String ARGUMENTS = "[VPC|all]";
  static final String SUMMARY = "draw VPCs: subnets by zone, gateways, routes, the last path";
  static final String HELP =
      """
      Draws the VPCs you created in the region an aws command typed here would call
      (AWS_DEFAULT_REGION or ~/.aws/config; on an instance without either, its own
      region): the internet gateway, the subnets by Availability Zone (public when
      their route table leads to the internet gateway), each subnet's route table
      and network ACL, the NAT gateways and instances in it, the VPC endpoints, and
      every route other than local as DESTINATION → TARGET.
      /diagram all adds the default VPC; /diagram VPC draws one VPC, by ID or Name
      tag, in any region.
      The last traced command that crossed the VPC (see /explain) is drawn on it:
      each component it passed marked ✔, the one that stopped it ✘.
      In a terminal the diagram is text; in Jupyter it is a picture (SVG).""";

  private DiagramCommand() {}

  static Outcome run(List<String> args, MetaContext ctx) {
    if (args.size() > 1) {
      return MetaCommands.problem("Usage", "usage: /diagram [VPC|all]");
    }
    Session session = ctx.session();
    World world = session.world();
    Optional<String> region = session.regionHere();
    String where = region.map(r -> " in " + r).orElse("");
    List<Vpc> vpcs;
    if (args.isEmpty() || args.get(0).equals("all")) {
      boolean all = !args.isEmpty();
      vpcs =
          world
              .all(Vpc.class)
              .filter(v -> region.map(v.region()::equals).orElse(true))
              .filter(v -> all || !v.isDefault())
              .toList();
      if (vpcs.isEmpty()) {
        return MetaCommands.note(
            Note.info(
                "no VPC of yours"
                    + where
                    + " to draw yet"
                    + (all ? "" : " (/diagram all includes the default VPC)")));
      }
    } else {
      String wanted = args.get(0);
      vpcs =
          world
              .all(Vpc.class)
              .filter(
                  v ->
                      v.id().equals(wanted)
                          || world.tags(v.id()).name().filter(wanted::equals).isPresent())
              .toList();
      if (vpcs.isEmpty()) {
        return MetaCommands.problem(
            "NoSuchVpc", "no VPC has the ID or Name " + wanted + "; /resources vpc lists them");
      }
    }
    Topology topology = TopologyBuilder.build(world, vpcs);
    Optional<TracedPath> path = TracedPath.latestOn(topology, session.traces());
    return new Outcome(List.of(new Part.Diagram(topology, path)), 0, false);
  }
}
