package dev.vpclab.hosts;

import dev.vpclab.dns.Answer;
import dev.vpclab.dns.PublicDns;
import dev.vpclab.dns.VpcDns;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.net.Ipv4;
import dev.vpclab.shell.Invocation;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Component.Kind;
import dev.vpclab.trace.Ephemeral;
import dev.vpclab.trace.Path;
import dev.vpclab.trace.Reach;
import dev.vpclab.trace.Step;
import java.util.List;
import java.util.Optional;

/**
 * Where a network program runs: the laptop, on the internet, or an instance in its VPC. It knows
 * that place's resolver (the VPC's, or the internet's) and sends connections from there through the
 * one path walker, {@link Reach}, so ssh, curl, nc and ping judge a path alike.
 */
public record Origin(Optional<Instance> instance) {

  /** The machine the invocation runs on. */
  public static Origin of(View view, Invocation invocation) {
    return new Origin(view.find(Instance.class, invocation.context().machine().id()));
  }

  /** What the instance runs; empty on the laptop. */
  public Optional<InstanceOs> os() {
    return instance.map(Hosts::os);
  }

  /** The VPC's resolver on an instance; the internet's on the laptop. */
  public VpcDns.Lookup lookup(View view, String host) {
    Optional<Ipv4> literal = Ipv4.parse(host);
    if (literal.isPresent()) {
      // An address is no name: nothing asks a resolver, on or off.
      return new VpcDns.Lookup.Resolved(Answer.host(host, literal.get()));
    }
    if (instance.isPresent()) {
      if (!host.contains(".")) {
        // resolv.conf's search domain, tried first for a name without dots (ndots:1).
        String qualified = host + "." + Hosts.searchDomain(instance.get());
        VpcDns.Lookup first = VpcDns.resolve(view, vpc(view), qualified);
        if (!(first instanceof VpcDns.Lookup.NoSuchName)) {
          return first;
        }
      }
      return VpcDns.resolve(view, vpc(view), host);
    }
    return PublicDns.resolve(host)
        .<VpcDns.Lookup>map(VpcDns.Lookup.Resolved::new)
        .orElse(new VpcDns.Lookup.NoSuchName(host));
  }

  /**
   * Resolves {@code host} as a program would before it connects, recording the DNS step (none for
   * an address); empty when the name does not resolve.
   */
  public Optional<Answer> resolve(View view, String host, List<Step> steps) {
    VpcDns.Lookup lookup = lookup(view, host);
    boolean literal = Ipv4.parse(host).isPresent();
    Component dns =
        instance
            .map(i -> Component.named(Kind.DNS, i.vpcId(), view))
            .orElse(Component.of(Kind.DNS));
    if (lookup instanceof VpcDns.Lookup.Resolved resolved) {
      if (!literal) {
        String resolver = instance.isPresent() ? "the VPC's resolver" : "the internet's DNS";
        steps.add(
            Step.pass(dns, resolver + " answers " + host + " with " + resolved.answer().address()));
      }
      return Optional.of(resolved.answer());
    }
    if (lookup instanceof VpcDns.Lookup.ResolverOff) {
      steps.add(
          Step.fail(
              dns,
              "enableDnsSupport is false: the VPC's resolver answers nothing, so "
                  + host
                  + " does not resolve",
              "DNS_RESOLUTION_DISABLED"));
      return Optional.empty();
    }
    steps.add(Step.fail(dns, host + " does not exist (NXDOMAIN)", "NXDOMAIN"));
    return Optional.empty();
  }

  /** A TCP connection from here to {@code address:port}, judged hop by hop. */
  public Path connect(View view, Ipv4 address, int port, String label) {
    return instance
        .map(i -> Reach.fromInstance(view, i, address, port, label))
        .orElseGet(
            () ->
                Reach.fromInternet(
                    view,
                    Internet.LAPTOP_PUBLIC_IP,
                    Ephemeral.LAPTOP,
                    "your laptop",
                    address,
                    port,
                    label));
  }

  /** An ICMP echo request from here to {@code address}, and its reply, judged hop by hop. */
  public Path ping(View view, Ipv4 address, String label) {
    return instance
        .map(i -> Reach.pingFromInstance(view, i, address, label))
        .orElseGet(
            () ->
                Reach.pingFromInternet(
                    view, Internet.LAPTOP_PUBLIC_IP, "your laptop", address, label));
  }

  /** The VPC the instance is in. */
  public Vpc vpc(View view) {
    return view.find(Vpc.class, instance.orElseThrow().vpcId()).orElseThrow();
  }
}
