package dev.vpclab.netcmds;

import dev.vpclab.hosts.NetworkTrace;
import dev.vpclab.hosts.Origin;
import dev.vpclab.model.World;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code nc -zv HOST PORT [-w SECS]}: a TCP connection test through the one path walker, worded as
 * the machine's netcat words it. The laptop (Ubuntu) has OpenBSD netcat ({@code Connection to HOST
 * PORT port [tcp/ssh] succeeded!}, {@code nc: connect to HOST port PORT (tcp) failed: Connection
 * timed out}); Amazon Linux has nmap's ncat ({@code Ncat: Connected to IP:PORT.}, {@code Ncat:
 * Connection timed out.}, 7.93's {@code Ncat: TIMEOUT.}), which gives up after 10 s by default.
 * Everything goes to standard error. Checked against netcat-openbsd 1.219 and ncat 7.93 on
 * loopback, and published ncat 7.50 transcripts.
 */
public final class Nc implements Command {
  private static final Map<Integer, String> SERVICES =
      Map.of(
          22,
          "ssh",
          80,
          "http",
          443,
          "https",
          53,
          "domain",
          3306,
          "mysql",
          5432,
          "postgresql",
          25,
          "smtp",
          21,
          "ftp",
          23,
          "telnet",
          6379,
          "redis");

  private final Supplier<World> world;

  public Nc(Supplier<World> world) {
    this.world = world;
  }

  record Args(boolean verbose, boolean zero, Optional<Integer> timeout, String host, int port) {}

  @Override
  public CommandResult run(Invocation invocation) {
    Origin origin = Origin.of(world.get(), invocation);
    Platform platform = Platform.of(origin);
    Optional<Args> parsed = parse(invocation.args());
    if (parsed.isEmpty()) {
      return CommandResult.error(
          platform.ncat()
              ? "Ncat: You must specify a host to connect to. QUITTING.\n"
              : "usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n"
                  + "\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n"
                  + "\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n"
                  + "\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n"
                  + "\t  [destination] [port]\n",
          platform.ncat() ? 2 : 1);
    }
    Args args = parsed.get();
    Probe probe = Probe.tcp(world.get(), origin, args.host(), args.port());
    NetworkTrace.record(
        invocation,
        "nc " + args.host() + " " + args.port() + " (TCP)",
        probe.result().name().toLowerCase().replace('_', ' '),
        probe.steps());
    return platform.ncat() ? ncat(platform, args, probe) : openBsd(args, probe);
  }

  private static CommandResult openBsd(Args args, Probe probe) {
    String where = "nc: connect to " + args.host() + " port " + args.port() + " (tcp) ";
    return switch (probe.result()) {
      case CONNECTED ->
          status(
              args.verbose()
                  ? "Connection to "
                      + args.host()
                      + " "
                      + args.port()
                      + " port [tcp/"
                      + SERVICES.getOrDefault(args.port(), "*")
                      + "] succeeded!\n"
                  : "",
              0);
      case REFUSED -> status(args.verbose() ? where + "failed: Connection refused\n" : "", 1);
      case TIMED_OUT ->
          args.timeout().isPresent()
              ? status(args.verbose() ? where + "timed out: Operation now in progress\n" : "", 1)
                  .withNote(waited(args.timeout().get()))
              : status(args.verbose() ? where + "failed: Connection timed out\n" : "", 1)
                  .withNote(waited(130));
      case NO_SUCH_HOST, RESOLVER_DOWN ->
          status(
              "nc: getaddrinfo for host \""
                  + args.host()
                  + "\" port "
                  + args.port()
                  + ": "
                  + resolverWords(probe)
                  + "\n",
              1);
    };
  }

  private static CommandResult ncat(Platform platform, Args args, Probe probe) {
    String version =
        args.verbose()
            ? "Ncat: Version " + platform.ncatVersion() + " ( https://nmap.org/ncat )\n"
            : "";
    return switch (probe.result()) {
      case CONNECTED ->
          status(
              args.verbose()
                  ? version
                      + "Ncat: Connected to "
                      + probe.answer().orElseThrow().address()
                      + ":"
                      + args.port()
                      + ".\nNcat: 0 bytes sent, 0 bytes received in 0.01 seconds.\n"
                  : "",
              0);
      case REFUSED -> status(version + "Ncat: Connection refused.\n", 1);
      case TIMED_OUT ->
          status(
                  version
                      + (platform.ncatVersion().equals("7.50")
                          ? "Ncat: Connection timed out.\n"
                          : "Ncat: TIMEOUT.\n"),
                  1)
              .withNote(waited(args.timeout().orElse(10)));
      case NO_SUCH_HOST, RESOLVER_DOWN ->
          status(
              version
                  + "Ncat: Could not resolve hostname \""
                  + args.host()
                  + "\": "
                  + resolverWords(probe)
                  + ". QUITTING.\n",
              2);
    };
  }

  private static String resolverWords(Probe probe) {
    return probe.result() == Probe.Result.RESOLVER_DOWN
        ? "Temporary failure in name resolution"
        : "Name or service not known";
  }

  private static CommandResult status(String stderr, int status) {
    return new CommandResult("", stderr, status, List.of());
  }

  private static Note waited(int seconds) {
    return Note.info("the real nc would have waited " + seconds + " s before saying so");
  }

  static Optional<Args> parse(List<String> words) {
    boolean verbose = false;
    boolean zero = false;
    Integer wait = null;
    var rest = new ArrayList<String>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.startsWith("-") && word.length() > 1) {
        for (int j = 1; j < word.length(); j++) {
          char c = word.charAt(j);
          if (c == 'w') {
            String value =
                j + 1 < word.length()
                    ? word.substring(j + 1)
                    : i + 1 < words.size() ? words.get(++i) : "";
            if (!value.matches("\\d+")) {
              return Optional.empty();
            }
            wait = Integer.parseInt(value);
            break;
          }
          if (c == 'v') {
            verbose = true;
          } else if (c == 'z') {
            zero = true;
          }
        }
      } else {
        rest.add(word);
      }
    }
    if (rest.size() != 2 || !rest.get(1).matches("\\d{1,5}")) {
      return Optional.empty();
    }
    return Optional.of(
        new Args(
            verbose, zero, Optional.ofNullable(wait), rest.get(0), Integer.parseInt(rest.get(1))));
  }
}
