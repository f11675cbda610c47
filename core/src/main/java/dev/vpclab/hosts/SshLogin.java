package dev.vpclab.hosts;

import dev.vpclab.dns.PublicDns;
import dev.vpclab.dns.VpcDns;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.KeyPair;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.net.Ipv4;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.ShellContext;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Component.Kind;
import dev.vpclab.trace.Hints;
import dev.vpclab.trace.Path;
import dev.vpclab.trace.Step;
import dev.vpclab.trace.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What ssh and scp share: the way to the host's port 22 (its name through DNS, then the tracer,
 * there and back), its host key, and the login (the user, the key file), in the order OpenSSH meets
 * them, printing what it prints at each failure (aws-facts.md section 9) and leaving one trace. The
 * caller decides what to do once in: a login shell, a remote command, a copy.
 */
final class SshLogin {
  private SshLogin() {}

  /** How a login attempt ended. */
  sealed interface Result {
    /**
     * In, as {@code shell}'s user on {@code instance}; {@code client} is how sshd names the
     * connecting host in "Last login: … from …".
     */
    record LoggedIn(Instance instance, ShellContext shell, String client) implements Result {}

    /**
     * The key was right for root, but Amazon Linux's authorized_keys for root only prints its
     * message (cloud-init's disable_root) and closes.
     */
    record RootRefused(String message) implements Result {}

    /**
     * ssh gave up; what it said is printed already. {@code note} is vpclab's word to add after the
     * program's last line (how long the real one would have waited).
     */
    record Failed(Optional<Note> note) implements Result {}
  }

  /** The message cloud-init puts before root's key on Amazon Linux. */
  static final String ROOT_MESSAGE =
      "Please login as the user \"ec2-user\" rather than the user \"root\".\n\n";

  /**
   * Logs in as {@code program} ({@code ssh} or {@code scp}) would, from the machine the invocation
   * runs on.
   */
  static Result open(
      Invocation invocation, View view, Hosts hosts, Destination destination, String program) {
    return new Attempt(invocation, view, destination, program).run(hosts);
  }

  /** One login attempt: its steps so far, in the order OpenSSH takes them. */
  private static final class Attempt {
    private final Invocation invocation;
    private final View view;
    private final Destination destination;
    private final String program;
    private final Optional<Instance> origin;
    private final String user;
    private final String host;
    private final List<Step> steps = new ArrayList<>();
    private final Tracing trace;

    Attempt(Invocation invocation, View view, Destination destination, String program) {
      this.invocation = invocation;
      this.view = view;
      this.destination = destination;
      this.program = program;
      this.origin = Hosts.instanceOf(view, invocation.context().machine());
      this.user = destination.userOr(invocation.user().name());
      this.host = destination.host().toLowerCase();
      this.trace = new Tracing(invocation, program + " " + user + "@" + host + " (TCP 22)", steps);
    }

    Result run(Hosts hosts) {
      // ssh.c checks -i while it reads its options, before anything else
      Optional<String> identity =
          destination.identity().filter(path -> KeyFile.accessible(invocation, path));
      Optional<Ipv4> address = resolve(view, origin, host, steps, invocation);
      if (address.isEmpty()) {
        return trace.failed("could not resolve");
      }
      Path path = reach(address.get());
      Optional<Instance> target = path.receiver().flatMap(id -> view.find(Instance.class, id));
      if (!path.delivered() || target.isEmpty()) {
        return timedOut(address.get(), path.delivered());
      }
      Instance instance = target.get();
      if (KnownHosts.isNew(invocation, destination)
          && !KnownHosts.meet(invocation, destination, client(), address.get(), instance)) {
        steps.add(
            Step.fail(
                sshd(instance),
                "StrictHostKeyChecking=yes and no host key is known for " + host,
                "HOST_KEY_UNKNOWN"));
        return trace.failed("host key verification failed");
      }
      return authenticate(identity.map(k -> KeyFile.load(invocation, k)), instance, path, hosts);
    }

    /** TCP 22 there and back, from the instance ssh runs on or from the laptop. */
    private Path reach(Ipv4 address) {
      Path path = new Origin(origin).connect(view, address, 22, host);
      steps.addAll(path.steps());
      return path;
    }

    /** sshconnect.c's timeout; a delivered SYN that no instance took says why. */
    private Result timedOut(Ipv4 address, boolean delivered) {
      if (delivered) {
        steps.add(
            Step.fail(
                Component.of(Kind.SSH),
                "no running instance holds "
                    + address
                    + " (an instance gives its public IP back when it stops or terminates; an"
                    + " Elastic IP stays), so nothing answers on port 22",
                "NO_SSH_SERVER"));
      }
      invocation.err("ssh: connect to host " + host + " port 22: Connection timed out\n");
      trace.record("connection timed out");
      return new Result.Failed(
          Optional.of(
              Note.info(
                  "the real " + program + " would have waited about 2 minutes before saying so")));
    }

    /** sshd's answer to the user and the key (sshconnect2.c's refusal when none works). */
    private Result authenticate(Optional<KeyFile> key, Instance instance, Path path, Hosts hosts) {
      Optional<KeyPair> pair = Hosts.keyPair(view, instance);
      boolean keyMatches =
          key.isPresent() && pair.isPresent() && key.get().holds(pair.get().privateKeyMaterial());
      Component keyPair =
          Component.of(
              Kind.KEY_PAIR,
              pair.map(KeyPair::id).orElse(null),
              pair.map(KeyPair::name).orElse(null));
      boolean ec2User = user.equals(Hosts.EC2_USER.name());
      if (user.equals("root") && keyMatches) {
        steps.add(
            Step.fail(
                sshd(instance), "Amazon Linux lets only ec2-user log in, not root", "WRONG_USER"));
        trace.failed("root refused");
        return new Result.RootRefused(ROOT_MESSAGE);
      }
      if (!ec2User || !keyMatches) {
        boolean wrongUser = !ec2User && keyMatches;
        steps.add(
            Step.fail(
                wrongUser ? sshd(instance) : keyPair,
                refusal(user, destination, key, pair),
                wrongUser ? "WRONG_USER" : "KEY_MISMATCH"));
        invocation.err(
            user + "@" + host + ": Permission denied (publickey,gssapi-keyex,gssapi-with-mic).\n");
        return trace.failed("permission denied");
      }
      steps.add(
          Step.pass(
              keyPair,
              key.get().path()
                  + " holds the private key of "
                  + pair.get().name()
                  + ", the key pair "
                  + instance.id()
                  + " was launched with; ec2-user may log in"));
      trace.record("logged in");
      return new Result.LoggedIn(
          instance,
          hosts.login(instance, view, invocation.now()),
          clientName(view, instance, path, origin));
    }

    private SshClient client() {
      return origin.map(i -> Hosts.os(i).sshClient()).orElse(SshClient.OPENSSH_8_9);
    }

    private Component sshd(Instance instance) {
      return Component.named(Kind.SSH, instance.id(), view);
    }
  }

  /** Why sshd said no, in the learner's words. */
  private static String refusal(
      String user, Destination destination, Optional<KeyFile> key, Optional<KeyPair> pair) {
    String wanted = pair.map(p -> "the key pair " + p.name()).orElse("no key pair");
    if (!user.equals(Hosts.EC2_USER.name())) {
      return "Amazon Linux lets only ec2-user log in, not " + user;
    }
    if (destination.identity().isEmpty()) {
      return "no -i key file given; the instance was launched with " + wanted;
    }
    if (key.isEmpty()) {
      return destination.identity().get()
          + " does not exist here; the instance was launched with "
          + wanted;
    }
    if (key.get().content().isEmpty()) {
      return key.get().path() + " could not be used: " + key.get().problem();
    }
    return key.get().path()
        + " is not the private key of "
        + wanted
        + ", which the instance was launched with";
  }

  /**
   * The host's address. An address needs no DNS; a name goes to the VPC's resolver on an instance
   * (none when enableDnsSupport is off: getaddrinfo's EAI_AGAIN) and to the internet's DNS on the
   * laptop. Prints ssh.c's "Could not resolve hostname" when it fails.
   */
  private static Optional<Ipv4> resolve(
      View view, Optional<Instance> origin, String host, List<Step> steps, Invocation invocation) {
    Optional<Ipv4> literal = Ipv4.parse(host);
    if (literal.isPresent()) {
      return literal;
    }
    if (origin.isPresent()) {
      Vpc vpc = view.find(Vpc.class, origin.get().vpcId()).orElseThrow();
      Component resolver = Component.named(Kind.DNS, vpc.id(), view);
      VpcDns.Lookup lookup = VpcDns.resolve(view, vpc, host);
      if (lookup instanceof VpcDns.Lookup.Resolved r) {
        steps.add(
            Step.pass(
                resolver, "the VPC's resolver answers " + host + " with " + r.answer().address()));
        return Optional.of(r.answer().address());
      }
      if (lookup instanceof VpcDns.Lookup.ResolverOff) {
        steps.add(
            Step.fail(
                resolver,
                "enableDnsSupport is false: the VPC's resolver answers nothing, so "
                    + host
                    + " does not resolve",
                "DNS_RESOLUTION_DISABLED"));
        invocation.err(
            "ssh: Could not resolve hostname " + host + ": Temporary failure in name resolution\n");
        return Optional.empty();
      }
      steps.add(Step.fail(resolver, shown(host) + " does not resolve in " + vpc.id(), "NXDOMAIN"));
    } else {
      var answer = PublicDns.resolve(host);
      if (answer.isPresent()) {
        steps.add(
            Step.pass(Component.of(Kind.DNS), host + " resolves to " + answer.get().address()));
        return answer.map(a -> a.address());
      }
      steps.add(
          Step.fail(
              Component.of(Kind.DNS),
              shown(host) + " does not resolve on the internet",
              "NXDOMAIN"));
    }
    invocation.err("ssh: Could not resolve hostname " + host + ": Name or service not known\n");
    return Optional.empty();
  }

  /** A host name as a step names it; ssh was given {@code user@} with nothing after it. */
  private static String shown(String host) {
    return host.isEmpty() ? "an empty host name" : host;
  }

  /**
   * How sshd names the client in "Last login": Amazon Linux 2's sshd looks the address up (UseDNS
   * yes), so a neighbour in the VPC shows as its private DNS name; the laptop, with no reverse DNS
   * name, as its address; Amazon Linux 2023's sshd does not look up (UseDNS no, OpenSSH's default).
   */
  private static String clientName(
      View view, Instance target, Path path, Optional<Instance> origin) {
    String address = path.seenSource().orElse(Internet.LAPTOP_PUBLIC_IP).toString();
    boolean looksUp = Hosts.os(target) == InstanceOs.AMAZON_LINUX_2;
    boolean neighbour =
        origin.isPresent()
            && origin.get().vpcId().equals(target.vpcId())
            && view.find(Vpc.class, target.vpcId()).map(Vpc::dnsSupport).orElse(false);
    return looksUp && neighbour
        ? Addressing.privateDnsName(origin.get().privateIp(), origin.get().region())
        : address;
  }

  /**
   * Collects the steps and hands the trace to the invocation. The deciding step is the first that
   * failed; for a login, the security group rule that let port 22 in, the one a learner writes.
   */
  private record Tracing(Invocation invocation, String title, List<Step> steps) {
    void record(String outcome) {
      int deciding = 0;
      while (deciding < steps.size() - 1 && !steps.get(deciding).failed()) {
        deciding++;
      }
      if (!steps.get(deciding).failed()) {
        for (int i = 0; i < steps.size(); i++) {
          if (steps.get(i).component().kind() == Kind.SECURITY_GROUP) {
            deciding = i;
          }
        }
      }
      invocation.trace(
          new Trace(
              title, outcome, steps, deciding, Hints.forTrace(steps, deciding, Optional.empty())));
    }

    Result failed(String outcome) {
      record(outcome);
      return new Result.Failed(Optional.empty());
    }
  }
}
