package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tag;
import dev.vpclab.model.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The {@code --filters Name=…,Values=…} of one describe operation: each filter name maps a resource
 * to the values it is matched against. Values may use EC2's {@code *} and {@code ?} wildcards;
 * several values of one filter are OR-ed, several filters AND-ed. Every resource type also has
 * {@code tag:<key>}, {@code tag-key} and {@code tag-value}.
 */
public final class Filters<T> {
  private final Map<String, Function<T, Collection<String>>> byName;
  private final Function<T, String> idOf;

  private Filters(Map<String, Function<T, Collection<String>>> byName, Function<T, String> idOf) {
    this.byName = Map.copyOf(byName);
    this.idOf = idOf;
  }

  /** Starts a table for resources whose tags are stored under {@code idOf}. */
  public static <T> Builder<T> of(Function<T, String> idOf) {
    return new Builder<>(idOf);
  }

  public java.util.Set<String> names() {
    return byName.keySet();
  }

  /** The predicate the request's {@code Filters} member asks for. */
  public Predicate<T> from(Request request, View view) {
    return from(request.list("Filters"), view);
  }

  public Predicate<T> from(List<JsonNode> filters, View view) {
    Predicate<T> all = r -> true;
    for (JsonNode filter : filters) {
      String name = filter.path("Name").asText();
      var patterns = new ArrayList<Pattern>();
      filter.path("Values").forEach(v -> patterns.add(wildcard(v.asText())));
      Function<T, Collection<String>> values = valuesFor(name, view);
      all = all.and(r -> values.apply(r).stream().anyMatch(v -> matchesAny(patterns, v)));
    }
    return all;
  }

  private Function<T, Collection<String>> valuesFor(String name, View view) {
    if (name.startsWith("tag:")) {
      String key = name.substring(4);
      return r -> view.tags(idOf.apply(r)).get(key).map(List::of).orElse(List.of());
    }
    if (name.equals("tag-key")) {
      return r -> view.tags(idOf.apply(r)).list().stream().map(Tag::key).toList();
    }
    if (name.equals("tag-value")) {
      return r -> view.tags(idOf.apply(r)).list().stream().map(Tag::value).toList();
    }
    var values = byName.get(name);
    if (values == null) {
      // Real wording (boto/boto3 #1299, aws/aws-cli #7225).
      throw new ServiceFault("InvalidParameterValue", "The filter '" + name + "' is invalid");
    }
    return values;
  }

  private static boolean matchesAny(List<Pattern> patterns, String value) {
    return value != null && patterns.stream().anyMatch(p -> p.matcher(value).matches());
  }

  /** EC2 filter wildcards: {@code *} any run, {@code ?} one character, {@code \} escapes. */
  static Pattern wildcard(String value) {
    var regex = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        regex.append(Pattern.quote(String.valueOf(value.charAt(++i))));
      } else if (c == '*') {
        regex.append(".*");
      } else if (c == '?') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** Collects the filter names of one resource type. */
  public static final class Builder<T> {
    private final Map<String, Function<T, Collection<String>>> byName = new LinkedHashMap<>();
    private final Function<T, String> idOf;

    private Builder(Function<T, String> idOf) {
      this.idOf = idOf;
    }

    /** A filter with one value per resource (null means the resource has none). */
    public Builder<T> one(String name, Function<T, ?> value) {
      byName.put(
          name,
          r -> {
            Object v = value.apply(r);
            return v == null ? List.of() : List.of(String.valueOf(v));
          });
      return this;
    }

    /**
     * A filter with several values per resource, e.g. the subnets of a route table; null values are
     * left out, as {@link #one} leaves out a null value.
     */
    public Builder<T> many(String name, Function<T, Collection<?>> values) {
      byName.put(
          name,
          r -> values.apply(r).stream().filter(Objects::nonNull).map(String::valueOf).toList());
      return this;
    }

    public Filters<T> build() {
      return new Filters<>(byName, idOf);
    }
  }
}
