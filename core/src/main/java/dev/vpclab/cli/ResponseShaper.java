package dev.vpclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Turns a handler's response into what the real CLI would print: keys in service-model order (the
 * order botocore's parser builds them in), nulls dropped, timestamps in the form each CLI version
 * shows them. A key the model does not have is a vpclab bug and fails loudly.
 */
public final class ResponseShaper {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final DateTimeFormatter WITH_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter WITHOUT_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter ISO_8601 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  /**
   * Keys a botocore handler sets on the parsed response even when their value is None, so the CLI
   * prints them as null: {@code parse_get_bucket_location} gives us-east-1 buckets {@code
   * "LocationConstraint": null}.
   */
  private static final Map<String, String> ALWAYS_SET =
      Map.of("GetBucketLocation", "LocationConstraint");

  private ResponseShaper() {}

  /** The response as the CLI prints it; an operation without an output shape prints {}. */
  public static ObjectNode shape(ObjectNode response, OperationSpec operation, CliVersion version) {
    if (operation.output().isEmpty()) {
      return JSON.objectNode();
    }
    var walker = new Walker(operation.service(), version);
    ObjectNode out =
        (ObjectNode) walker.value(response, operation.output().get(), operation.name());
    String alwaysSet = ALWAYS_SET.get(operation.name());
    if (alwaysSet != null && !out.has(alwaysSet)) {
      out.putNull(alwaysSet);
    }
    return out;
  }

  private record Walker(ServiceSpec service, CliVersion version) {

    JsonNode value(JsonNode node, Shape shape, String path) {
      return switch (shape.type()) {
        case STRUCTURE -> structure(node, shape, path);
        case LIST -> list(node, shape, path);
        case MAP -> map(node, shape, path);
        case TIMESTAMP -> timestamp(node, path);
        default -> node;
      };
    }

    private JsonNode structure(JsonNode node, Shape shape, String path) {
      if (!node.isObject()) {
        throw new IllegalStateException(path + " should be an object in " + service.cliName());
      }
      node.fieldNames()
          .forEachRemaining(
              name -> {
                if (!shape.members().containsKey(name)) {
                  throw new IllegalStateException(
                      path + "." + name + " is not in the " + shape.name() + " model");
                }
              });
      ObjectNode out = JSON.objectNode();
      for (Shape.Member member : shape.members().values()) {
        JsonNode value = node.get(member.name());
        if (value != null && !value.isNull()) {
          out.set(
              member.name(),
              value(value, service.shape(member.shape()), path + "." + member.name()));
        }
      }
      return out;
    }

    private JsonNode list(JsonNode node, Shape shape, String path) {
      if (!node.isArray()) {
        throw new IllegalStateException(path + " should be a list");
      }
      ArrayNode out = JSON.arrayNode();
      Shape member = service.shape(shape.memberShape());
      int i = 0;
      for (JsonNode element : node) {
        out.add(value(element, member, path + "[" + i++ + "]"));
      }
      return out;
    }

    private JsonNode map(JsonNode node, Shape shape, String path) {
      ObjectNode out = JSON.objectNode();
      Shape valueShape = service.shape(shape.valueShape());
      node.properties()
          .forEach(
              e -> out.set(e.getKey(), value(e.getValue(), valueShape, path + "." + e.getKey())));
      return out;
    }

    /**
     * CLI v2 prints ISO 8601 with an offset; CLI v1 prints what the service sent: EC2 and S3 send
     * milliseconds, IAM and STS whole seconds, JSON-protocol services epoch seconds (aws-facts.md
     * section 10).
     */
    private JsonNode timestamp(JsonNode node, String path) {
      Instant instant;
      try {
        instant = Instant.parse(node.asText());
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalStateException(path + " is not a timestamp: " + node);
      }
      if (version == CliVersion.V2) {
        return TextNode.valueOf(ISO_8601.format(instant));
      }
      return switch (service.protocol()) {
        case "json" ->
            DecimalNode.valueOf(
                BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3).stripTrailingZeros());
        case "query" -> TextNode.valueOf(WITHOUT_MILLIS.format(instant));
        default -> TextNode.valueOf(WITH_MILLIS.format(instant));
      };
    }
  }
}
