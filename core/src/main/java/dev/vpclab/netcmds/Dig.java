package dev.vpclab.netcmds;

import dev.vpclab.hosts.Origin;
import dev.vpclab.model.Ids;
import dev.vpclab.model.View;
import dev.vpclab.model.World;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code dig NAME} and {@code dig +short NAME}: an A query at the machine's resolver, laid out as
 * BIND's dig lays it out (version banner, header, EDNS pseudo-section, question and answer in
 * master-file columns, statistics), checked with dig 9.18 on loopback and against Amazon Linux 2
 * transcripts (9.11). Simplified: an NXDOMAIN answer shows no AUTHORITY section (the real one
 * carries the zone's SOA record).
 */
public final class Dig implements Command {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final Supplier<World> world;

  public Dig(Supplier<World> world) {
    this.world = world;
  }

  @Override
  public CommandResult run(Invocation invocation) {
    List<String> args = invocation.args();
    boolean shortForm = args.contains("+short");
    List<String> names =
        args.stream()
            .filter(
                a ->
                    !a.startsWith("+")
                        && !a.startsWith("-")
                        && !a.startsWith("@")
                        && !a.equalsIgnoreCase("A")
                        && !a.equalsIgnoreCase("IN"))
            .toList();
    String name = names.isEmpty() ? "." : names.get(0);
    View view = world.get();
    Origin origin = Origin.of(view, invocation);
    Platform platform = Platform.of(origin);
    DnsQuery query = DnsQuery.of(view, origin, platform);
    DnsQuery.Reply reply = query.ask(view, origin, name, invocation, "dig");
    String banner =
        "\n; <<>> DiG " + platform.bindVersion() + " <<>> " + String.join(" ", args) + "\n";
    if (reply instanceof DnsQuery.Reply.NoAnswer) {
      String server = query.server();
      if (platform.bind918()) {
        String error = ";; communications error to " + server + "#53: timed out\n";
        return new CommandResult(
            error
                + error
                + error
                + banner
                + ";; global options: +cmd\n;; no servers could be reached\n",
            "",
            9,
            List.of());
      }
      if (!(platform.stubResolver() && origin.instance().isPresent())) {
        return new CommandResult(
            shortForm
                ? ";; connection timed out; no servers could be reached\n"
                : banner
                    + ";; global options: +cmd\n;; connection timed out; no servers could be reached\n",
            "",
            9,
            List.of());
      }
    }
    String fqdn = (reply instanceof DnsQuery.Reply.Found f ? f.name() : name) + ".";
    if (shortForm) {
      return CommandResult.ok(reply instanceof DnsQuery.Reply.Found f ? f.address() + "\n" : "");
    }
    String status =
        reply instanceof DnsQuery.Reply.Found
            ? "NOERROR"
            : reply instanceof DnsQuery.Reply.NxDomain ? "NXDOMAIN" : "SERVFAIL";
    int answers = reply instanceof DnsQuery.Reply.Found ? 1 : 0;
    byte[] digest = Ids.digest("dig/" + fqdn);
    int id = (digest[0] & 0xff) << 8 | (digest[1] & 0xff);
    var out = new StringBuilder(banner);
    out.append(";; global options: +cmd\n;; Got answer:\n");
    out.append(";; ->>HEADER<<- opcode: QUERY, status: ")
        .append(status)
        .append(", id: ")
        .append(id);
    out.append("\n;; flags: qr rd ra; QUERY: 1, ANSWER: ").append(answers);
    out.append(", AUTHORITY: 0, ADDITIONAL: 1\n\n");
    out.append(";; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: ");
    out.append(platform.stubResolver() ? "65494" : "4096").append('\n');
    out.append(";; QUESTION SECTION:\n").append(column(";" + fqdn, 32)).append("IN\tA\n");
    if (reply instanceof DnsQuery.Reply.Found f) {
      out.append("\n;; ANSWER SECTION:\n")
          .append(column(fqdn, 24).equals(fqdn) ? fqdn + " " : column(fqdn, 24))
          .append(column(Integer.toString(f.ttl()), 8))
          .append("IN\tA\t")
          .append(f.address())
          .append('\n');
    }
    String server = query.server();
    out.append("\n;; Query time: 0 msec\n;; SERVER: ")
        .append(server)
        .append("#53(")
        .append(server)
        .append(platform.bind918() ? ") (UDP)\n" : ")\n");
    out.append(";; WHEN: ").append(WHEN.format(view.now())).append('\n');
    out.append(";; MSG SIZE  rcvd: ").append(size(fqdn, answers)).append("\n\n");
    return new CommandResult(out.toString(), "", 0, List.of());
  }

  /** {@code text} followed by tabs up to {@code column} (tab stops every 8), or as is when past. */
  private static String column(String text, int column) {
    if (text.length() >= column) {
      return text;
    }
    var out = new StringBuilder(text);
    int at = text.length();
    while (at < column) {
      out.append('\t');
      at = (at / 8 + 1) * 8;
    }
    return out.toString();
  }

  /** The reply's size on the wire: header, question, compressed A records, the OPT record. */
  private static int size(String fqdn, int answers) {
    int qname = fqdn.equals(".") ? 1 : fqdn.length() + 1;
    return 12 + qname + 4 + answers * 16 + 11;
  }
}
