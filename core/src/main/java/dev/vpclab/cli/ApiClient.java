package dev.vpclab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.ApiResult;
import dev.vpclab.cli.api.Gateway;
import dev.vpclab.cli.api.Principal;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.args.UsageError;
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
 * One invocation's client for one service, as botocore's client is: made with the invocation's
 * resolved configuration (region, credentials, CLI version), it checks what botocore checks and
 * sends every request through the {@link Gateway}. {@code aws <service> <operation>} and the CLI's
 * own commands ({@code aws s3 cp}, waiters) all send through here, so whatever judges a call sees
 * each of them.
 */
public final class ApiClient {
  private static final Pattern REGION_FORMAT =
      Pattern.compile("^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$");

  private final ServiceSpec service;
  private final CliConfig config;
  private final AwsHost host;
  private final Gateway gateway;
  private final String region;
  private final List<Note> notes = new ArrayList<>();

  private ApiClient(
      ServiceSpec service, CliConfig config, AwsHost host, Gateway gateway, String region) {
    this.service = service;
    this.config = config;
    this.host = host;
    this.gateway = gateway;
    this.region = region;
  }

  /** A client, or what the CLI prints when it cannot make one. */
  public sealed interface Opening {
    record Ready(ApiClient client) implements Opening {}

    record Refused(CommandResult result) implements Opening {}
  }

  /**
   * Makes a client as botocore's {@code create_client} does: the region is checked here, before any
   * request (no region for a regional service, a malformed name).
   */
  static Opening open(ServiceSpec service, CliConfig config, AwsHost host, Gateway gateway) {
    CliVersion version = host.cliVersion();
    String endpointPrefix = service.endpointPrefix();
    Optional<String> region = config.region();
    if (region.isEmpty() && !Endpoints.isGlobal(endpointPrefix, version)) {
      return new Opening.Refused(CliErrors.noRegion(version));
    }
    if (region.isPresent() && !REGION_FORMAT.matcher(region.get()).matches()) {
      return new Opening.Refused(CliErrors.badRegionName(region.get()));
    }
    String effective = region.orElse("us-east-1");
    if (Regions.catalog().get(effective).isEmpty() && RealRegions.exists(effective)) {
      return new Opening.Refused(
          AwsCli.notSimulated("the region " + effective)
              .withNotes(List.of(Note.hint("vpclab simulates " + RealRegions.simulated() + "."))));
    }
    return new Opening.Ready(new ApiClient(service, config, host, gateway, effective));
  }

  public CliVersion version() {
    return host.cliVersion();
  }

  /** The region requests go to: the configured one, or us-east-1 for a global service. */
  public String region() {
    return region;
  }

  /** The service's operation by its model name ({@code ListObjectsV2}). */
  public OperationSpec operation(String name) {
    return service
        .operationNamed(name)
        .orElseThrow(() -> new IllegalArgumentException(name + " is not in the model"));
  }

  public Reply send(String operation, ObjectNode params) {
    return send(operation(operation), params);
  }

  /**
   * Sends one request, in botocore's order: its parameter checks, then signing (credentials), then
   * the connection, then the service; the {@link RequestPath} judges each and leaves its trace. A
   * request that changes something is committed at once, so the next request of the same command
   * sees it.
   */
  public Reply send(OperationSpec op, ObjectNode params) {
    CliVersion version = host.cliVersion();
    Optional<String> invalid = BucketNames.invalid(params);
    if (invalid.isPresent()) {
      String message = "Parameter validation failed:\n" + invalid.get();
      return new Reply.NotSent(message, CliErrors.usage(version, UsageError.parameter(message)));
    }
    RequestPath path = new RequestPath(host, config, op, params, region);
    RequestPath.Verdict verdict = path.judge();
    Reply reply;
    if (verdict instanceof RequestPath.Verdict.NotSent notSent) {
      reply = new Reply.NotSent(notSent.inline(), withWaitNote(notSent.printed()));
    } else if (verdict instanceof RequestPath.Verdict.Denied denied) {
      reply = failure(op, denied.code(), denied.message());
    } else {
      reply = answer(op, params, ((RequestPath.Verdict.Cleared) verdict).principal());
    }
    if (reply instanceof Reply.Answered) {
      Optional<String> code = reply.errorCode();
      path.answered(
          op.name() + " answered" + code.map(c -> " " + c).orElse(""),
          code.isEmpty(),
          code.orElse(null));
    }
    host.trace(Traces.of(op, path, reply));
    return reply;
  }

  private Reply answer(OperationSpec op, ObjectNode params, Principal principal) {
    String endpointPrefix = service.endpointPrefix();
    if (config.credentials().isPresent() && config.credentials().get().principal().isEmpty()) {
      return failure(op, InvalidKeys.code(endpointPrefix), InvalidKeys.message(endpointPrefix));
    }
    ApiResult result = gateway.call(host.world(), new Request(op, params, region, principal));
    if (result instanceof ApiResult.Success success) {
      if (params.path("DryRun").asBoolean(false)) {
        return failure(
            op, "DryRunOperation", "Request would have succeeded, but DryRun flag is set.");
      }
      for (Change change : success.changes()) {
        notes.add(Note.changed(change.describe()));
      }
      success.advice().forEach(a -> notes.add(Note.info(a)));
      host.commit(success.world());
    }
    return new Reply.Answered(op.name(), result);
  }

  /**
   * A connect timeout prints at once here; the real CLI retries first (v1: 5 attempts, v2: 3, of 60
   * s each, aws-facts.md section 2), so the learner is told how long it would have hung.
   */
  private CommandResult withWaitNote(CommandResult printed) {
    if (!printed.stderr().contains("Connect timeout")) {
      return printed;
    }
    String wait =
        host.cliVersion() == CliVersion.V1
            ? "about 5 minutes (5 attempts of 60 s)"
            : "about 3 minutes (3 attempts of 60 s)";
    return printed.withNote(
        Note.info("the real CLI would have waited " + wait + " before printing this"));
  }

  /**
   * What the requests sent so far changed, and the services' advice, as vpclab's notes; each note
   * once, however many requests led to it.
   */
  public List<Note> notes() {
    return notes.stream().distinct().toList();
  }

  private static Reply failure(OperationSpec op, String code, String message) {
    return new Reply.Answered(op.name(), new ApiResult.Failure(code, message));
  }
}
