package dev.vpclab.hosts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ssh's command line, parsed as OpenSSH does: options before and after the destination, until the
 * first word after it that is not an option, which starts the remote command.
 */
record SshArgs(
    Optional<String> user,
    String host,
    Optional<String> identity,
    Map<String, String> options,
    Optional<String> command) {

  /** What OpenSSH 8.9 prints for a command line it cannot use. */
  static final String USAGE =
      "usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]\n"
          + "           [-b bind_address] [-c cipher_spec] [-D [bind_address:]port]\n"
          + "           [-E log_file] [-e escape_char] [-F configfile] [-I pkcs11]\n"
          + "           [-i identity_file] [-J [user@]host[:port]] [-L address]\n"
          + "           [-l login_name] [-m mac_spec] [-O ctl_cmd] [-o option] [-p port]\n"
          + "           [-Q query_option] [-R address] [-S ctl_path] [-W host:port]\n"
          + "           [-w local_tun[:remote_tun]] destination [command [argument ...]]\n";

  private static final Set<Character> WITH_VALUE =
      Set.of(
          'B', 'b', 'c', 'D', 'E', 'e', 'F', 'I', 'i', 'J', 'L', 'l', 'm', 'O', 'o', 'p', 'Q', 'R',
          'S', 'W', 'w');

  static Optional<SshArgs> parse(List<String> args) {
    String destination = null;
    String identity = null;
    String login = null;
    var options = new java.util.LinkedHashMap<String, String>();
    var command = new ArrayList<String>();
    for (int i = 0; i < args.size(); i++) {
      String word = args.get(i);
      if (destination != null && !command.isEmpty()) {
        command.add(word);
        continue;
      }
      if (word.startsWith("-") && word.length() > 1) {
        char flag = word.charAt(1);
        if (!WITH_VALUE.contains(flag)) {
          continue;
        }
        String value =
            word.length() > 2 ? word.substring(2) : i + 1 < args.size() ? args.get(++i) : null;
        if (value == null) {
          return Optional.empty();
        }
        switch (flag) {
          case 'i' -> identity = value;
          case 'l' -> login = value;
          case 'o' -> {
            int eq = value.indexOf('=');
            if (eq > 0) {
              options.put(value.substring(0, eq).toLowerCase(), value.substring(eq + 1));
            }
          }
          default -> {}
        }
        continue;
      }
      if (destination == null) {
        destination = word;
      } else {
        command.add(word);
      }
    }
    if (destination == null) {
      return Optional.empty();
    }
    int at = destination.lastIndexOf('@');
    Optional<String> user =
        at > 0 ? Optional.of(destination.substring(0, at)) : Optional.ofNullable(login);
    String host = at >= 0 ? destination.substring(at + 1) : destination;
    return Optional.of(
        new SshArgs(
            user,
            host,
            Optional.ofNullable(identity),
            Map.copyOf(options),
            command.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", command))));
  }

  boolean strictHostKeyChecking() {
    return !"no".equalsIgnoreCase(options.getOrDefault("stricthostkeychecking", "ask"));
  }

  boolean remembersHosts() {
    return !"/dev/null".equals(options.get("userknownhostsfile"));
  }
}
