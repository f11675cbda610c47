package dev.vpclab.cli.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A service as the real CLI knows it, loaded from the botocore model subset in {@code
 * dev/vpclab/cli/models} (see tools/extract_models.py). Immutable once loaded, so one instance is
 * shared by every session.
 */
public final class ServiceSpec {
  private final String cliName;
  private final String serviceFullName;
  private final String protocol;
  private final String endpointPrefix;
  private final Map<String, Shape> shapes;
  private final Map<String, OperationSpec> operationsByCliName;
  private final SortedSet<String> allOperationCliNames;
  private final Map<String, WaiterSpec> waitersByCliName;
  private final Map<String, List<String>> waiterCliNames;

  private ServiceSpec(String cliName, JsonNode model) {
    this.cliName = cliName;
    this.serviceFullName = model.path("metadata").path("serviceFullName").asText(cliName);
    this.protocol = model.path("metadata").path("protocol").asText();
    this.endpointPrefix = model.path("metadata").path("endpointPrefix").asText(cliName);
    this.shapes = Collections.unmodifiableMap(readShapes(model.path("shapes")));
    var ops = new LinkedHashMap<String, OperationSpec>();
    model
        .path("operations")
        .properties()
        .forEach(
            e -> {
              var op = readOperation(e.getValue(), model.path("paginators").path(e.getKey()));
              ops.put(op.cliName(), op);
            });
    this.operationsByCliName = Collections.unmodifiableMap(ops);
    var all = new TreeSet<String>();
    model.path("allOperations").forEach(n -> all.add(CliNames.of(n.asText())));
    this.allOperationCliNames = Collections.unmodifiableSortedSet(all);
    var waiters = new LinkedHashMap<String, WaiterSpec>();
    model
        .path("waiters")
        .properties()
        .forEach(
            e -> waiters.put(CliNames.of(e.getKey()), WaiterSpec.read(e.getKey(), e.getValue())));
    this.waitersByCliName = Collections.unmodifiableMap(waiters);
    var names = new LinkedHashMap<String, List<String>>();
    model
        .path("waiterNames")
        .properties()
        .forEach(e -> names.put(e.getKey(), strings(e.getValue())));
    this.waiterCliNames = Collections.unmodifiableMap(names);
  }

  /** A waiter vpclab can run (its operation is simulated), by its CLI name. */
  public Optional<WaiterSpec> waiter(String cliName) {
    return Optional.ofNullable(waitersByCliName.get(cliName));
  }

  /**
   * Every waiter name the real CLI offers under {@code aws <service> wait}, in the order its
   * invalid-choice message lists them; {@code cliVersion} is {@code v1} or {@code v2}.
   */
  public List<String> waiterCliNames(String cliVersion) {
    return waiterCliNames.getOrDefault(cliVersion, List.of());
  }

  /** Loads {@code models/<cliName>.json} from the class path. */
  public static ServiceSpec load(String cliName) {
    String resource = "/dev/vpclab/cli/models/" + cliName + ".json";
    try (InputStream in = ServiceSpec.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no model for service " + cliName);
      }
      return new ServiceSpec(cliName, new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String cliName() {
    return cliName;
  }

  public String serviceFullName() {
    return serviceFullName;
  }

  /** botocore's protocol: {@code ec2}, {@code query}, {@code rest-xml}, {@code json}. */
  public String protocol() {
    return protocol;
  }

  /** The service's endpoint prefix ({@code s3} for s3api), which names the CLI's events. */
  public String endpointPrefix() {
    return endpointPrefix;
  }

  public Optional<OperationSpec> operation(String cliName) {
    return Optional.ofNullable(operationsByCliName.get(cliName));
  }

  /** A simulated operation by its model name ({@code ListObjectsV2}, a waiter's operation). */
  public Optional<OperationSpec> operationNamed(String modelName) {
    return operationsByCliName.values().stream()
        .filter(op -> op.name().equals(modelName))
        .findFirst();
  }

  /** The operations vpclab simulates, in model order. */
  public List<OperationSpec> operations() {
    return List.copyOf(operationsByCliName.values());
  }

  /** Every operation the real CLI has for this service, simulated or not. */
  public SortedSet<String> allOperationCliNames() {
    return allOperationCliNames;
  }

  public Shape shape(String name) {
    Shape shape = shapes.get(name);
    if (shape == null) {
      throw new IllegalArgumentException("no shape " + name + " in " + cliName);
    }
    return shape;
  }

  private static Map<String, Shape> readShapes(JsonNode node) {
    var result = new LinkedHashMap<String, Shape>();
    node.properties().forEach(e -> result.put(e.getKey(), readShape(e.getKey(), e.getValue())));
    return result;
  }

  private static Shape readShape(String name, JsonNode node) {
    var members = new LinkedHashMap<String, Shape.Member>();
    node.path("members")
        .properties()
        .forEach(
            e ->
                members.put(
                    e.getKey(),
                    new Shape.Member(
                        e.getKey(),
                        e.getValue().path("shape").asText(),
                        textOrNull(e.getValue().path("documentation")),
                        e.getValue().path("deprecated").asBoolean(false),
                        e.getValue().path("idempotencyToken").asBoolean(false),
                        e.getValue().path("streaming").asBoolean(false))));
    return new Shape(
        name,
        Shape.Type.of(node.path("type").asText()),
        Collections.unmodifiableMap(members),
        new LinkedHashSet<>(strings(node.path("required"))),
        strings(node.path("enum")),
        textOrNull(node.path("member").path("shape")),
        textOrNull(node.path("key").path("shape")),
        textOrNull(node.path("value").path("shape")),
        textOrNull(node.path("documentation")),
        node.path("min").isNumber() ? Optional.of(node.path("min").asLong()) : Optional.empty(),
        Optional.ofNullable(textOrNull(node.path("payload"))));
  }

  private OperationSpec readOperation(JsonNode node, JsonNode paginator) {
    Optional<OperationSpec.Paginator> pages =
        paginator.isMissingNode()
            ? Optional.empty()
            : Optional.of(
                new OperationSpec.Paginator(
                    stringOrList(paginator.path("input_token")),
                    stringOrList(paginator.path("output_token")),
                    Optional.ofNullable(textOrNull(paginator.path("limit_key"))),
                    stringOrList(paginator.path("result_key"))));
    return new OperationSpec(
        this,
        node.path("name").asText(),
        Optional.ofNullable(textOrNull(node.path("input").path("shape"))).map(shapes::get),
        Optional.ofNullable(textOrNull(node.path("output").path("shape"))).map(shapes::get),
        node.path("documentation").asText(""),
        pages);
  }

  private static List<String> strings(JsonNode array) {
    var out = new ArrayList<String>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> stringOrList(JsonNode node) {
    return node.isArray() ? strings(node) : node.isTextual() ? List.of(node.asText()) : List.of();
  }

  private static String textOrNull(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }
}
