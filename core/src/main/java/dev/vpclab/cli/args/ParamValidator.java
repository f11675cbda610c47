package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.python.PythonRepr;
import dev.vpclab.cli.python.PythonValues;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * botocore's {@code ParamValidator} (validate.py): checks a request against the input shape before
 * anything is sent, collecting every problem, in botocore's order and words: {@code Missing
 * required parameter in input: "VpcId"}, {@code Unknown parameter in Tags[0]: "Vlue", must be one
 * of: Key, Value}, {@code Invalid type for parameter ...}, {@code Invalid length for parameter
 * ...}.
 */
final class ParamValidator {
  private static final String DICT = "<class 'dict'>";
  private final ServiceSpec service;
  private final List<String> errors = new ArrayList<>();

  private ParamValidator(ServiceSpec service) {
    this.service = service;
  }

  /** The report botocore would raise, or empty when the params are valid. */
  static Optional<String> validate(ServiceSpec service, JsonNode params, Shape shape) {
    ParamValidator v = new ParamValidator(service);
    v.validate(params, shape, "");
    if (v.errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Parameter validation failed:\n" + String.join("\n", v.errors));
  }

  private static String name(String name) {
    if (name.isEmpty()) {
      return "input";
    }
    return name.startsWith(".") ? name.substring(1) : name;
  }

  private void invalidType(String name, JsonNode param, String validTypes) {
    errors.add(
        "Invalid type for parameter "
            + name(name)
            + ", value: "
            + PythonRepr.str(param)
            + ", type: "
            + PythonValues.typeRepr(param)
            + ", valid types: "
            + validTypes);
  }

  private void rangeCheck(String name, long value, Shape shape, boolean length) {
    if (shape.min().isPresent() && value < shape.min().get()) {
      errors.add(
          (length ? "Invalid length for parameter " : "Invalid value for parameter ")
              + name(name)
              + ", value: "
              + value
              + (length ? ", valid min length: " : ", valid min value: ")
              + shape.min().get());
    }
  }

  private void validate(JsonNode params, Shape shape, String name) {
    switch (shape.type()) {
      case STRUCTURE -> validateStructure(params, shape, name);
      case LIST -> validateList(params, shape, name);
      case MAP -> validateMap(params, shape, name);
      case STRING -> {
        if (!isStr(params)) {
          invalidType(name, params, "<class 'str'>");
        } else {
          String s = params.textValue();
          rangeCheck(name, s.codePointCount(0, s.length()), shape, true);
        }
      }
      case INTEGER, LONG -> {
        if (!isInt(params)) {
          invalidType(name, params, "<class 'int'>");
        } else {
          rangeCheck(name, params.asLong(), shape, false);
        }
      }
      case FLOAT, DOUBLE -> {
        if (!(isInt(params) || (params != null && params.isNumber()))) {
          invalidType(name, params, "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>");
        } else if (shape.min().isPresent() && params.asDouble() < shape.min().get()) {
          errors.add(
              "Invalid value for parameter "
                  + name(name)
                  + ", value: "
                  + PythonRepr.str(params)
                  + ", valid min value: "
                  + shape.min().get());
        }
      }
      case BOOLEAN -> {
        if (params == null || !params.isBoolean()) {
          invalidType(name, params, "<class 'bool'>");
        }
      }
      case BLOB -> {
        if (!(isStr(params) || (params != null && params.isBinary()))) {
          invalidType(name, params, "<class 'bytes'>, <class 'bytearray'>, file-like object");
        }
      }
      case TIMESTAMP -> {
        if (!Timestamps.accepted(params)) {
          invalidType(name, params, "<class 'datetime.datetime'>, timestamp-string");
        }
      }
    }
  }

  private static boolean isStr(JsonNode v) {
    return v != null && v.isTextual();
  }

  /** Python's isinstance(v, int): bools are ints. */
  private static boolean isInt(JsonNode v) {
    return v != null && (v.isIntegralNumber() || v.isBoolean());
  }

  private void validateStructure(JsonNode params, Shape shape, String name) {
    if (params == null || !params.isObject()) {
      invalidType(name, params, DICT);
      return;
    }
    for (String required : shape.required()) {
      if (!params.has(required)) {
        errors.add("Missing required parameter in " + name(name) + ": \"" + required + "\"");
      }
    }
    List<String> known = new ArrayList<>();
    Iterator<String> names = params.fieldNames();
    while (names.hasNext()) {
      String param = names.next();
      if (!shape.members().containsKey(param)) {
        errors.add(
            "Unknown parameter in "
                + name(name)
                + ": \""
                + param
                + "\", must be one of: "
                + String.join(", ", shape.members().keySet()));
      } else {
        known.add(param);
      }
    }
    for (String param : known) {
      validate(
          params.get(param), service.shape(shape.members().get(param).shape()), name + "." + param);
    }
  }

  private void validateList(JsonNode params, Shape shape, String name) {
    if (params == null || !params.isArray()) {
      invalidType(name, params, "<class 'list'>, <class 'tuple'>");
      return;
    }
    Shape member = service.shape(shape.memberShape());
    rangeCheck(name, params.size(), shape, true);
    for (int i = 0; i < params.size(); i++) {
      validate(params.get(i), member, name + "[" + i + "]");
    }
  }

  private void validateMap(JsonNode params, Shape shape, String name) {
    if (params == null || !params.isObject()) {
      invalidType(name, params, DICT);
      return;
    }
    Shape keyShape = service.shape(shape.keyShape());
    Shape valueShape = service.shape(shape.valueShape());
    Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
    while (fields.hasNext()) {
      var e = fields.next();
      validate(
          com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()),
          keyShape,
          name + " (key: " + e.getKey() + ")");
      validate(e.getValue(), valueShape, name + "." + e.getKey());
    }
  }
}
