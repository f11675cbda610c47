package dev.vpclab.assist;

import dev.vpclab.cli.GlobalOptions;
import dev.vpclab.cli.HelpText;
import dev.vpclab.cli.args.OptionInfo;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.session.MetaCommand;
import dev.vpclab.session.MetaCommands;
import dev.vpclab.shell.Shell;
import dev.vpclab.shell.syntax.LineTokens;
import dev.vpclab.shell.syntax.WordRole;
import dev.vpclab.shell.syntax.WordToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the word under the cursor is: an aws service, operation or option with its documentation, a
 * resource that exists, a variable and its value, a vpclab command, a shell command.
 */
final class Inspector {
  private static final int WIDTH = 76;
  private static final int ENUM_VALUES_SHOWN = 20;
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?");

  private final Snapshot snapshot;
  private final OptionCatalog catalog;

  Inspector(Snapshot snapshot, OptionCatalog catalog) {
    this.snapshot = snapshot;
    this.catalog = catalog;
  }

  Optional<Inspection> inspect(String line, int cursor) {
    int at = Math.max(0, Math.min(cursor, line.length()));
    LineTokens tokens = Shell.tokenize(line);
    Optional<WordToken> found = tokens.wordAt(at);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    WordToken word = found.get();
    if (MetaCommands.isMeta(line)) {
      return meta(word);
    }
    if (word.role() == WordRole.COMMAND) {
      return command(word.text());
    }
    Matcher variable = VARIABLE.matcher(word.text());
    if (variable.matches()) {
      return variable(variable.group(1));
    }
    if (!word.precedingWords().isEmpty() && word.precedingWords().get(0).equals("aws")) {
      Optional<Inspection> aws = aws(word);
      if (aws.isPresent()) {
        return aws;
      }
    }
    return resource(word.text());
  }

  // ---------------------------------------------------------------- vpclab and the shell

  private Optional<Inspection> meta(WordToken word) {
    List<String> words = new ArrayList<>(word.precedingWords());
    words.add(word.text());
    if (words.size() == 1) {
      return snapshot.meta().find(word.text()).map(Inspector::metaHelp);
    }
    if (!words.get(0).equals("/help")) {
      return Optional.empty();
    }
    List<String> topic = words.subList(1, words.size());
    if (topic.get(0).startsWith("/")) {
      return snapshot.meta().find(topic.get(0)).map(Inspector::metaHelp);
    }
    if (topic.get(0).equals("aws") && topic.size() >= 2) {
      Optional<ServiceSpec> service = catalog.services().spec(topic.get(1));
      if (topic.size() == 2) {
        return service.map(Inspector::service);
      }
      return service.flatMap(s -> s.operation(topic.get(2))).map(this::operation);
    }
    return Optional.empty();
  }

  private static Inspection metaHelp(MetaCommand command) {
    return new Inspection(command.usage(), command.summary() + "\n\n" + command.help());
  }

  private Optional<Inspection> command(String name) {
    Optional<String> description = CommandDescriptions.of(name);
    if (description.isEmpty() && !snapshot.commandNames().contains(name)) {
      return Optional.empty();
    }
    return Optional.of(new Inspection(name, description.orElse("a command of this machine")));
  }

  private Optional<Inspection> variable(String name) {
    return snapshot
        .here()
        .variable(name)
        .map(
            value -> {
              String body = "$" + name + " = " + value;
              Optional<Inspection> resource = resource(value.strip());
              return new Inspection(
                  "$" + name,
                  resource.map(r -> body + "\n\n" + r.title() + "\n" + r.body()).orElse(body));
            });
  }

  // ---------------------------------------------------------------- aws

  private Optional<Inspection> aws(WordToken word) {
    List<String> preceding = word.precedingWords();
    var words = new ArrayList<>(preceding.subList(1, preceding.size()));
    words.add(word.text());
    AwsLine line = AwsLine.read(words, snapshot.cliVersion(), catalog);
    List<AwsLine.Part> parts = line.parts();
    String text = word.text();
    return switch (parts.get(parts.size() - 1)) {
      case SERVICE ->
          catalog.services().spec(text).map(Inspector::service).or(() -> customCommand(text));
      case OPERATION -> line.operation().map(this::operation).or(() -> customSubcommand(line));
      case GLOBAL_OPTION -> globalOption(optionName(text));
      case OPTION ->
          Optional.ofNullable(line.options().get(optionName(text))).map(Inspector::option);
      case GLOBAL_VALUE, VALUE, POSITIONAL -> resource(text).or(() -> valueOf(words, line));
    };
  }

  /** {@code aws s3}, {@code aws configure}: the CLI's own commands. */
  private static Optional<Inspection> customCommand(String name) {
    String description = CustomCommands.describe(name);
    return description.isEmpty()
        ? Optional.empty()
        : Optional.of(new Inspection("aws " + name, description));
  }

  private Optional<Inspection> customSubcommand(AwsLine line) {
    String service = line.service().orElse("");
    String name = line.operationName().orElse("");
    return CustomCommands.subcommands(service, snapshot.cliVersion()).stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .map(c -> new Inspection("aws " + service + " " + name, c.description()));
  }

  /** For a value that is no resource: the option it is a value of. */
  private Optional<Inspection> valueOf(List<String> words, AwsLine line) {
    AwsLine before =
        AwsLine.read(words.subList(0, words.size() - 1), snapshot.cliVersion(), catalog);
    return before
        .pending()
        .flatMap(
            p -> p.info().isPresent() ? p.info().map(Inspector::option) : globalOption(p.name()));
  }

  private static String optionName(String word) {
    int eq = word.indexOf('=');
    return eq > 0 ? word.substring(0, eq) : word;
  }

  private static Inspection service(ServiceSpec service) {
    return new Inspection(
        "aws " + service.cliName(),
        service.serviceFullName()
            + "\n\nvpclab simulates "
            + service.operations().size()
            + " of its operations; /help aws "
            + service.cliName()
            + " lists them.");
  }

  private Inspection operation(OperationSpec op) {
    return new Inspection(
        "aws " + op.service().cliName() + " " + op.cliName(),
        Docs.wrap(op.documentation(), WIDTH)
            + "\n\nSYNOPSIS\n"
            + HelpText.synopsis(op, snapshot.cliVersion()));
  }

  private static Inspection option(OptionInfo option) {
    var body = new StringBuilder();
    body.append(option.required() ? "Required. " : "Optional. ")
        .append(HelpText.synopsis(option))
        .append('\n');
    if (!option.documentation().isBlank()) {
      body.append('\n').append(Docs.wrap(option.documentation(), WIDTH)).append('\n');
    }
    List<String> values = option.enumValues();
    if (!values.isEmpty()) {
      String shown =
          String.join(", ", values.subList(0, Math.min(values.size(), ENUM_VALUES_SHOWN)))
              + (values.size() > ENUM_VALUES_SHOWN ? ", … (" + values.size() + " in all)" : "");
      body.append("\n").append(Docs.wrap("Possible values: " + shown, WIDTH)).append('\n');
    }
    return new Inspection(option.name() + " (" + option.typeName() + ")", body.toString().strip());
  }

  private Optional<Inspection> globalOption(String name) {
    if (!GlobalOptions.names(snapshot.cliVersion()).contains(name)) {
      return Optional.empty();
    }
    boolean valued = GlobalOptions.takesValue(name, snapshot.cliVersion());
    var body = new StringBuilder("A global option of the AWS CLI");
    body.append(valued ? ": " + name + " <value>" : "").append(".\n\n");
    body.append(GlobalOptions.help(name).map(h -> Docs.wrap(h, WIDTH)).orElse(""));
    List<String> choices = GlobalOptions.choices(name, snapshot.cliVersion());
    if (!choices.isEmpty()) {
      body.append("\n\nPossible values: ").append(String.join(", ", choices));
    }
    return Optional.of(
        new Inspection(name + (valued ? " (string)" : " (boolean)"), body.toString().strip()));
  }

  // ---------------------------------------------------------------- resources

  private Optional<Inspection> resource(String id) {
    return ResourceDescription.of(snapshot, id);
  }
}
