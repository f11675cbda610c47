package dev.vpclab.cli.waiters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.vpclab.cli.spec.WaiterSpec;
import org.junit.jupiter.api.Test;

/** botocore waiter.py's matchers, on the shapes of real responses. */
class AcceptorsTest {
  private static final String STATES = "Reservations[].Instances[].State.Name";

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  private static Acceptors.Polled instances(String... states) throws Exception {
    var out = new StringBuilder("{\"Reservations\": [{\"Instances\": [");
    for (int i = 0; i < states.length; i++) {
      out.append(i == 0 ? "" : ",").append("{\"State\": {\"Name\": \"").append(states[i]);
      out.append("\"}}");
    }
    return new Acceptors.Polled(json(out + "]}]}"), 200, null);
  }

  private static WaiterSpec.Acceptor path(String matcher, String state, String expected) {
    return new WaiterSpec.Acceptor(state, matcher, STATES, TextNode.valueOf(expected));
  }

  @Test
  void pathAllNeedsEveryMemberAndAtLeastOne() throws Exception {
    var running = path("pathAll", "success", "running");
    assertTrue(Acceptors.matches(running, instances("running", "running")));
    assertFalse(Acceptors.matches(running, instances("running", "pending")));
    assertFalse(Acceptors.matches(running, instances()));
  }

  @Test
  void pathAnyNeedsOneMember() throws Exception {
    var terminated = path("pathAny", "failure", "terminated");
    assertTrue(Acceptors.matches(terminated, instances("running", "terminated")));
    assertFalse(Acceptors.matches(terminated, instances("running")));
  }

  @Test
  void pathMatchersNeverMatchAnError() throws Exception {
    var error = new Acceptors.Polled(json("{\"Error\": {\"Code\": \"X\"}}"), 400, "X");
    assertFalse(Acceptors.matches(path("pathAny", "failure", "terminated"), error));
  }

  @Test
  void statusAndErrorMatchers() throws Exception {
    var missing = new Acceptors.Polled(json("{\"Error\": {\"Code\": \"404\"}}"), 404, "404");
    var ok = new Acceptors.Polled(json("{}"), 200, null);
    var status404 = new WaiterSpec.Acceptor("retry", "status", null, IntNode.valueOf(404));
    assertTrue(Acceptors.matches(status404, missing));
    assertFalse(Acceptors.matches(status404, ok));
    var anyError = new WaiterSpec.Acceptor("success", "error", null, BooleanNode.TRUE);
    assertTrue(Acceptors.matches(anyError, missing));
    assertFalse(Acceptors.matches(anyError, ok));
    var code = new WaiterSpec.Acceptor("retry", "error", null, TextNode.valueOf("404"));
    assertTrue(Acceptors.matches(code, missing));
  }

  @Test
  void explanationsAsBotocoreWordsThem() {
    // CLI v2 2.9.19 against moto, exact; "excepted" (sic) is botocore 1.29's word for pathAll.
    assertEquals(
        "For expression \"" + STATES + "\" we matched expected path: \"terminated\" at least once",
        Acceptors.explanation(path("pathAny", "failure", "terminated")));
    assertEquals(
        "For expression \"" + STATES + "\" all members matched excepted path: \"running\"",
        Acceptors.explanation(path("pathAll", "success", "running")));
    assertEquals(
        "Matched expected HTTP status code: 404",
        Acceptors.explanation(
            new WaiterSpec.Acceptor("retry", "status", null, IntNode.valueOf(404))));
  }
}
