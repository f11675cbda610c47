package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.python.PythonJson;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * botocore's {@code ArgumentGenerator}: the sample value of a shape that {@code
 * --generate-cli-skeleton} prints. Strings are empty (or, for output, the member's name), numbers
 * 0, booleans true, lists one element, maps one {@code KeyName}, timestamps 1970-01-01T00:00:00; a
 * structure met again inside itself is {@code {}}.
 *
 * <p>For an enum string the input skeleton shows the first allowed value, as CLI v2 does. CLI v1's
 * botocore picks one at random each run; vpclab keeps the output reproducible instead.
 */
final class Skeleton {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ServiceSpec service;
  private final boolean useMemberNames;
  private final Deque<String> stack = new ArrayDeque<>();

  private Skeleton(ServiceSpec service, boolean useMemberNames) {
    this.service = service;
    this.useMemberNames = useMemberNames;
  }

  /** What {@code --generate-cli-skeleton input} prints, with its final newline. */
  static String input(ServiceSpec service, Shape input) {
    JsonNode skeleton =
        input == null ? NODES.objectNode() : new Skeleton(service, false).generate(input, "");
    return PythonJson.dumps(skeleton, true) + "\n";
  }

  /** The fake response {@code --generate-cli-skeleton output} formats like a real one. */
  static ObjectNode output(ServiceSpec service, Shape output) {
    if (output == null) {
      return NODES.objectNode();
    }
    return (ObjectNode) new Skeleton(service, true).generate(output, "");
  }

  private JsonNode generate(Shape shape, String name) {
    stack.push(shape.name());
    try {
      return switch (shape.type()) {
        case STRUCTURE -> structure(shape);
        case LIST -> {
          Shape member = service.shape(shape.memberShape());
          ArrayNode list = NODES.arrayNode();
          list.add(generate(member, useMemberNames ? member.name() : ""));
          yield list;
        }
        case MAP -> {
          ObjectNode map = NODES.objectNode();
          map.set("KeyName", generate(service.shape(shape.valueShape()), ""));
          yield map;
        }
        case STRING -> {
          if (useMemberNames) {
            yield NODES.textNode(name);
          }
          yield NODES.textNode(shape.enumValues().isEmpty() ? "" : shape.enumValues().get(0));
        }
        case INTEGER, LONG -> NODES.numberNode(0);
        case FLOAT, DOUBLE -> NODES.numberNode(0.0);
        case BOOLEAN -> NODES.booleanNode(true);
        case TIMESTAMP -> NODES.textNode("1970-01-01T00:00:00");
        case BLOB -> NODES.nullNode();
      };
    } finally {
      stack.pop();
    }
  }

  private JsonNode structure(Shape shape) {
    ObjectNode skeleton = NODES.objectNode();
    long seen = stack.stream().filter(shape.name()::equals).count();
    if (seen > 1) {
      return skeleton;
    }
    for (Shape.Member member : shape.members().values()) {
      skeleton.set(member.name(), generate(service.shape(member.shape()), member.name()));
    }
    return skeleton;
  }
}
