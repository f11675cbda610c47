package dev.vpclab.assist;

import dev.vpclab.cli.GlobalOptions;
import dev.vpclab.cli.args.OptionInfo;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Completes a word of an {@code aws} command: global options and their values, services,
 * operations, the operation's options and their values, {@code aws s3} paths and {@code aws
 * configure} keys.
 */
final class AwsCompleter {
  private final Snapshot snapshot;
  private final OptionCatalog catalog;

  AwsCompleter(Snapshot snapshot, OptionCatalog catalog) {
    this.snapshot = snapshot;
    this.catalog = catalog;
  }

  /**
   * @param target the word, whose preceding words start with {@code aws}
   * @param later the words of the same command after the cursor (a later {@code --region} counts)
   */
  Offer complete(Target target, List<String> later) {
    List<String> before = target.preceding().subList(1, target.preceding().size());
    AwsLine line = AwsLine.read(before, snapshot.cliVersion(), catalog);
    var all = new ArrayList<>(before);
    all.addAll(later);
    Optional<String> region =
        snapshot.region(AwsLine.valueIn(all, "--region"), AwsLine.valueIn(all, "--profile"));
    OptionValues values = new OptionValues(snapshot, region);
    String text = target.text();

    int eq = text.indexOf('=');
    if (text.startsWith("--") && eq > 0) {
      return valueOf(line, values, text.substring(0, eq), text.substring(eq + 1), eq + 1);
    }
    if (line.pending().isPresent() && !text.startsWith("-")) {
      return valueOf(line, values, line.pending().get().name(), text, 0);
    }
    if (text.startsWith("-")) {
      return Offer.whole(options(line, !text.matches("--?") || line.operation().isEmpty()));
    }
    if (line.service().isEmpty()) {
      return Offer.whole(services());
    }
    String service = line.service().get();
    if (line.operationName().isEmpty()) {
      return Offer.whole(operations(service));
    }
    if (service.equals("s3")) {
      return S3Paths.complete(snapshot, text);
    }
    if (service.equals("configure")) {
      return Offer.whole(configureArgument(line, values));
    }
    Optional<OptionInfo> positional =
        line.options().values().stream().filter(o -> !o.name().startsWith("-")).findFirst();
    if (positional.isPresent() && !line.parts().contains(AwsLine.Part.POSITIONAL)) {
      return FileNames.complete(snapshot.here(), text, 0, false);
    }
    return text.isEmpty() ? Offer.whole(options(line, false)) : Offer.NONE;
  }

  private Offer valueOf(AwsLine line, OptionValues values, String name, String text, int offset) {
    if (GlobalOptions.names(snapshot.cliVersion()).contains(name)) {
      return values.global(name, text, offset, line.operation());
    }
    Optional<OperationSpec> operation = line.operation();
    OptionInfo option = line.options().get(name);
    if (operation.isEmpty() || option == null) {
      return Offer.NONE;
    }
    return values.of(operation.get(), option, text, offset);
  }

  private List<Candidate> services() {
    var out = new ArrayList<Candidate>();
    for (String name : catalog.services().names()) {
      String description =
          catalog
              .services()
              .spec(name)
              .map(ServiceSpec::serviceFullName)
              .orElse(CustomCommands.describe(name));
      out.add(Candidate.described(name, "services", description));
    }
    return out;
  }

  private List<Candidate> operations(String service) {
    var out = new ArrayList<Candidate>();
    catalog
        .services()
        .spec(service)
        .ifPresent(
            spec ->
                spec.operations()
                    .forEach(
                        op ->
                            out.add(
                                Candidate.described(
                                    op.cliName(),
                                    "operations",
                                    Docs.summary(op.documentation())))));
    for (var sub : CustomCommands.subcommands(service, snapshot.cliVersion())) {
      out.add(Candidate.described(sub.name(), "commands", Docs.summary(sub.description())));
    }
    return out;
  }

  /**
   * The operation's options the line does not have yet, required ones first, then (with {@code
   * global}) the global options; those already given come last. Global options are left out of a
   * bare {@code --} after an operation, which would otherwise list twenty of them before its own.
   */
  private List<Candidate> options(AwsLine line, boolean global) {
    Set<String> given = line.given();
    var required = new ArrayList<Candidate>();
    var optional = new ArrayList<Candidate>();
    var repeated = new ArrayList<Candidate>();
    for (OptionInfo option : line.options().values()) {
      if (!option.name().startsWith("--")) {
        continue; // a positional, such as outfile
      }
      String summary = Docs.summary(option.documentation());
      if (given.contains(option.name())) {
        repeated.add(Candidate.described(option.name(), "given", summary));
      } else if (option.required()) {
        required.add(Candidate.described(option.name(), "required", summary));
      } else {
        optional.add(Candidate.described(option.name(), "options", summary));
      }
    }
    for (String name : global ? GlobalOptions.names(snapshot.cliVersion()) : List.<String>of()) {
      String summary = GlobalOptions.help(name).map(Docs::summary).orElse("");
      (given.contains(name) ? repeated : optional)
          .add(
              Candidate.described(
                  name, given.contains(name) ? "given" : "global options", summary));
    }
    var out = new ArrayList<Candidate>(required);
    out.addAll(optional);
    out.addAll(repeated);
    return out;
  }

  private List<Candidate> configureArgument(AwsLine line, OptionValues values) {
    String sub = line.operationName().orElse("");
    long positionals = line.parts().stream().filter(p -> p == AwsLine.Part.POSITIONAL).count();
    if (!sub.equals("set") && !sub.equals("get")) {
      return List.of();
    }
    if (positionals == 0) {
      return CustomCommands.CONFIGURE_KEYS.stream().map(k -> Candidate.of(k, "keys")).toList();
    }
    if (sub.equals("set") && positionals == 1) {
      String key = line.words().get(line.words().size() - 1);
      return switch (key) {
        case "region" -> values.global("--region", "", 0, Optional.empty()).candidates();
        case "output" -> values.global("--output", "", 0, Optional.empty()).candidates();
        default -> List.of();
      };
    }
    return List.of();
  }
}
