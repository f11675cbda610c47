package dev.vpclab.cli.format;

import static dev.vpclab.cli.python.PythonRepr.str;
import static dev.vpclab.cli.python.PythonValues.CODE_POINT_ORDER;
import static dev.vpclab.cli.python.PythonValues.isScalar;
import static dev.vpclab.cli.python.PythonValues.typeName;
import static dev.vpclab.cli.python.PythonValues.upper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.python.PythonRepr;
import dev.vpclab.cli.python.PythonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code --output text}: a port of the CLI's {@code text.py}. Each dict becomes one tab-separated
 * line of its scalar values in key order, led by the upper-cased key it was found under; its lists
 * and dicts follow on their own lines. The dicts of one list share a column set: the union of their
 * scalar keys, blank where a dict lacks one. A bare scalar prints as Python's {@code str()} ({@code
 * None}, {@code True}, {@code 1.0}); a bare list of scalars as one tab-separated line.
 */
public final class TextOutput {
  private final StringBuilder out = new StringBuilder();

  private TextOutput() {}

  /** What {@code --output text} prints for a (single-page) response, after {@code --query}. */
  public static Rendering format(JsonNode response) {
    TextOutput text = new TextOutput();
    try {
      text.item(response, null, null);
      return new Rendering.Printed(text.out.toString());
    } catch (PythonError e) {
      return new Rendering.Failed(text.out.toString(), e.getMessage());
    }
  }

  private void item(JsonNode item, String identifier, List<String> scalarKeys) {
    if (item.isObject()) {
      dict(item, identifier, scalarKeys);
    } else if (item.isArray()) {
      list(item, identifier);
    } else {
      out.append(str(item)).append('\n');
    }
  }

  private void list(JsonNode list, String identifier) {
    if (list.isEmpty()) {
      return;
    }
    List<JsonNode> elements = new ArrayList<>();
    list.forEach(elements::add);
    if (elements.stream().anyMatch(JsonNode::isObject)) {
      List<String> allKeys = allScalarKeys(elements);
      for (JsonNode element : elements) {
        item(element, identifier, allKeys);
      }
    } else if (elements.stream().anyMatch(JsonNode::isArray)) {
      List<JsonNode> scalars = elements.stream().filter(PythonValues::isScalar).toList();
      if (!scalars.isEmpty()) {
        scalarList(scalars, identifier);
      }
      for (JsonNode nonScalar : elements.stream().filter(e -> !isScalar(e)).toList()) {
        item(nonScalar, identifier, null);
      }
    } else {
      scalarList(elements, identifier);
    }
  }

  private void scalarList(List<JsonNode> elements, String identifier) {
    if (identifier != null) {
      for (JsonNode element : elements) {
        out.append(upper(identifier)).append('\t').append(str(element)).append('\n');
      }
    } else {
      out.append(String.join("\t", elements.stream().map(PythonRepr::str).toList()));
      out.append('\n');
    }
  }

  private void dict(JsonNode dict, String identifier, List<String> scalarKeys) {
    List<String> scalars = new ArrayList<>();
    Map<String, JsonNode> nonScalars = new TreeMap<>(CODE_POINT_ORDER);
    if (scalarKeys == null) {
      for (Map.Entry<String, JsonNode> entry : sortedEntries(dict)) {
        if (isScalar(entry.getValue())) {
          scalars.add(str(entry.getValue()));
        } else {
          nonScalars.put(entry.getKey(), entry.getValue());
        }
      }
    } else {
      for (String key : scalarKeys) {
        scalars.add(dict.has(key) ? str(dict.get(key)) : "");
      }
      for (Map.Entry<String, JsonNode> entry : dict.properties()) {
        if (!scalarKeys.contains(entry.getKey())) {
          nonScalars.put(entry.getKey(), entry.getValue());
        }
      }
    }
    if (!scalars.isEmpty()) {
      if (identifier != null) {
        scalars.add(0, upper(identifier));
      }
      out.append(String.join("\t", scalars)).append('\n');
    }
    nonScalars.forEach((key, value) -> item(value, key, null));
  }

  /** The sorted union of the keys with a scalar value in any of the dicts. */
  private static List<String> allScalarKeys(List<JsonNode> dicts) {
    TreeSet<String> keys = new TreeSet<>(CODE_POINT_ORDER);
    for (JsonNode dict : dicts) {
      if (!dict.isObject()) {
        throw PythonError.noAttribute(typeName(dict), "items");
      }
      for (Map.Entry<String, JsonNode> entry : dict.properties()) {
        if (isScalar(entry.getValue())) {
          keys.add(entry.getKey());
        }
      }
    }
    return List.copyOf(keys);
  }

  private static List<Map.Entry<String, JsonNode>> sortedEntries(JsonNode dict) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(dict.properties());
    entries.sort(Map.Entry.comparingByKey(CODE_POINT_ORDER));
    return entries;
  }
}
