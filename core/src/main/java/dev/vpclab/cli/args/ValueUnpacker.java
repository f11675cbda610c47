package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vpclab.cli.python.PythonRepr;
import dev.vpclab.cli.python.PythonValues;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.nio.charset.StandardCharsets;

/**
 * {@code awscli/argprocess.py}: turns an option's words into a typed value by its model shape:
 * shorthand syntax first (when the shape is complex enough and the value does not look like JSON),
 * then JSON, then scalars.
 */
final class ValueUnpacker {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ServiceSpec service;
  private final ParamFiles files;

  ValueUnpacker(ServiceSpec service, ParamFiles files) {
    this.service = service;
    this.files = files;
  }

  /**
   * {@code CLIArgument._unpack_argument}: the process-cli-arg hook (shorthand) then {@code
   * unpack_cli_arg}.
   */
  JsonNode unpack(Shape model, boolean streaming, String cliName, JsonNode value) throws Refusal {
    if (shouldParseAsShorthand(model, value)) {
      return parseAsShorthand(model, cliName, value);
    }
    return unpackCliArg(model, streaming, value, cliName);
  }

  private boolean shouldParseAsShorthand(Shape model, JsonNode value) {
    JsonNode check = value.isArray() && value.size() > 0 ? value.get(0) : value;
    if (check.isTextual()) {
      String stripped = PyNumbers.strip(check.textValue());
      if (stripped.startsWith("[") || stripped.startsWith("{")) {
        return false;
      }
    }
    return supportsShorthand(model);
  }

  boolean supportsShorthand(Shape model) {
    return switch (model.type()) {
      case STRUCTURE, MAP -> true;
      case LIST -> !service.shape(model.memberShape()).isScalar();
      default -> false;
    };
  }

  private JsonNode parseAsShorthand(Shape model, String cliName, JsonNode value) throws Refusal {
    BackCompatVisitor visitor = new BackCompatVisitor(service);
    try {
      if (model.type() == Shape.Type.STRUCTURE
          && model.members().size() == 1
          && model.members().containsKey("Value")
          && service.shape(model.members().get("Value").shape()).type() == Shape.Type.STRING) {
        if (value.isBinary()) {
          throw Refusal.general("a bytes-like object is required, not 'str'");
        }
        if (value.isTextual() && !value.textValue().contains("=")) {
          return NODES.objectNode().set("Value", value);
        }
      }
      if (value.isArray()) {
        ArrayNode parsed = NODES.arrayNode();
        for (JsonNode v : value) {
          parsed.add(ShorthandParser.parse(text(v)));
        }
        visitor.visit(parsed, model);
        return parsed;
      }
      JsonNode parsed = ShorthandParser.parse(text(value));
      visitor.visit(parsed, model);
      return parsed;
    } catch (ShorthandParser.ParseError e) {
      throw Refusal.param(cliName, e.getMessage());
    } catch (PyNumbers.PyError e) {
      throw Refusal.general(e.getMessage());
    }
  }

  /** fileb:// content reaches the parsers as bytes; read it as Latin-1 text rather than fail. */
  private static String text(JsonNode value) {
    if (value.isBinary()) {
      return new String(PythonValues.bytes(value), StandardCharsets.ISO_8859_1);
    }
    return PythonRepr.str(value);
  }

  JsonNode unpackCliArg(Shape model, boolean streaming, JsonNode value, String cliName)
      throws Refusal {
    if (model.isScalar()) {
      return unpackScalar(model, streaming, value, cliName);
    }
    return unpackComplex(model, value, cliName);
  }

  private JsonNode unpackJson(JsonNode value, String cliName) throws Refusal {
    String text = text(value);
    try {
      return PyJson.loads(text);
    } catch (PyJson.DecodeError e) {
      throw Refusal.param(cliName, "Invalid JSON: " + e.getMessage() + "\nJSON received: " + text);
    }
  }

  private JsonNode unpackComplex(Shape model, JsonNode value, String cliName) throws Refusal {
    if (model.type() == Shape.Type.STRUCTURE || model.type() == Shape.Type.MAP) {
      String stripped = lstrip(text(value));
      if (stripped.isEmpty()) {
        throw Refusal.general("string index out of range");
      }
      if (stripped.startsWith("{")) {
        return unpackJson(value, cliName);
      }
      throw Refusal.param(cliName, "Invalid JSON:\n" + text(value));
    }
    // list
    if (value.isTextual() || value.isBinary()) {
      String stripped = lstrip(text(value));
      if (stripped.isEmpty()) {
        throw Refusal.general("string index out of range");
      }
      if (stripped.startsWith("[")) {
        return unpackJson(value, cliName);
      }
    } else if (value.isArray() && value.size() == 1) {
      String single = PyNumbers.strip(text(value.get(0)));
      if (!single.isEmpty() && single.startsWith("[")) {
        return unpackJson(value.get(0), cliName);
      }
    }
    Shape member = service.shape(model.memberShape());
    ArrayNode out = NODES.arrayNode();
    try {
      for (JsonNode v : iterate(value)) {
        out.add(unpackCliArg(member, false, v, cliName));
      }
    } catch (Refusal r) {
      if (r.error.kind() == UsageError.Kind.GENERAL && isValueOrTypeError(r)) {
        throw Refusal.param(cliName, firstElement(value));
      }
      throw r;
    }
    return out;
  }

  private static boolean isValueOrTypeError(Refusal r) {
    String m = r.error.message();
    return m.startsWith("invalid literal for int()")
        || m.startsWith("could not convert string to float")
        || m.startsWith("int() argument")
        || m.startsWith("float() argument");
  }

  /** {@code value[0]} as the CLI prints it in {@code ParamError(cli_name, value[0])}. */
  private static String firstElement(JsonNode value) {
    if (value.isArray()) {
      return value.size() == 0 ? "" : PythonRepr.str(value.get(0));
    }
    String s = text(value);
    return s.isEmpty() ? "" : s.substring(0, s.offsetByCodePoints(0, 1));
  }

  /** Python iterates a list by element and a str by character. */
  private static Iterable<JsonNode> iterate(JsonNode value) {
    if (value.isArray()) {
      return value;
    }
    ArrayNode chars = NODES.arrayNode();
    text(value).codePoints().forEach(c -> chars.add(new String(Character.toChars(c))));
    return chars;
  }

  private JsonNode unpackScalar(Shape model, boolean streaming, JsonNode value, String cliName)
      throws Refusal {
    try {
      switch (model.type()) {
        case INTEGER, LONG:
          return PyJson.intNode(PyNumbers.toInt(value));
        case FLOAT, DOUBLE:
          return NODES.numberNode(PyNumbers.toFloat(value));
        case BLOB:
          if (streaming) {
            String path = ParamFile.expand(text(value), files);
            ParamFiles.Read read = files.read(path);
            if (read instanceof ParamFiles.Content content) {
              return NODES.binaryNode(content.bytes());
            }
            throw Refusal.param(cliName, "Blob values must be a path to a file.");
          }
          return value;
        case BOOLEAN:
          if (value.isTextual() && value.textValue().equalsIgnoreCase("false")) {
            return NODES.booleanNode(false);
          }
          return NODES.booleanNode(PythonValues.truthy(value));
        default:
          return value;
      }
    } catch (PyNumbers.PyError e) {
      throw Refusal.general(e.getMessage());
    }
  }

  private static String lstrip(String s) {
    int i = 0;
    while (i < s.length() && ShorthandParser.isPySpace(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return s.substring(i);
  }
}
