package dev.vpclab.hosts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where ssh (or the ssh under scp) logs in, and how: the user and host, the {@code -i} identity
 * file, the {@code -o} options (names lowercased, as ssh_config matches them) and {@code -q}.
 */
record Destination(
    Optional<String> user,
    String host,
    Optional<String> identity,
    Map<String, String> options,
    boolean quiet) {

  Destination {
    options = Map.copyOf(options);
  }

  /** {@code ec2-user@10.0.1.5} or {@code 10.0.1.5}: the user part and the host part. */
  static Destination parse(
      String destination,
      Optional<String> login,
      Optional<String> identity,
      Map<String, String> options,
      boolean quiet) {
    int at = destination.lastIndexOf('@');
    Optional<String> user = at > 0 ? Optional.of(destination.substring(0, at)) : login;
    String host = at >= 0 ? destination.substring(at + 1) : destination;
    return new Destination(user, host, identity, options, quiet);
  }

  /** One {@code -o} option: {@code Key=value} or {@code Key value}, as readconf.c splits it. */
  static void addOption(Map<String, String> options, String option) {
    String trimmed = option.strip();
    int split = 0;
    while (split < trimmed.length()
        && trimmed.charAt(split) != '='
        && !Character.isWhitespace(trimmed.charAt(split))) {
      split++;
    }
    if (split == 0 || split == trimmed.length()) {
      return;
    }
    String value = trimmed.substring(split + 1).strip();
    if (value.startsWith("=")) {
      value = value.substring(1).strip();
    }
    options.put(trimmed.substring(0, split).toLowerCase(Locale.ROOT), value);
  }

  /** The user ssh logs in as: the one given, or the local user's name. */
  String userOr(String localUser) {
    return user.orElse(localUser);
  }

  /** What ssh does with a host it has no key for, per {@code StrictHostKeyChecking}. */
  enum NewHost {
    /** {@code ask}, the default: the question, which the learner answers yes. */
    ASK,
    /** {@code no}, {@code off}, {@code accept-new}: trusted without a question. */
    TRUST,
    /** {@code yes}: refused. */
    REFUSE
  }

  NewHost newHost() {
    return switch (options.getOrDefault("stricthostkeychecking", "ask").toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> NewHost.REFUSE;
      case "no", "off", "false", "accept-new" -> NewHost.TRUST;
      default -> NewHost.ASK;
    };
  }

  /** {@code UserKnownHostsFile=/dev/null} remembers nothing, so every connection is the first. */
  boolean remembersHosts() {
    return !"/dev/null".equals(options.get("userknownhostsfile"));
  }

  /**
   * Whether ssh prints its informational lines (the known-hosts warning, "Connection to …
   * closed."): not with {@code -q} or a LogLevel of QUIET, FATAL or ERROR.
   */
  boolean logsInfo() {
    String level = options.getOrDefault("loglevel", "INFO").toUpperCase(Locale.ROOT);
    return !quiet && !level.equals("QUIET") && !level.equals("FATAL") && !level.equals("ERROR");
  }
}
