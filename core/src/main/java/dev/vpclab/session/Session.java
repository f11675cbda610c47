package dev.vpclab.session;

import dev.vpclab.cli.AwsCli;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.Services;
import dev.vpclab.cli.ShellConfigSource;
import dev.vpclab.hosts.Hosts;
import dev.vpclab.hosts.Scp;
import dev.vpclab.hosts.Ssh;
import dev.vpclab.hosts.Sudo;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.World;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NetworkIndex;
import dev.vpclab.netcmds.Curl;
import dev.vpclab.netcmds.Dig;
import dev.vpclab.netcmds.Nc;
import dev.vpclab.netcmds.Nslookup;
import dev.vpclab.netcmds.Ping;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.shell.Entered;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.Laptop;
import dev.vpclab.shell.Output;
import dev.vpclab.shell.Shell;
import dev.vpclab.shell.ShellContext;
import dev.vpclab.shell.ShellRun;
import dev.vpclab.shell.Terminal;
import dev.vpclab.trace.Trace;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * One learner's session: one simulated account (the {@link World}), the machines and their disks
 * ({@link Hosts}), the shells the learner is in (the laptop at the bottom, an ssh login or a root
 * shell on top), the traces of what crossed the network, and the settings. Not thread-safe: a front
 * end evaluates one input at a time.
 */
public final class Session {
  /** What the laptop's {@code aws --version} prints, per CLI major version. */
  static final String LAPTOP_CLI_V2 =
      "aws-cli/2.9.19 Python/3.9.11 Linux/5.15.0-91-generic exe/x86_64.ubuntu.22 prompt/off";

  static final String LAPTOP_CLI_V1 =
      "aws-cli/1.18.147 Python/2.7.18 Linux/5.15.0-91-generic botocore/1.18.6";

  /** A shell the learner is in, and what leaving it prints. */
  private record Place(ShellContext context, String farewell) {}

  private final AwsCli aws = new AwsCli(Services.shared());
  private final Hosts hosts = new Hosts();
  private final Shell shell;
  private final Terminal terminal;
  private final Deque<Place> places = new ArrayDeque<>();
  private final List<Trace> traces = new ArrayList<>();
  private World world;
  private NetworkIndex network;
  private Settings settings = Settings.defaults();

  public Session(Terminal terminal) {
    this(terminal, FreshAccount.create());
  }

  /**
   * A session over an account that already holds resources, e.g. a generated estate of thousands of
   * VPCs for a benchmark; the learner starts on the laptop.
   */
  public Session(Terminal terminal, World account) {
    this.terminal = terminal;
    this.shell =
        Shell.withBuiltins(new WorldClock(this))
            .with("aws", invocation -> aws.run(invocation.args(), host(invocation)))
            .with("ssh", new Ssh(() -> this.world, hosts))
            .with("scp", new Scp(() -> this.world, hosts))
            .with("sudo", new Sudo())
            .with("curl", new Curl(() -> this.world))
            .with("nc", new Nc(() -> this.world))
            .with("ping", new Ping(() -> this.world))
            .with("nslookup", new Nslookup(() -> this.world))
            .with("dig", new Dig(() -> this.world));
    start(account);
  }

  /** Back to a fresh account and a fresh laptop shell; settings stay. */
  public void reset() {
    start(FreshAccount.create());
  }

  private void start(World account) {
    world = account;
    hosts.clear();
    places.clear();
    traces.clear();
    ShellContext laptop = Laptop.context(world.now());
    hosts.store(laptop.machine());
    places.push(new Place(laptop, ""));
  }

  public World world() {
    return world;
  }

  void commit(World next) {
    world = next;
  }

  /**
   * The tracer's index of the account as it is now: kept beside the World while it stays the same,
   * made anew after a change.
   */
  public NetworkIndex network() {
    if (network == null || network.view() != world) {
      network = NetworkIndex.of(world);
    }
    return network;
  }

  public Settings settings() {
    return settings;
  }

  public void settings(Settings next) {
    settings = next;
  }

  public AwsCli aws() {
    return aws;
  }

  public Shell shell() {
    return shell;
  }

  public Hosts hosts() {
    return hosts;
  }

  /** The shell the learner is in now, with its machine's disk as it is now. */
  public ShellContext here() {
    ShellContext context = places.peek().context();
    return context.withMachine(hosts.machine(context.machine().id(), world, world.now()));
  }

  /** The instance the learner is on, if not the laptop. */
  public Optional<Instance> instanceHere() {
    return Hosts.instanceOf(world, here().machine());
  }

  /** Every trace of this session, oldest first: what {@code /explain N} numbers. */
  public List<Trace> traces() {
    return List.copyOf(traces);
  }

  /** The prompt of the shell the learner is in, from its PS1: {@code learner@laptop:~$ }. */
  public String prompt() {
    return here().prompt();
  }

  /**
   * Runs shell input where the learner is. {@code exit} leaves the current shell (an ssh session
   * closes; on the laptop the session ends); {@code ssh} and {@code sudo su} enter a new one.
   */
  public Outcome run(String source) {
    ShellRun run = shell.run(here(), source, terminal);
    hosts.store(run.context().machine());
    Place left = places.pop();
    places.push(new Place(run.context(), left.farewell()));
    var parts = parts(run.output());
    boolean endsSession = false;
    if (run.exited()) {
      if (places.size() > 1) {
        Place closed = places.pop();
        if (!closed.farewell().isEmpty()) {
          // ssh says "Connection to … closed." on standard error (clientloop.c)
          parts.add(new Part.Output(Part.Stream.STDERR, closed.farewell()));
        }
      } else {
        endsSession = true;
      }
    }
    run.entered().ifPresent(this::enter);
    return new Outcome(parts, run.exitStatus(), endsSession);
  }

  private void enter(Entered entered) {
    hosts.store(entered.context().machine());
    places.push(new Place(entered.context(), entered.farewell()));
  }

  private List<Part> parts(List<Output> output) {
    var parts = new ArrayList<Part>();
    for (Output o : output) {
      if (o instanceof Output.Stdout s) {
        parts.add(new Part.Output(Part.Stream.STDOUT, s.text()));
      } else if (o instanceof Output.Stderr s) {
        parts.add(new Part.Output(Part.Stream.STDERR, s.text()));
      } else if (o instanceof Output.Noted n) {
        parts.add(new Part.Remark(n.note()));
      } else if (o instanceof Output.Traced t) {
        traces.add(t.trace());
        parts.add(new Part.Traced(t.trace(), traces.size()));
      }
    }
    return Feedback.apply(parts, settings.feedback(), instanceHere().isPresent());
  }

  private InvocationHost host(Invocation invocation) {
    Optional<Instance> instance = Hosts.instanceOf(world, invocation.context().machine());
    CliVersion version = cliOf(instance);
    String versionLine =
        instance
            .map(i -> Hosts.os(i).cliVersionLine())
            .orElse(version == CliVersion.V1 ? LAPTOP_CLI_V1 : LAPTOP_CLI_V2);
    return new InvocationHost(invocation, this, version, versionLine, instance);
  }

  /**
   * The AWS CLI major version where the learner is: the AMI's on an instance, else the laptop's.
   */
  public CliVersion cliHere() {
    return cliOf(instanceHere());
  }

  private CliVersion cliOf(Optional<Instance> instance) {
    return instance.map(i -> Hosts.os(i).cli()).orElse(settings.laptopCli());
  }

  /**
   * The region an {@code aws} command typed here would call (environment, then {@code
   * ~/.aws/config}), else the region of the instance the learner is on; empty on a laptop with no
   * region configured.
   */
  public Optional<String> regionHere() {
    return new ShellConfigSource(here(), cliHere())
        .region(List.of())
        .or(() -> instanceHere().map(Instance::region));
  }

  /** The shell's clock is the account's: files get the same simulated times as resources. */
  private static final class WorldClock extends Clock {
    private final Session session;

    WorldClock(Session session) {
      this.session = session;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return session.world.now();
    }
  }
}
