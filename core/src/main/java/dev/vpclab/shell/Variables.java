package dev.vpclab.shell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A shell's variables in the order they were first set, each with its exported flag. Exported ones
 * form the environment of commands ({@code env}); the others are shell variables only.
 */
public record Variables(Map<String, Variable> all) {
  public Variables {
    all = Collections.unmodifiableMap(new LinkedHashMap<>(all));
  }

  public static final Variables EMPTY = new Variables(Map.of());

  /**
   * A variable's value ({@code null} when declared but unset, as {@code export X} leaves an unset
   * {@code X}) and whether it is exported.
   */
  public record Variable(String value, boolean exported) {}

  /** The value of a set variable. */
  public Optional<String> get(String name) {
    Variable v = all.get(name);
    return v == null ? Optional.empty() : Optional.ofNullable(v.value());
  }

  public boolean isExported(String name) {
    Variable v = all.get(name);
    return v != null && v.exported();
  }

  /** The variable set (exported if it was, or if {@code export} is true). */
  public Variables with(String name, String value, boolean export) {
    var copy = new LinkedHashMap<>(all);
    Variable old = copy.get(name);
    copy.put(name, new Variable(value, export || (old != null && old.exported())));
    return new Variables(copy);
  }

  /** The variable replaced as given, keeping its place in the order. */
  public Variables with(String name, Variable variable) {
    var copy = new LinkedHashMap<>(all);
    copy.put(name, variable);
    return new Variables(copy);
  }

  public Variables without(String name) {
    var copy = new LinkedHashMap<>(all);
    copy.remove(name);
    return new Variables(copy);
  }

  /** The exported, set variables: the environment a command gets. */
  public Map<String, String> environment() {
    var env = new LinkedHashMap<String, String>();
    all.forEach(
        (name, v) -> {
          if (v.exported() && v.value() != null) {
            env.put(name, v.value());
          }
        });
    return Collections.unmodifiableMap(env);
  }
}
