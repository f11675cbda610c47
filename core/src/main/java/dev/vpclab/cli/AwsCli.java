package dev.vpclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.ApiResult;
import dev.vpclab.cli.api.Gateway;
import dev.vpclab.cli.api.Principal;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.args.OperationParser;
import dev.vpclab.cli.args.ParseContext;
import dev.vpclab.cli.args.ParseResult;
import dev.vpclab.cli.args.UsageError;
import dev.vpclab.cli.format.Display;
import dev.vpclab.cli.format.OutputFormat;
import dev.vpclab.cli.format.Query;
import dev.vpclab.cli.format.Rendering;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.model.Change;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.CommandResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code aws} command: parses a command line exactly as the real CLI does, resolves its
 * configuration, sends the request through the {@link Gateway} and prints the response or the error
 * the way the CLI version of the machine would.
 */
public final class AwsCli {
  private static final Pattern REGION_FORMAT =
      Pattern.compile("^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$");

  private final Services services;
  private final Gateway gateway;
  private final CustomCommands custom;

  public AwsCli(Services services) {
    this.services = services;
    this.gateway = new Gateway(services.handlers());
    this.custom = new CustomCommands(this);
  }

  public Services services() {
    return services;
  }

  public CommandResult run(List<String> argv, AwsHost host) {
    CliVersion version = host.cliVersion();
    var parsed = GlobalOptions.parse(argv, version);
    if (parsed instanceof GlobalOptions.Parse.Refused refused) {
      return CliErrors.usage(version, refused.error());
    }
    GlobalOptions options = ((GlobalOptions.Parse.Parsed) parsed).options();
    if (options.version()) {
      return version == CliVersion.V1
          // Python 2.7's argparse prints the version to stderr (AL2's aws-cli/1.18.147).
          ? CommandResult.error(host.versionLine() + "\n", 0)
          : CommandResult.ok(host.versionLine() + "\n");
    }
    if (options.query().isPresent()
        && Query.parse(options.query().get()) instanceof Query.Parse.Invalid invalid) {
      return CommandResult.error(
          "\nBad value for --query " + invalid.expression() + ": " + invalid.message() + "\n",
          version.parameterErrorStatus());
    }
    List<String> words = options.rest();
    if (words.isEmpty()) {
      return missing(version, "command");
    }
    String command = words.get(0);
    Optional<CustomCommands.Command> customCommand = custom.find(command);
    if (customCommand.isPresent()) {
      return customCommand.get().run(words.subList(1, words.size()), options, host);
    }
    Optional<ServiceSpec> service = services.spec(command);
    if (service.isEmpty()) {
      return unknownCommand(version, command);
    }
    if (words.size() < 2) {
      return missing(version, "operation");
    }
    return operation(service.get(), words.get(1), words.subList(2, words.size()), options, host);
  }

  private CommandResult operation(
      ServiceSpec service, String name, List<String> args, GlobalOptions options, AwsHost host) {
    CliVersion version = host.cliVersion();
    if (name.equals("help")) {
      return CommandResult.ok(HelpText.service(service));
    }
    Optional<OperationSpec> operation = service.operation(name);
    if (operation.isEmpty()) {
      var choices = new ArrayList<>(service.allOperationCliNames());
      if (!choices.contains(name) && !name.equals("wait")) {
        choices.add("wait");
        choices.add("help");
        return CliErrors.usage(
            version,
            UsageError.argparse(
                "argument operation: " + GlobalOptions.invalidChoice(name, choices)));
      }
      return notSimulated("aws " + service.cliName() + " " + name);
    }
    OperationSpec op = operation.get();
    var context = ParseContext.of(version, host.paramFiles()).withPaginate(!options.noPaginate());
    ParseResult result = OperationParser.parse(op, args, context);
    if (result instanceof ParseResult.Refused refused) {
      return CliErrors.usage(version, refused.error());
    }
    if (result instanceof ParseResult.Help) {
      return CommandResult.ok(HelpText.operation(op, version));
    }
    if (result instanceof ParseResult.InputSkeleton skeleton) {
      return CommandResult.ok(skeleton.stdout());
    }
    if (result instanceof ParseResult.Unsupported unsupported) {
      return notSimulated(unsupported.what());
    }
    var resolution = CliConfig.resolve(options, host);
    if (resolution instanceof CliConfig.Resolution.MissingProfile missing) {
      return CliErrors.missingProfile(missing.profile());
    }
    CliConfig config = ((CliConfig.Resolution.Resolved) resolution).config();
    if (result instanceof ParseResult.OutputSkeleton skeleton) {
      return print(skeleton.response(), op, options, config, host, List.of());
    }
    return call(op, ((ParseResult.Call) result).params(), options, config, host);
  }

  /**
   * Sends one request: region and credentials first, as botocore checks them before any connection,
   * then the gateway.
   */
  CommandResult call(
      OperationSpec op, ObjectNode params, GlobalOptions options, CliConfig config, AwsHost host) {
    CliVersion version = host.cliVersion();
    String endpointPrefix = op.service().endpointPrefix();
    Optional<String> region = config.region();
    if (region.isEmpty() && !Endpoints.isGlobal(endpointPrefix, version)) {
      return CliErrors.noRegion(version);
    }
    if (region.isPresent() && !REGION_FORMAT.matcher(region.get()).matches()) {
      return CliErrors.badRegionName(region.get());
    }
    String effectiveRegion = region.orElse("us-east-1");
    if (Regions.catalog().get(effectiveRegion).isEmpty()) {
      return RealRegions.exists(effectiveRegion)
          ? notSimulated("the region " + effectiveRegion)
              .withNotes(List.of(Note.hint("vpclab simulates " + RealRegions.simulated() + ".")))
          : CliErrors.couldNotConnect(version, Endpoints.url(endpointPrefix, region, version));
    }
    if (config.credentials().isEmpty()) {
      return CliErrors.noCredentials(version);
    }
    Optional<Principal> principal = config.credentials().get().principal();
    if (principal.isEmpty()) {
      return CliErrors.service(
          version,
          InvalidKeys.code(endpointPrefix),
          op.name(),
          InvalidKeys.message(endpointPrefix));
    }
    var request = new Request(op, params, effectiveRegion, principal.get());
    ApiResult result = gateway.call(host.world(), request);
    if (result instanceof ApiResult.Failure failure) {
      return CliErrors.service(version, failure.code(), op.name(), failure.message());
    }
    var success = (ApiResult.Success) result;
    if (params.path("DryRun").asBoolean(false)) {
      return CliErrors.service(
          version,
          "DryRunOperation",
          op.name(),
          "Request would have succeeded, but DryRun flag is set.");
    }
    var notes = new ArrayList<Note>();
    for (Change change : success.changes()) {
      notes.add(Note.changed(change.describe()));
    }
    success.advice().forEach(a -> notes.add(Note.info(a)));
    CommandResult printed = print(success.response(), op, options, config, host, notes);
    host.commit(success.world());
    return printed;
  }

  private CommandResult print(
      ObjectNode response,
      OperationSpec op,
      GlobalOptions options,
      CliConfig config,
      AwsHost host,
      List<Note> notes) {
    CliVersion version = host.cliVersion();
    JsonNode shaped = ResponseShaper.shape(response, op, version);
    var format = OutputFormat.fromCliName(config.output());
    var extra = new ArrayList<>(notes);
    if (format.isEmpty()) {
      extra.add(Note.info("vpclab prints --output " + config.output() + " as json."));
    }
    var display =
        // Colour off: vpclab's output is plain text, whatever the real CLI does on a tty.
        new Display(
            host.stdoutIsTerminal() ? host.terminalColumns() : Display.DEFAULT_WIDTH,
            Display.Color.NONE);
    OutputFormat chosen = format.orElse(OutputFormat.JSON);
    Rendering rendering =
        options.query().isPresent()
            ? chosen.render(
                shaped,
                op.name(),
                ((Query.Parse.Valid) Query.parse(options.query().get())).query(),
                display)
            : chosen.render(shaped, op.name(), display);
    if (rendering instanceof Rendering.Failed failed) {
      return new CommandResult(
          failed.stdout(), failed.stderr(), Rendering.FAILURE_EXIT_STATUS, extra);
    }
    return new CommandResult(rendering.stdout(), "", 0, extra);
  }

  private static CommandResult missing(CliVersion version, String what) {
    return CliErrors.usage(
        version, UsageError.argparse("the following arguments are required: " + what));
  }

  private static CommandResult unknownCommand(CliVersion version, String command) {
    List<String> commands = Commands.topLevel(version);
    if (commands.contains(command)) {
      return notSimulated("aws " + command);
    }
    return CliErrors.usage(
        version,
        UsageError.argparse("argument command: " + GlobalOptions.invalidChoice(command, commands)));
  }

  /** Something the real CLI would do that vpclab does not simulate: said beside, not printed. */
  static CommandResult notSimulated(String what) {
    return new CommandResult(
        "", "", 255, List.of(Note.info("vpclab does not simulate " + what + " yet.")));
  }
}
