package dev.vpclab.cli.format;

import static dev.vpclab.cli.python.PythonRepr.str;
import static dev.vpclab.cli.python.PythonValues.CODE_POINT_ORDER;
import static dev.vpclab.cli.python.PythonValues.isScalar;
import static dev.vpclab.cli.python.PythonValues.truthy;
import static dev.vpclab.cli.python.PythonValues.typeName;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code --output table}: a port of the CLI's TableFormatter, which walks a response into the
 * sections of a {@link MultiTable}. The operation name is the first title. A dict gives one row of
 * its scalar values under a header of their keys (a lone scalar gives a {@code key | value} row)
 * and a nested section, titled with the key, for each list or dict value. A list of dicts gives one
 * header and a row per dict, repeated per dict when they have nested values. Falsy values ({@code
 * null}, {@code false}, {@code 0}, {@code ""}, {@code []}, {@code {}}) print nothing, and a truthy
 * scalar prints only the title.
 *
 * <p>Only a {@code --query} result can trip the CLI's code (rows of different lengths, a list
 * mixing dicts and strings); those fail with Python's message, as the real CLI does.
 */
public final class TableOutput {
  private final MultiTable table = new MultiTable();

  private TableOutput() {}

  /** What {@code --output table} prints for a response (after {@code --query}). */
  public static Rendering format(JsonNode response, String operationName, Display display) {
    TableOutput output = new TableOutput();
    try {
      if (!output.build(operationName, response, 0)) {
        return new Rendering.Printed("");
      }
      return new Rendering.Printed(output.table.render(display));
    } catch (PythonError e) {
      return new Rendering.Failed("", e.getMessage());
    }
  }

  /** {@code _build_table}; a {@code null} title adds to the current section. */
  private boolean build(String title, JsonNode current, int indentLevel) {
    if (!truthy(current)) {
      return false;
    }
    if (title != null) {
      table.newSection(title, indentLevel);
    }
    if (current.isArray()) {
      if (current.get(0).isObject()) {
        subTableFromList(current, indentLevel, title);
      } else {
        for (JsonNode item : current) {
          if (isScalar(item)) {
            table.addRow(List.of(str(item)));
          } else if (item.isObject()) {
            // Python's all(...) over a dict sees its keys, all scalars: the row is the keys.
            List<String> keys = new ArrayList<>();
            item.fieldNames().forEachRemaining(keys::add);
            table.addRow(keys);
          } else if (allScalar(item)) {
            table.addRow(strings(item));
          } else {
            build(null, item, 0);
          }
        }
      }
    }
    if (current.isObject()) {
      subTableFromDict(current, indentLevel);
    }
    return true;
  }

  private void subTableFromDict(JsonNode dict, int indentLevel) {
    Keys keys = Keys.of(List.of(dict));
    if (keys.scalar().size() == 1) {
      String key = keys.scalar().get(0);
      table.addRow(List.of(key, str(dict.get(key))));
    } else if (!keys.scalar().isEmpty()) {
      table.addRowHeader(keys.scalar());
      table.addRow(keys.scalar().stream().map(k -> str(dict.get(k))).toList());
    }
    for (String key : keys.nonScalar()) {
      build(key, dict.get(key), indentLevel + 1);
    }
  }

  private void subTableFromList(JsonNode list, int indentLevel, String title) {
    List<JsonNode> elements = new ArrayList<>();
    list.forEach(elements::add);
    Keys keys = Keys.of(elements);
    keys.failOnIntKeys(elements);
    table.addRowHeader(keys.scalar());
    boolean first = true;
    for (JsonNode element : elements) {
      if (!first && !keys.nonScalar().isEmpty()) {
        table.newSection(title, indentLevel);
        table.addRowHeader(keys.scalar());
      }
      first = false;
      table.addRow(keys.scalar().stream().map(header -> cell(element, header)).toList());
      for (String key : keys.nonScalar()) {
        if (contains(element, key)) {
          build(key, item(element, key), indentLevel + 1);
        }
      }
    }
  }

  /**
   * The sorted keys of some dicts, split by whether any of them holds a scalar or a list or dict
   * there ({@code _group_scalar_keys_from_list}). Python iterates each element as if it were a dict
   * ({@code for key in element: element[key]}), so a non-empty string fails, and a list fails
   * unless all its elements are valid indexes into itself: then its "keys" are ints, which {@code
   * intKey} records (the type name of one, and whether its value was a scalar).
   */
  private record Keys(List<String> scalar, List<String> nonScalar, IntKey intKey) {
    record IntKey(String typeName, boolean scalar) {}

    static Keys of(List<JsonNode> elements) {
      TreeSet<String> scalar = new TreeSet<>(CODE_POINT_ORDER);
      TreeSet<String> nonScalar = new TreeSet<>(CODE_POINT_ORDER);
      IntKey intKey = null;
      for (JsonNode element : elements) {
        if (element.isObject()) {
          for (Map.Entry<String, JsonNode> entry : element.properties()) {
            (isScalar(entry.getValue()) ? scalar : nonScalar).add(entry.getKey());
          }
        } else if (element.isTextual()) {
          if (!element.textValue().isEmpty()) {
            throw new PythonError("string indices must be integers, not 'str'");
          }
        } else if (element.isArray()) {
          for (JsonNode index : element) {
            intKey = new IntKey(typeName(index), isScalar(element.get(listIndex(element, index))));
          }
        } else {
          throw new PythonError("'" + typeName(element) + "' object is not iterable");
        }
      }
      // Python now sorts both sets, and an int cannot be compared with a str.
      if (intKey != null && !(intKey.scalar() ? scalar : nonScalar).isEmpty()) {
        throw new PythonError(
            "'<' not supported between instances of 'str' and '" + intKey.typeName() + "'");
      }
      return new Keys(List.copyOf(scalar), List.copyOf(nonScalar), intKey);
    }

    /** Python's {@code list[index]}, as a Java index, or the error it raises. */
    private static int listIndex(JsonNode list, JsonNode index) {
      if (!(index.isIntegralNumber() || index.isBoolean())) {
        throw new PythonError("list indices must be integers or slices, not " + typeName(index));
      }
      if (index.isIntegralNumber() && !index.canConvertToLong()) {
        throw new PythonError("cannot fit 'int' into an index-sized integer");
      }
      long i = index.isBoolean() ? (index.booleanValue() ? 1 : 0) : index.longValue();
      if (i >= list.size() || i < -list.size()) {
        throw new PythonError("list index out of range");
      }
      return (int) (i < 0 ? i + list.size() : i);
    }

    /**
     * Where Python went on with int keys: it fails on the first non-dict row if there are headers,
     * else, we assume, when it draws an int as a header or title. We do not follow it further.
     */
    void failOnIntKeys(List<JsonNode> elements) {
      if (intKey == null) {
        return;
      }
      if (!scalar.isEmpty() || intKey.scalar()) {
        for (JsonNode element : elements) {
          if (!element.isObject()) {
            throw PythonError.noAttribute(typeName(element), "get");
          }
        }
      }
      throw new PythonError("can only concatenate str (not \"" + intKey.typeName() + "\") to str");
    }
  }

  /** {@code element.get(header, '')}, as a cell. */
  private static String cell(JsonNode element, String header) {
    if (!element.isObject()) {
      throw PythonError.noAttribute(typeName(element), "get");
    }
    return element.has(header) ? str(element.get(header)) : "";
  }

  /** Python's {@code key in element}. */
  private static boolean contains(JsonNode element, String key) {
    if (element.isObject()) {
      return element.has(key);
    }
    if (element.isTextual()) {
      return element.textValue().contains(key);
    }
    if (element.isArray()) {
      for (JsonNode member : element) {
        if (member.isTextual() && member.textValue().equals(key)) {
          return true;
        }
      }
      return false;
    }
    throw new PythonError("argument of type '" + typeName(element) + "' is not iterable");
  }

  /** Python's {@code element[key]}, once {@code key in element} held. */
  private static JsonNode item(JsonNode element, String key) {
    if (element.isObject()) {
      return element.get(key);
    }
    if (element.isTextual()) {
      throw new PythonError("string indices must be integers, not 'str'");
    }
    throw new PythonError("list indices must be integers or slices, not str");
  }

  private static boolean allScalar(JsonNode list) {
    for (JsonNode element : list) {
      if (!isScalar(element)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> strings(JsonNode list) {
    List<String> cells = new ArrayList<>();
    list.forEach(element -> cells.add(str(element)));
    return cells;
  }
}
