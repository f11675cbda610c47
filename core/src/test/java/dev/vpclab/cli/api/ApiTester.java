package dev.vpclab.cli.api;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.ResponseShaper;
import dev.vpclab.cli.Services;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.World;

/**
 * Calls simulated API operations directly, below the CLI's argument parsing: for handler tests.
 * Keeps the World between calls like a session does; responses come back shaped as the CLI (v2)
 * would print them, so a key outside the service model fails the test.
 */
public final class ApiTester {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Gateway gateway = new Gateway(Services.shared().handlers());
  private World world;
  private String region = "us-east-2";

  public ApiTester() {
    this(FreshAccount.create());
  }

  /** Starts from a given World, e.g. an account without default VPCs. */
  public ApiTester(World start) {
    this.world = start;
  }

  public ApiTester inRegion(String name) {
    this.region = name;
    return this;
  }

  public World world() {
    return world;
  }

  /**
   * Changes the model directly, for fixtures whose operations another group serves (subnets, NAT
   * gateways, instance profiles).
   */
  public <T extends dev.vpclab.model.Resource> T seed(T resource) {
    dev.vpclab.model.Tx tx = world.begin();
    tx.put(resource);
    world = tx.commit();
    return resource;
  }

  /**
   * Changes the world directly, for state no operation under test can make yet (e.g. an instance
   * while RunInstances lives elsewhere).
   */
  public ApiTester change(java.util.function.Consumer<dev.vpclab.model.Tx> change) {
    var tx = world.begin();
    change.accept(tx);
    world = tx.commit();
    return this;
  }

  /** Calls an operation; returns its shaped response, or fails the test with the AWS error. */
  public ObjectNode ok(String service, String operation, String paramsJson) {
    ApiResult result = call(service, operation, paramsJson);
    if (result instanceof ApiResult.Failure f) {
      fail(operation + " failed: (" + f.code() + ") " + f.message());
    }
    var success = (ApiResult.Success) result;
    var spec =
        Services.shared().spec(service).orElseThrow().operation(cliName(operation)).orElseThrow();
    return ResponseShaper.shape(success.response(), spec, CliVersion.V2);
  }

  /** Calls an operation that must fail; returns {@code CODE: message}. */
  public String error(String service, String operation, String paramsJson) {
    World before = world;
    ApiResult result = call(service, operation, paramsJson);
    if (result instanceof ApiResult.Failure f) {
      if (world != before) {
        fail("a failed call changed the world");
      }
      return f.code() + ": " + f.message();
    }
    fail(operation + " succeeded but should have failed");
    return null;
  }

  public ApiResult call(String service, String operation, String paramsJson) {
    var spec =
        Services.shared()
            .spec(service)
            .orElseThrow()
            .operation(cliName(operation))
            .orElseThrow(() -> new AssertionError("no operation " + operation));
    ObjectNode params;
    try {
      params = (ObjectNode) JSON.readTree(paramsJson.isBlank() ? "{}" : paramsJson);
    } catch (Exception e) {
      throw new AssertionError("bad test JSON: " + paramsJson, e);
    }
    ApiResult result = gateway.call(world, new Request(spec, params, region, Principal.admin()));
    if (result instanceof ApiResult.Success s) {
      world = s.world();
    }
    return result;
  }

  /** A value from a shaped response, by a simple dotted path such as {@code Vpc.VpcId}. */
  public static String at(JsonNode node, String path) {
    JsonNode current = node;
    for (String part : path.split("\\.")) {
      current = part.matches("\\d+") ? current.path(Integer.parseInt(part)) : current.path(part);
    }
    return current.asText();
  }

  private static String cliName(String operation) {
    return dev.vpclab.cli.spec.CliNames.of(operation);
  }
}
