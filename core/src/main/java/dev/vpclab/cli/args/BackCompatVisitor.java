package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.python.PythonValues;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code awscli/shorthand.py}'s {@code BackCompatVisitor}: types what the shorthand parser read as
 * text by the model (integers, floats, booleans) and wraps a lone value where the model wants a
 * list ({@code Values=vpc-1} becomes {@code ["vpc-1"]}). It edits the parsed value in place; like
 * the Python, it never replaces the top-level value itself.
 */
final class BackCompatVisitor {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ServiceSpec service;

  BackCompatVisitor(ServiceSpec service) {
    this.service = service;
  }

  /**
   * Where a value sits, so the visitor can replace it: a key of an object or an index of a list.
   */
  private interface Slot {
    void set(JsonNode value);
  }

  private static final Slot NOWHERE = value -> {};

  void visit(JsonNode params, Shape model) throws PyNumbers.PyError {
    visit(NOWHERE, model, params);
  }

  private void visit(Slot slot, Shape shape, JsonNode value) throws PyNumbers.PyError {
    switch (shape.type()) {
      case STRUCTURE -> visitStructure(shape, value);
      case LIST -> visitList(slot, shape, value);
      case MAP -> visitMap(shape, value);
      default -> visitScalar(slot, shape, value);
    }
  }

  private void visitStructure(Shape shape, JsonNode value) throws PyNumbers.PyError {
    if (!(value instanceof ObjectNode obj)) {
      return;
    }
    for (Map.Entry<String, Shape.Member> member : shape.members().entrySet()) {
      String name = member.getKey();
      visit(v -> obj.set(name, v), service.shape(member.getValue().shape()), obj.get(name));
    }
  }

  private void visitList(Slot slot, Shape shape, JsonNode value) throws PyNumbers.PyError {
    if (!(value instanceof ArrayNode list)) {
      if (value != null) {
        slot.set(NODES.arrayNode().add(value));
      }
      return;
    }
    Shape member = service.shape(shape.memberShape());
    for (int i = 0; i < list.size(); i++) {
      int at = i;
      visit(v -> list.set(at, v), member, list.get(i));
    }
  }

  private void visitMap(Shape shape, JsonNode value) throws PyNumbers.PyError {
    if (!(value instanceof ObjectNode obj)) {
      return;
    }
    Shape valueShape = service.shape(shape.valueShape());
    List<String> keys = new ArrayList<>();
    obj.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      visit(v -> obj.set(key, v), valueShape, obj.get(key));
    }
  }

  private void visitScalar(Slot slot, Shape shape, JsonNode value) throws PyNumbers.PyError {
    if (value == null) {
      return;
    }
    switch (shape.type()) {
      case INTEGER, LONG -> slot.set(PyJson.intNode(PyNumbers.toInt(value)));
      case FLOAT, DOUBLE -> slot.set(NODES.numberNode(PyNumbers.toFloat(value)));
      case BOOLEAN -> {
        if (!value.isTextual()) {
          throw new PyNumbers.PyError(
              "'" + PythonValues.typeName(value) + "' object has no attribute 'lower'");
        }
        String lower = value.textValue().toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("true")) {
          slot.set(NODES.booleanNode(true));
        } else if (lower.equals("false")) {
          slot.set(NODES.booleanNode(false));
        }
      }
      default -> {}
    }
  }
}
