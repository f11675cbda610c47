package dev.vpclab.shell;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The commands a shell knows, by name. Immutable: {@link #with} returns a new registry, so one
 * registry can be shared by many sessions and each session can add its own {@code aws} bound to its
 * own model.
 */
public record CommandRegistry(Map<String, Command> commands) {
  public CommandRegistry {
    commands = Collections.unmodifiableMap(new TreeMap<>(commands));
  }

  public static final CommandRegistry EMPTY = new CommandRegistry(Map.of());

  /** This registry with {@code name} bound to {@code command} (replacing any earlier binding). */
  public CommandRegistry with(String name, Command command) {
    var copy = new TreeMap<>(commands);
    copy.put(name, command);
    return new CommandRegistry(copy);
  }

  /** This registry with every command of {@code other} added (those of {@code other} win). */
  public CommandRegistry withAll(CommandRegistry other) {
    var copy = new TreeMap<>(commands);
    copy.putAll(other.commands);
    return new CommandRegistry(copy);
  }

  public Optional<Command> find(String name) {
    return Optional.ofNullable(commands.get(name));
  }

  /** The names, sorted: for completion of the first word of a line. */
  public Set<String> names() {
    return commands.keySet();
  }
}
