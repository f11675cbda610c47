package dev.vpclab.netcmds;

import dev.vpclab.dns.VpcDns;
import dev.vpclab.hosts.Hosts;
import dev.vpclab.hosts.NetworkTrace;
import dev.vpclab.hosts.Origin;
import dev.vpclab.model.View;
import dev.vpclab.net.Ipv4;
import dev.vpclab.shell.Invocation;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Component.Kind;
import dev.vpclab.trace.Step;
import java.util.ArrayList;
import java.util.Optional;

/**
 * One A query as nslookup and dig make it: to the server resolv.conf names (the VPC's resolver at
 * its base + 2 on Amazon Linux 2; systemd-resolved's stub at 127.0.0.53 on Amazon Linux 2023 and
 * the laptop), with the search domain tried first for a name without dots. Security groups and
 * network ACLs never see these queries (VPC user guide, vpc-dns), so the trace has the DNS step
 * alone.
 */
record DnsQuery(String server, Optional<String> searchDomain) {

  /** What came back. */
  sealed interface Reply {
    record Found(String name, Ipv4 address, int ttl, boolean awsService) implements Reply {}

    record NxDomain(String name) implements Reply {}

    /** The VPC's resolver is off: the query is never answered (the stub says SERVFAIL). */
    record NoAnswer() implements Reply {}
  }

  static DnsQuery of(View view, Origin origin, Platform platform) {
    Optional<String> search = origin.instance().map(Hosts::searchDomain);
    if (platform.stubResolver() || origin.instance().isEmpty()) {
      return new DnsQuery("127.0.0.53", search);
    }
    return new DnsQuery(origin.vpc(view).cidr().address(2).toString(), search);
  }

  Reply ask(View view, Origin origin, String rawName, Invocation invocation, String tool) {
    String name = rawName.endsWith(".") ? rawName.substring(0, rawName.length() - 1) : rawName;
    var candidates = new ArrayList<String>();
    if (!name.contains(".") && searchDomain.isPresent()) {
      candidates.add(name + "." + searchDomain.get());
    }
    candidates.add(name);
    Reply reply = new Reply.NxDomain(name);
    var steps = new ArrayList<Step>();
    for (String candidate : candidates) {
      VpcDns.Lookup lookup = origin.lookup(view, candidate);
      if (lookup instanceof VpcDns.Lookup.Resolved r) {
        boolean aws = r.answer().service().isPresent();
        reply = new Reply.Found(candidate, r.answer().address(), aws ? 5 : 60, aws);
        break;
      }
      if (lookup instanceof VpcDns.Lookup.ResolverOff) {
        reply = new Reply.NoAnswer();
        break;
      }
    }
    origin.resolve(view, reply instanceof Reply.Found f ? f.name() : name, steps);
    if (steps.isEmpty()) {
      steps.add(Step.pass(Component.of(Kind.DNS), name + " is an address; nothing to look up"));
    }
    NetworkTrace.record(
        invocation,
        tool + " " + name + " (server " + server + ")",
        reply.getClass().getSimpleName(),
        steps);
    return reply;
  }
}
