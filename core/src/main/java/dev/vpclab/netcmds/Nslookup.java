package dev.vpclab.netcmds;

import dev.vpclab.hosts.Origin;
import dev.vpclab.model.View;
import dev.vpclab.model.World;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code nslookup NAME}: an A lookup at the machine's resolver, printed as BIND's nslookup prints
 * it (the {@code Server:}/{@code Address:} lines, {@code Non-authoritative answer:}, {@code **
 * server can't find NAME: NXDOMAIN}); checked with bind9 9.18 against a loopback responder. When
 * the VPC's resolver is off, 9.11 (Amazon Linux 2) times out with {@code ;; connection timed out;
 * no servers could be reached}, 9.18 (the laptop) reports three {@code communications error}s, and
 * systemd-resolved's stub (Amazon Linux 2023) answers SERVFAIL.
 */
public final class Nslookup implements Command {
  private final Supplier<World> world;

  public Nslookup(Supplier<World> world) {
    this.world = world;
  }

  @Override
  public CommandResult run(Invocation invocation) {
    List<String> names = invocation.args().stream().filter(a -> !a.startsWith("-")).toList();
    if (names.isEmpty()) {
      return CommandResult.error(
          "vpclab: interactive nslookup is not simulated; give a name: nslookup NAME\n", 1);
    }
    View view = world.get();
    Origin origin = Origin.of(view, invocation);
    Platform platform = Platform.of(origin);
    DnsQuery query = DnsQuery.of(view, origin, platform);
    DnsQuery.Reply reply = query.ask(view, origin, names.get(0), invocation, "nslookup");
    String server = query.server();
    String header = "Server:\t\t" + server + "\nAddress:\t" + server + "#53\n\n";
    if (reply instanceof DnsQuery.Reply.Found found) {
      return CommandResult.ok(
          header
              + "Non-authoritative answer:\nName:\t"
              + found.name()
              + "\nAddress: "
              + found.address()
              + "\n\n");
    }
    if (reply instanceof DnsQuery.Reply.NxDomain nx) {
      return new CommandResult(
          header + "** server can't find " + nx.name() + ": NXDOMAIN\n\n", "", 1, List.of());
    }
    if (platform.stubResolver() && origin.instance().isPresent()) {
      return new CommandResult(
          header + "** server can't find " + names.get(0) + ": SERVFAIL\n\n", "", 1, List.of());
    }
    if (platform.bind918()) {
      String error = ";; communications error to " + server + "#53: timed out\n";
      return new CommandResult(
          error + error + error + ";; no servers could be reached\n\n", "", 1, List.of());
    }
    return new CommandResult(
        ";; connection timed out; no servers could be reached\n", "", 1, List.of());
  }
}
