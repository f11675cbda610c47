package dev.vpclab.iam.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The request context a policy's conditions and variables are evaluated against: condition keys
 * (e.g. {@code aws:SourceVpce}) with their values. A key the request does not carry is absent, not
 * empty; the difference decides negated operators, {@code …IfExists} and {@code Null}. Keys are
 * matched ignoring case (IAM user guide, "Condition element": "Condition key names are not case
 * sensitive").
 */
public record ContextKeys(Map<String, List<String>> byKey) {
  public static final ContextKeys NONE = new ContextKeys(Map.of());

  public ContextKeys {
    var copy = new LinkedHashMap<String, List<String>>();
    byKey.forEach((k, v) -> copy.put(normal(k), List.copyOf(v)));
    byKey = Collections.unmodifiableMap(copy);
  }

  /** The values of a key, or empty when the request does not carry it. */
  public Optional<List<String>> values(String key) {
    return Optional.ofNullable(byKey.get(normal(key)));
  }

  /** The one value of a single-valued key. */
  public Optional<String> value(String key) {
    return values(key).filter(v -> v.size() == 1).map(v -> v.get(0));
  }

  /** These keys plus one more (replacing a key of the same name). */
  public ContextKeys with(String key, String... values) {
    var more = new LinkedHashMap<>(byKey);
    more.put(normal(key), List.of(values));
    return new ContextKeys(more);
  }

  private static String normal(String key) {
    return key.toLowerCase(Locale.ROOT);
  }
}
