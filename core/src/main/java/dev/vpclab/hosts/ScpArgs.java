package dev.vpclab.hosts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * scp's command line as OpenSSH 8.9 reads it (getopt: options before the operands), and its
 * operands: {@code [user@]host:path} is remote when a colon comes before any slash (scp.c colon()),
 * anything else a local path.
 *
 * @param problem what scp prints instead of copying (its usage, an unknown option), if anything
 */
record ScpArgs(
    List<Operand> sources,
    Operand target,
    Optional<String> identity,
    Map<String, String> options,
    boolean preserve,
    boolean recursive,
    boolean quiet,
    Optional<String> problem) {

  /** OpenSSH 8.9's usage(). */
  static final String USAGE =
      "usage: scp [-346ABCOpqRrsTv] [-c cipher] [-D sftp_server_path] [-F ssh_config]\n"
          + "           [-i identity_file] [-J destination] [-l limit]\n"
          + "           [-o ssh_option] [-P port] [-S program] source ... target\n";

  private static final Set<Character> FLAGS =
      Set.of('3', '4', '6', 'A', 'B', 'C', 'O', 'p', 'q', 'R', 'r', 's', 'T', 'v');
  private static final Set<Character> WITH_VALUE =
      Set.of('c', 'D', 'F', 'i', 'J', 'l', 'o', 'P', 'S');

  /** A source or the target: a local path, or a path on a host. */
  record Operand(Optional<String> user, Optional<String> host, String path) {
    static Operand parse(String word) {
      int colon = colon(word);
      if (colon < 0) {
        return new Operand(Optional.empty(), Optional.empty(), word);
      }
      String where = word.substring(0, colon);
      int at = where.lastIndexOf('@');
      Optional<String> user = at > 0 ? Optional.of(where.substring(0, at)) : Optional.empty();
      String host = where.substring(at + 1).replaceAll("^\\[(.*)]$", "$1");
      return new Operand(user, Optional.of(host), word.substring(colon + 1));
    }

    boolean remote() {
      return host.isPresent();
    }

    /** {@code user@host} or {@code host}, as ssh is given it. */
    String login() {
      return user.map(u -> u + "@").orElse("") + host.orElse("");
    }

    /** scp.c colon(): the colon that ends a host, before any slash; -1 for a local path. */
    private static int colon(String word) {
      if (word.startsWith(":")) {
        return -1;
      }
      boolean bracket = word.startsWith("[");
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c == '@' && i + 1 < word.length() && word.charAt(i + 1) == '[') {
          bracket = true;
        }
        if (c == ']' && i + 1 < word.length() && word.charAt(i + 1) == ':' && bracket) {
          return i + 1;
        }
        if (c == ':' && !bracket) {
          return i;
        }
        if (c == '/') {
          return -1;
        }
      }
      return -1;
    }
  }

  static ScpArgs parse(List<String> args) {
    String identity = null;
    var options = new LinkedHashMap<String, String>();
    var flags = new StringBuilder();
    int i = 0;
    for (; i < args.size(); i++) {
      String word = args.get(i);
      if (word.equals("--")) {
        i++;
        break;
      }
      if (!word.startsWith("-") || word.length() == 1) {
        break;
      }
      for (int c = 1; c < word.length(); c++) {
        char flag = word.charAt(c);
        if (FLAGS.contains(flag)) {
          flags.append(flag);
          continue;
        }
        if (!WITH_VALUE.contains(flag)) {
          return failed("scp: unknown option -- " + flag + "\n" + USAGE);
        }
        String value =
            c + 1 < word.length()
                ? word.substring(c + 1)
                : i + 1 < args.size() ? args.get(++i) : null;
        if (value == null) {
          return failed("scp: option requires an argument -- " + flag + "\n" + USAGE);
        }
        if (flag == 'i') {
          identity = value;
        } else if (flag == 'o') {
          Destination.addOption(options, value);
        }
        break;
      }
    }
    List<String> operands = args.subList(i, args.size());
    if (operands.size() < 2) {
      return failed(USAGE);
    }
    var sources = new ArrayList<Operand>();
    for (String word : operands.subList(0, operands.size() - 1)) {
      sources.add(Operand.parse(word));
    }
    String set = flags.toString();
    return new ScpArgs(
        sources,
        Operand.parse(operands.get(operands.size() - 1)),
        Optional.ofNullable(identity),
        options,
        set.indexOf('p') >= 0,
        set.indexOf('r') >= 0,
        set.indexOf('q') >= 0,
        Optional.empty());
  }

  private static ScpArgs failed(String problem) {
    return new ScpArgs(
        List.of(),
        new Operand(Optional.empty(), Optional.empty(), ""),
        Optional.empty(),
        Map.of(),
        false,
        false,
        false,
        Optional.of(problem));
  }

  /** How ssh is told to log in to {@code operand}'s host. */
  Destination destination(Operand operand) {
    return new Destination(operand.user(), operand.host().orElseThrow(), identity, options, quiet);
  }
}
