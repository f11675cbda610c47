package dev.vpclab.cli.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One waiter of botocore's {@code waiters-2.json}: the operation it polls, how often and how many
 * times, and its acceptors in order.
 */
public record WaiterSpec(
    String name, String operation, int delay, int maxAttempts, List<Acceptor> acceptors) {

  /**
   * One acceptor: when {@code matcher} ({@code path}, {@code pathAll}, {@code pathAny}, {@code
   * status}, {@code error}) finds {@code expected} (at {@code argument}, for the path matchers),
   * the waiter moves to {@code state}: {@code success}, {@code failure} or {@code retry}.
   */
  public record Acceptor(String state, String matcher, String argument, JsonNode expected) {}

  static WaiterSpec read(String name, JsonNode node) {
    var acceptors = new ArrayList<Acceptor>();
    for (JsonNode a : node.path("acceptors")) {
      acceptors.add(
          new Acceptor(
              a.path("state").asText(),
              a.path("matcher").asText(),
              a.path("argument").isMissingNode() ? null : a.path("argument").asText(),
              a.path("expected")));
    }
    return new WaiterSpec(
        name,
        node.path("operation").asText(),
        node.path("delay").asInt(),
        node.path("maxAttempts").asInt(),
        List.copyOf(acceptors));
  }
}
