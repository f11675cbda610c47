package dev.vpclab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.ApiResult;
import dev.vpclab.shell.CommandResult;
import java.util.Optional;

/**
 * What one request an {@link ApiClient} sent came to, as botocore reports it to the command that
 * made it: the service's answer (a response or the service's error), or an error botocore raised
 * before anything was sent (no credentials, a parameter it refused, no connection).
 */
public sealed interface Reply {

  /** The service answered; {@code operation} is the model name, as error messages name it. */
  record Answered(String operation, ApiResult result) implements Reply {}

  /**
   * botocore raised instead of sending.
   *
   * @param message the exception's text, {@code str(e)}, as the s3 commands print it inline
   * @param uncaught what the CLI prints when the exception reaches its driver
   */
  record NotSent(String message, CommandResult uncaught) implements Reply {}

  /** The response body, when the service answered with one. */
  default Optional<ObjectNode> response() {
    return this instanceof Answered a && a.result() instanceof ApiResult.Success s
        ? Optional.of(s.response())
        : Optional.empty();
  }

  /** The service's error code, when it refused the request. */
  default Optional<String> errorCode() {
    return this instanceof Answered a && a.result() instanceof ApiResult.Failure f
        ? Optional.of(f.code())
        : Optional.empty();
  }

  /**
   * The exception's text as Python's {@code str(e)} gives it: {@code An error occurred (CODE) when
   * calling the OP operation: MESSAGE} for a service error. Only for replies that failed.
   */
  default String errorText() {
    if (this instanceof NotSent n) {
      return n.message();
    }
    var answered = (Answered) this;
    var failure = (ApiResult.Failure) answered.result();
    return CliErrors.clientErrorText(failure.code(), answered.operation(), failure.message());
  }

  /** What the CLI prints when this failure reaches its driver unhandled. */
  default CommandResult uncaught(CliVersion version) {
    if (this instanceof NotSent n) {
      return n.uncaught();
    }
    var answered = (Answered) this;
    var failure = (ApiResult.Failure) answered.result();
    return CliErrors.service(version, failure.code(), answered.operation(), failure.message());
  }
}
