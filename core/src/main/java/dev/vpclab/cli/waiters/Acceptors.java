package dev.vpclab.cli.waiters;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.format.Query;
import dev.vpclab.cli.spec.WaiterSpec;

/**
 * botocore's {@code AcceptorConfig} (waiter.py): whether an acceptor matches one response, and how
 * a failure names it. The response is the parsed body, or for a service error {@code {"Error":
 * {"Code", "Message"}}} with its HTTP status.
 */
final class Acceptors {
  private Acceptors() {}

  /** One polled response as the acceptors see it. */
  record Polled(JsonNode body, int status, String errorCode) {
    boolean isError() {
      return errorCode != null;
    }
  }

  static boolean matches(WaiterSpec.Acceptor acceptor, Polled polled) {
    return switch (acceptor.matcher()) {
      case "path" -> !polled.isError() && search(acceptor, polled).equals(acceptor.expected());
      case "pathAll" -> !polled.isError() && all(acceptor, search(acceptor, polled));
      case "pathAny" -> !polled.isError() && any(acceptor, search(acceptor, polled));
      case "status" -> polled.status() == acceptor.expected().asInt();
      case "error" -> error(acceptor.expected(), polled);
      default -> false;
    };
  }

  /**
   * The acceptor as a failure message names it. {@code excepted} (sic) is what the botocore of both
   * CLI v2 2.9.19 and Amazon Linux 2's CLI v1 print; botocore fixed the word in 2024.
   */
  static String explanation(WaiterSpec.Acceptor acceptor) {
    String expected = acceptor.expected().asText();
    return switch (acceptor.matcher()) {
      case "path" ->
          "For expression \""
              + acceptor.argument()
              + "\" we matched expected path: \""
              + expected
              + "\"";
      case "pathAll" ->
          "For expression \""
              + acceptor.argument()
              + "\" all members matched excepted path: \""
              + expected
              + "\"";
      case "pathAny" ->
          "For expression \""
              + acceptor.argument()
              + "\" we matched expected path: \""
              + expected
              + "\" at least once";
      case "status" -> "Matched expected HTTP status code: " + expected;
      case "error" -> "Matched expected service error code: " + expected;
      default -> "No explanation for unknown waiter type: \"" + acceptor.matcher() + "\"";
    };
  }

  private static JsonNode search(WaiterSpec.Acceptor acceptor, Polled polled) {
    var parsed = Query.parse(acceptor.argument());
    return ((Query.Parse.Valid) parsed).query().valueOrNull(polled.body());
  }

  /** pathAll: a non-empty list whose every member is the expected value. */
  private static boolean all(WaiterSpec.Acceptor acceptor, JsonNode result) {
    if (!result.isArray() || result.isEmpty()) {
      return false;
    }
    for (JsonNode element : result) {
      if (!element.equals(acceptor.expected())) {
        return false;
      }
    }
    return true;
  }

  /** pathAny: a non-empty list with at least one member that is the expected value. */
  private static boolean any(WaiterSpec.Acceptor acceptor, JsonNode result) {
    if (!result.isArray()) {
      return false;
    }
    for (JsonNode element : result) {
      if (element.equals(acceptor.expected())) {
        return true;
      }
    }
    return false;
  }

  /** error: a code, or {@code true} for any error and {@code false} for none. */
  private static boolean error(JsonNode expected, Polled polled) {
    if (expected.isBoolean()) {
      return expected.asBoolean() == polled.isError();
    }
    return polled.isError() && polled.errorCode().equals(expected.asText());
  }
}
