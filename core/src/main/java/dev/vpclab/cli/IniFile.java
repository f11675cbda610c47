package dev.vpclab.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The INI files the CLI reads and {@code aws configure set} writes: {@code ~/.aws/config} (sections
 * {@code [default]} and {@code [profile NAME]}) and {@code ~/.aws/credentials} ({@code [NAME]}).
 * Immutable; {@link #with} returns the updated file.
 */
public record IniFile(Map<String, Map<String, String>> sections) {

  public IniFile {
    var copy = new LinkedHashMap<String, Map<String, String>>();
    sections.forEach(
        (k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    sections = java.util.Collections.unmodifiableMap(copy);
  }

  public static IniFile parse(String text) {
    var sections = new LinkedHashMap<String, Map<String, String>>();
    Map<String, String> current = null;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current =
            sections.computeIfAbsent(
                line.substring(1, line.length() - 1).strip(), k -> new LinkedHashMap<>());
      } else if (current != null) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          current.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
      }
    }
    return new IniFile(sections);
  }

  /** The file at {@code path} on the machine; an empty file when there is none. */
  static IniFile read(ConfigSource machine, String path) {
    return parse(machine.readFile(path).orElse(""));
  }

  /**
   * The section of {@code ~/.aws/config} that holds a profile's settings: {@code [default]}, else
   * {@code [profile NAME]} (the credentials file names its sections plainly).
   */
  static String configSection(String profile) {
    return profile.equals("default") ? "default" : "profile " + profile;
  }

  public Optional<String> get(String section, String key) {
    return Optional.ofNullable(sections.getOrDefault(section, Map.of()).get(key));
  }

  public IniFile with(String section, String key, String value) {
    var copy = new LinkedHashMap<String, Map<String, String>>(sections);
    var entries = new LinkedHashMap<>(copy.getOrDefault(section, Map.of()));
    entries.put(key, value);
    copy.put(section, entries);
    return new IniFile(copy);
  }

  /** The file as {@code aws configure set} writes it: {@code key = value} lines under headers. */
  public String render() {
    var out = new StringBuilder();
    sections.forEach(
        (name, entries) -> {
          out.append('[').append(name).append("]\n");
          entries.forEach((k, v) -> out.append(k).append(" = ").append(v).append('\n'));
        });
    return out.toString();
  }
}
