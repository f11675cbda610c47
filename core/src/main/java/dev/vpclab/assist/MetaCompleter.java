package dev.vpclab.assist;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.Services;
import dev.vpclab.session.MetaCommand;
import dev.vpclab.session.ResourceRows;
import dev.vpclab.session.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Completes vpclab's own commands and their arguments: {@code /help} topics down to {@code aws ec2
 * create-vpc}, {@code /resources} types, {@code /set} settings, the VPCs {@code /diagram} can draw,
 * real file names for {@code /open} and {@code /save}.
 */
final class MetaCompleter {
  private final Snapshot snapshot;
  private final Services services;

  MetaCompleter(Snapshot snapshot, Services services) {
    this.snapshot = snapshot;
    this.services = services;
  }

  Offer complete(Target target) {
    if (target.preceding().isEmpty()) {
      return Offer.whole(commands());
    }
    List<String> args = target.preceding().subList(1, target.preceding().size());
    return switch (target.command()) {
      case "/help" -> Offer.whole(helpTopics(args));
      case "/resources" ->
          Offer.whole(
              args.isEmpty()
                  ? named(concat(List.copyOf(ResourceRows.kindNames()), List.of("all")), "types")
                  : List.of());
      case "/set" -> Offer.whole(settings(args));
      case "/diagram" -> Offer.whole(args.isEmpty() ? diagramTargets() : List.of());
      case "/open", "/save" ->
          args.isEmpty()
              ? LocalFiles.complete(snapshot.workingDirectory(), target.text())
              : Offer.NONE;
      default -> Offer.NONE;
    };
  }

  private List<Candidate> commands() {
    var out = new ArrayList<Candidate>();
    for (MetaCommand c : snapshot.meta().all()) {
      out.add(Candidate.described(c.name(), "vpclab", c.summary()));
    }
    return out;
  }

  private List<Candidate> helpTopics(List<String> args) {
    if (args.isEmpty()) {
      var out = commands();
      out.add(Candidate.described("aws", "topics", "the AWS CLI's services and operations"));
      return out;
    }
    if (!args.get(0).equals("aws")) {
      return List.of();
    }
    if (args.size() == 1) {
      return services.names().stream()
          .flatMap(n -> services.spec(n).stream())
          .map(s -> Candidate.described(s.cliName(), "services", s.serviceFullName()))
          .toList();
    }
    if (args.size() == 2) {
      return services
          .spec(args.get(1))
          .map(
              s ->
                  s.operations().stream()
                      .map(
                          op ->
                              Candidate.described(
                                  op.cliName(), "operations", Docs.summary(op.documentation())))
                      .toList())
          .orElse(List.of());
    }
    return List.of();
  }

  /** The VPCs of the region an aws command here would call, each with its Name tag, and all. */
  private List<Candidate> diagramTargets() {
    var out =
        new ArrayList<>(
            ResourceValues.VPC.values(
                snapshot, snapshot.region(Optional.empty(), Optional.empty())));
    out.add(Candidate.described("all", "values", "every VPC of the region, the default one too"));
    return out;
  }

  private static List<Candidate> settings(List<String> args) {
    if (args.isEmpty()) {
      return List.of(
          Candidate.described("cli", "settings", "the AWS CLI major version of the laptop"),
          Candidate.described("feedback", "settings", "how much vpclab says beside the output"));
    }
    if (args.size() > 1) {
      return List.of();
    }
    return switch (args.get(0)) {
      case "cli" -> named(lowerCase(CliVersion.values()), "values");
      case "feedback" -> named(lowerCase(Settings.Feedback.values()), "values");
      default -> List.of();
    };
  }

  private static List<String> lowerCase(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase()).toList();
  }

  private static List<Candidate> named(List<String> values, String group) {
    return values.stream().map(v -> Candidate.of(v, group)).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    var out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
