package dev.vpclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Gateway;
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
import dev.vpclab.cli.waiters.WaitCommand;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.CommandResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code aws} command: parses a command line exactly as the real CLI does, resolves its
 * configuration, sends the request through the {@link Gateway} and prints the response or the error
 * the way the CLI version of the machine would.
 */
public final class AwsCli {
  /** The member a streaming response carries its body in (GetObject's output payload). */
  private static final String STREAMING_BODY = "Body";

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
    Optional<Query> query = Optional.empty();
    if (options.query().isPresent()) {
      var compiled = Query.parse(options.query().get());
      if (compiled instanceof Query.Parse.Invalid invalid) {
        return CommandResult.error(
            "\nBad value for --query " + invalid.expression() + ": " + invalid.message() + "\n",
            version.parameterErrorStatus());
      }
      query = Optional.of(((Query.Parse.Valid) compiled).query());
    }
    List<String> words = options.rest();
    if (words.isEmpty()) {
      return missing(version, "command");
    }
    String command = words.get(0);
    Optional<CustomCommand> customCommand = custom.find(command);
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
    return operation(
        service.get(), words.get(1), words.subList(2, words.size()), options, query, host);
  }

  private CommandResult operation(
      ServiceSpec service,
      String name,
      List<String> args,
      GlobalOptions options,
      Optional<Query> query,
      AwsHost host) {
    CliVersion version = host.cliVersion();
    if (name.equals("help")) {
      return CommandResult.ok(HelpText.service(service));
    }
    if (name.equals("wait")) {
      return new WaitCommand(this).run(service, args, options, host);
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
      return print(skeleton.response(), op, query, config, host, List.of());
    }
    var call = (ParseResult.Call) result;
    return call(op, call.params(), call.outfile(), query, config, host);
  }

  /**
   * A client for {@code service} with this invocation's configuration: what {@code aws <service>
   * <operation>} and the CLI's own commands send their requests through.
   */
  public ApiClient.Opening client(String service, GlobalOptions options, AwsHost host) {
    var resolution = CliConfig.resolve(options, host);
    if (resolution instanceof CliConfig.Resolution.MissingProfile missing) {
      return new ApiClient.Opening.Refused(CliErrors.missingProfile(missing.profile()));
    }
    CliConfig config = ((CliConfig.Resolution.Resolved) resolution).config();
    return ApiClient.open(services.spec(service).orElseThrow(), config, host, gateway);
  }

  /**
   * Sends one request and prints its response, or the error, as the CLI does. A streaming body
   * ({@code s3api get-object ... OUTFILE}) is written to the outfile and left out of what is
   * printed (customizations/streamingoutputarg.py); a file that cannot be opened is Python's
   * OSError.
   */
  private CommandResult call(
      OperationSpec op,
      ObjectNode params,
      Optional<String> outfile,
      Optional<Query> query,
      CliConfig config,
      AwsHost host) {
    var opening = ApiClient.open(op.service(), config, host, gateway);
    if (opening instanceof ApiClient.Opening.Refused refused) {
      return refused.result();
    }
    ApiClient client = ((ApiClient.Opening.Ready) opening).client();
    Reply reply = client.send(op, params);
    Optional<ObjectNode> response = reply.response();
    if (response.isEmpty()) {
      return reply.uncaught(host.cliVersion()).withNotes(client.notes());
    }
    ObjectNode body = response.get();
    if (outfile.isPresent()) {
      body = body.deepCopy();
      String content = body.path(STREAMING_BODY).asText("");
      body.remove(STREAMING_BODY);
      Optional<String> failed = host.save(outfile.get(), content, false, Optional.empty());
      if (failed.isPresent()) {
        return CommandResult.error("\n" + failed.get() + "\n", 255).withNotes(client.notes());
      }
    }
    return print(body, op, query, config, host, client.notes());
  }

  private CommandResult print(
      ObjectNode response,
      OperationSpec op,
      Optional<Query> query,
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
        query.isPresent()
            ? chosen.render(shaped, op.name(), query.get(), display)
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
  public static CommandResult notSimulated(String what) {
    return new CommandResult(
        "", "", 255, List.of(Note.info("vpclab does not simulate " + what + " yet.")));
  }
}
