package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** What an operation's words amount to. */
public sealed interface ParseResult
    permits ParseResult.Call,
        ParseResult.InputSkeleton,
        ParseResult.OutputSkeleton,
        ParseResult.Help,
        ParseResult.Unsupported,
        ParseResult.Refused {

  /**
   * A valid request, as botocore would send it: keyed by model member names, typed, validated,
   * after the CLI's customizations ({@code --count} defaults, protocol names as numbers...). Its
   * idempotency token ({@code ClientToken}), which botocore generates, is left to the caller.
   *
   * @param params the request
   * @param paging how the CLI pages through a paginated operation; empty for others
   * @param outfile where a streaming response body goes ({@code s3api get-object ... outfile})
   */
  record Call(ObjectNode params, Optional<Paging> paging, Optional<String> outfile)
      implements ParseResult {}

  /**
   * The CLI's own paging: on unless {@code --no-paginate} or a service paging member (e.g. {@code
   * --next-token}) was given.
   */
  record Paging(
      boolean enabled,
      Optional<String> startingToken,
      Optional<BigInteger> maxItems,
      Optional<BigInteger> pageSize) {}

  /** {@code --generate-cli-skeleton [input]}: the exact standard output, exit 0. */
  record InputSkeleton(String stdout) implements ParseResult {}

  /**
   * {@code --generate-cli-skeleton output}: the request was valid; the CLI prints this fake
   * response as it would print a real one (so {@code --output} and {@code --query} apply).
   */
  record OutputSkeleton(ObjectNode response, ObjectNode params) implements ParseResult {}

  /** {@code aws ec2 create-vpc help} (or {@code help} among the options): show the help page. */
  record Help() implements ParseResult {}

  /**
   * The real CLI would accept this but vpclab does not simulate it (CLI v2's {@code
   * --cli-input-yaml}, {@code --generate-cli-skeleton yaml-input}).
   */
  record Unsupported(String what) implements ParseResult {}

  /** The real CLI refuses the words with this error. */
  record Refused(UsageError error) implements ParseResult {}

  /** The request, if this is a call. */
  default Optional<ObjectNode> request() {
    return this instanceof Call call ? Optional.of(call.params()) : Optional.empty();
  }

  /** Convenience for tests and callers that only care about refusals. */
  default Optional<UsageError> refusal() {
    return this instanceof Refused r ? Optional.of(r.error()) : Optional.empty();
  }

  /** The words after the operation that were not recognised, in the CLI's order. */
  static String unknownOptions(List<String> words) {
    return "Unknown options: " + String.join(", ", words);
  }
}
