package dev.vpclab.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.outcome.Part;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A describe or list response as a table for a notebook: one row per item of its list ({@code
 * Vpcs}, {@code Subnets}, {@code Reservations[].Instances}), the Name tag first, then the item's
 * scalar fields in the order the response gives them. Responses of another shape have no table.
 */
public final class ResponseTable {
  /** Beyond this many columns a table stops helping; the JSON tree beside it has the rest. */
  private static final int MAX_COLUMNS = 10;

  private ResponseTable() {}

  public static Optional<Part.Table> of(JsonNode response) {
    Optional<Map.Entry<String, JsonNode>> list = onlyList(response);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    String title = list.get().getKey();
    List<JsonNode> items = items(list.get().getValue());
    if (items.isEmpty() || !items.stream().allMatch(JsonNode::isObject)) {
      return Optional.empty();
    }
    boolean named = items.stream().anyMatch(i -> name(i).isPresent());
    Set<String> keys = new LinkedHashSet<>();
    items.forEach(
        i ->
            i.properties()
                .forEach(
                    e -> {
                      if (e.getValue().isValueNode()) {
                        keys.add(e.getKey());
                      }
                    }));
    var ordered = new ArrayList<>(keys);
    ordered.sort(java.util.Comparator.comparingInt(ResponseTable::rank));
    var columns = ordered.subList(0, Math.min(ordered.size(), MAX_COLUMNS - (named ? 1 : 0)));
    var headers = new ArrayList<String>();
    if (named) {
      headers.add("Name");
    }
    headers.addAll(columns);
    var rows = new ArrayList<List<String>>();
    for (JsonNode item : items) {
      var row = new ArrayList<String>();
      if (named) {
        row.add(name(item).orElse(""));
      }
      for (String key : columns) {
        JsonNode value = item.get(key);
        row.add(value == null || value.isNull() ? "" : value.asText());
      }
      rows.add(row);
    }
    return Optional.of(new Part.Table(title, headers, rows));
  }

  /** The response's one list member, when it has exactly one (NextToken and the like aside). */
  private static Optional<Map.Entry<String, JsonNode>> onlyList(JsonNode response) {
    if (response == null || !response.isObject()) {
      return Optional.empty();
    }
    var lists = new ArrayList<Map.Entry<String, JsonNode>>();
    response
        .properties()
        .forEach(
            e -> {
              if (e.getValue().isArray()) {
                lists.add(e);
              }
            });
    return lists.size() == 1 ? Optional.of(lists.get(0)) : Optional.empty();
  }

  /** The items, one level flattened where each holds one list of objects (Reservations). */
  private static List<JsonNode> items(JsonNode list) {
    var out = new ArrayList<JsonNode>();
    for (JsonNode item : list) {
      var inner = new ArrayList<JsonNode>();
      item.properties()
          .forEach(
              e -> {
                if (e.getValue().isArray()
                    && e.getValue().size() > 0
                    && e.getValue().get(0).isObject()) {
                  inner.add(e.getValue());
                }
              });
      if (inner.size() == 1 && scalars(item) <= 2) {
        inner.get(0).forEach(out::add);
      } else {
        out.add(item);
      }
    }
    return out;
  }

  /** IDs first, then addresses, states, types and places; the rest after, as given. */
  private static int rank(String key) {
    if (key.endsWith("Id") && !key.equals("OwnerId")) {
      return 0;
    }
    for (String word : List.of("Cidr", "IpAddress", "State", "Type", "Zone", "Name")) {
      if (key.contains(word)) {
        return 1;
      }
    }
    return 2;
  }

  private static long scalars(JsonNode item) {
    var count = new long[1];
    item.properties()
        .forEach(
            e -> {
              if (e.getValue().isValueNode()) {
                count[0]++;
              }
            });
    return count[0];
  }

  private static Optional<String> name(JsonNode item) {
    for (JsonNode tag : item.path("Tags")) {
      if (tag.path("Key").asText().equals("Name")) {
        return Optional.of(tag.path("Value").asText());
      }
    }
    return Optional.empty();
  }
}
