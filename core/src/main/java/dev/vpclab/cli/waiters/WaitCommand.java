package dev.vpclab.cli.waiters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.ApiClient;
import dev.vpclab.cli.AwsCli;
import dev.vpclab.cli.AwsHost;
import dev.vpclab.cli.CliErrors;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.GlobalOptions;
import dev.vpclab.cli.Reply;
import dev.vpclab.cli.api.ApiResult;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.args.OperationParser;
import dev.vpclab.cli.args.ParseContext;
import dev.vpclab.cli.args.ParseResult;
import dev.vpclab.cli.args.UsageError;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.WaiterSpec;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.CommandResult;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws <service> wait <waiter> ...} (awscli/customizations/waiters.py over botocore's {@code
 * Waiter}). In vpclab everything asynchronous has settled by the next command, so one request
 * decides: the acceptors are matched once against the real operation's response, the waiter
 * succeeds silently, fails as botocore fails it, or, where the real CLI would poll until its
 * attempts ran out, says so at once with how long that would have taken.
 */
public final class WaitCommand {
  private final AwsCli cli;

  public WaitCommand(AwsCli cli) {
    this.cli = cli;
  }

  public CommandResult run(
      ServiceSpec service, List<String> args, GlobalOptions options, AwsHost host) {
    CliVersion version = host.cliVersion();
    if (args.isEmpty()) {
      return CliErrors.tooFewArguments(version, service.cliName() + " wait");
    }
    String name = args.get(0);
    List<String> offered = service.waiterCliNames(version == CliVersion.V1 ? "v1" : "v2");
    if (!offered.contains(name)) {
      return CliErrors.usage(
          version,
          UsageError.argparse(
              "argument subcommand: " + GlobalOptions.invalidChoice(name, offered)));
    }
    Optional<WaiterSpec> waiter = service.waiter(name);
    if (waiter.isEmpty()) {
      return AwsCli.notSimulated("aws " + service.cliName() + " wait " + name);
    }
    OperationSpec op = service.operationNamed(waiter.get().operation()).orElseThrow();
    var context = ParseContext.of(version, host.paramFiles());
    ParseResult parsed = OperationParser.parse(op, args.subList(1, args.size()), context);
    if (parsed instanceof ParseResult.Refused refused) {
      return CliErrors.usage(version, refused.error());
    }
    if (parsed instanceof ParseResult.InputSkeleton skeleton) {
      return CommandResult.ok(skeleton.stdout());
    }
    if (!(parsed instanceof ParseResult.Call call)) {
      return AwsCli.notSimulated("aws " + service.cliName() + " wait " + String.join(" ", args));
    }
    var opening = cli.client(service.cliName(), options, host);
    if (opening instanceof ApiClient.Opening.Refused refused) {
      return refused.result();
    }
    ApiClient client = ((ApiClient.Opening.Ready) opening).client();
    Reply reply = client.send(op, call.params());
    if (reply instanceof Reply.NotSent) {
      return reply.uncaught(version);
    }
    return decide(waiter.get(), polled((Reply.Answered) reply)).withNotes(client.notes());
  }

  /** botocore's {@code Waiter.wait}, with every poll answering what the first did. */
  private static CommandResult decide(WaiterSpec waiter, Acceptors.Polled polled) {
    WaiterSpec.Acceptor matched =
        waiter.acceptors().stream()
            .filter(a -> Acceptors.matches(a, polled))
            .findFirst()
            .orElse(null);
    if (matched == null && polled.isError()) {
      return failed(
          waiter,
          "An error occurred ("
              + polled.errorCode()
              + "): "
              + polled.body().path("Error").path("Message").asText());
    }
    if (matched != null && matched.state().equals("success")) {
      return CommandResult.ok("")
          .withNote(
              Note.info(
                  "Returned at once: vpclab's resources have already settled, where the real"
                      + " CLI polls "
                      + waiter.operation()
                      + " every "
                      + waiter.delay()
                      + " s until this holds."));
    }
    if (matched != null && matched.state().equals("failure")) {
      return failed(
          waiter, "Waiter encountered a terminal failure state: " + Acceptors.explanation(matched));
    }
    String reason =
        matched == null
            ? "Max attempts exceeded"
            : "Max attempts exceeded. Previously accepted state: " + Acceptors.explanation(matched);
    int seconds = waiter.delay() * (waiter.maxAttempts() - 1);
    return failed(waiter, reason)
        .withNote(
            Note.info(
                "The real CLI would have polled "
                    + waiter.operation()
                    + " "
                    + waiter.maxAttempts()
                    + " times, "
                    + waiter.delay()
                    + " s apart, for "
                    + duration(seconds)
                    + " before printing this; nothing in vpclab changes while it waits."));
  }

  /**
   * A WaiterError as the CLI's driver prints it: {@code Waiter NAME failed: REASON}, status 255.
   */
  private static CommandResult failed(WaiterSpec waiter, String reason) {
    return CommandResult.error("\nWaiter " + waiter.name() + " failed: " + reason + "\n", 255);
  }

  private static Acceptors.Polled polled(Reply.Answered reply) {
    if (reply.result() instanceof ApiResult.Failure failure) {
      ObjectNode error = Request.object();
      error.set(
          "Error", Request.object().put("Code", failure.code()).put("Message", failure.message()));
      return new Acceptors.Polled(error, HttpStatus.of(failure.code()), failure.code());
    }
    JsonNode body = ((ApiResult.Success) reply.result()).response();
    return new Acceptors.Polled(body, 200, null);
  }

  private static String duration(int seconds) {
    int minutes = seconds / 60;
    int rest = seconds % 60;
    if (minutes == 0) {
      return seconds + " s";
    }
    return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
  }
}
