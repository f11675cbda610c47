package dev.vpclab.hosts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ssh's command line, parsed as OpenSSH does: options before and after the destination, until the
 * first word after it that is not an option, which starts the remote command. {@code -A} (agent
 * forwarding) and {@code -J} (jump host) are kept so ssh can say what vpclab does with them.
 */
record SshArgs(
    Destination destination,
    Optional<String> command,
    boolean forwardAgent,
    Optional<String> jumpHost) {

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
    String jump = null;
    boolean agent = false;
    boolean quiet = false;
    var options = new LinkedHashMap<String, String>();
    var command = new ArrayList<String>();
    for (int i = 0; i < args.size(); i++) {
      String word = args.get(i);
      if (destination != null && !command.isEmpty()) {
        command.add(word);
        continue;
      }
      if (word.startsWith("-") && word.length() > 1) {
        for (int c = 1; c < word.length(); c++) {
          char flag = word.charAt(c);
          if (!WITH_VALUE.contains(flag)) {
            agent |= flag == 'A';
            quiet |= flag == 'q';
            continue;
          }
          String value =
              c + 1 < word.length()
                  ? word.substring(c + 1)
                  : i + 1 < args.size() ? args.get(++i) : null;
          if (value == null) {
            return Optional.empty();
          }
          switch (flag) {
            case 'i' -> identity = value;
            case 'l' -> login = value;
            case 'J' -> jump = value;
            case 'o' -> Destination.addOption(options, value);
            default -> {}
          }
          break;
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
    return Optional.of(
        new SshArgs(
            Destination.parse(
                destination,
                Optional.ofNullable(login),
                Optional.ofNullable(identity),
                options,
                quiet),
            command.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", command)),
            agent,
            Optional.ofNullable(jump)));
  }
}
