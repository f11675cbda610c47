package dev.vpclab.session;

import dev.vpclab.cli.AwsCli;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.Services;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.World;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.shell.Laptop;
import dev.vpclab.shell.Output;
import dev.vpclab.shell.Shell;
import dev.vpclab.shell.ShellContext;
import dev.vpclab.shell.ShellRun;
import dev.vpclab.shell.Terminal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One learner's session: one simulated account (the {@link World}), the shells they are in (the
 * laptop at the bottom, an instance on top after {@code ssh}), and their settings. Not thread-safe:
 * a front end evaluates one input at a time.
 */
public final class Session {
  /** What the laptop's {@code aws --version} prints, per CLI major version. */
  static final String LAPTOP_CLI_V2 =
      "aws-cli/2.9.19 Python/3.9.11 Linux/5.15.0-91-generic exe/x86_64.ubuntu.22 prompt/off";

  static final String LAPTOP_CLI_V1 =
      "aws-cli/1.18.147 Python/2.7.18 Linux/5.15.0-91-generic botocore/1.18.6";

  private final AwsCli aws = new AwsCli(Services.shared());
  private final Shell shell;
  private final Terminal terminal;
  private World world;
  private final Deque<ShellContext> contexts = new ArrayDeque<>();
  private Settings settings = Settings.defaults();

  public Session(Terminal terminal) {
    this.terminal = terminal;
    this.shell =
        Shell.withBuiltins(new WorldClock(this))
            .with("aws", invocation -> aws.run(invocation.args(), host(invocation)));
    reset();
  }

  /** Back to a fresh account and a fresh laptop shell; settings stay. */
  public void reset() {
    world = FreshAccount.create();
    contexts.clear();
    contexts.push(Laptop.context(world.now()));
  }

  public World world() {
    return world;
  }

  void commit(World next) {
    world = next;
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

  /** The shell the learner is in now. */
  public ShellContext here() {
    return contexts.peek();
  }

  /** The prompt of the shell the learner is in, from its PS1: {@code learner@laptop:~$ }. */
  public String prompt() {
    return here().prompt();
  }

  /** Runs shell input where the learner is; {@code exit} leaves the current machine. */
  public Outcome run(String source) {
    ShellRun run = shell.run(here(), source, terminal);
    contexts.pop();
    contexts.push(run.context());
    boolean leaves = run.exited();
    if (leaves && contexts.size() > 1) {
      contexts.pop();
      leaves = false;
    }
    return new Outcome(parts(run.output()), run.exitStatus(), leaves);
  }

  private static List<Part> parts(List<Output> output) {
    var parts = new ArrayList<Part>();
    for (Output o : output) {
      if (o instanceof Output.Stdout s) {
        parts.add(new Part.Output(Part.Stream.STDOUT, s.text()));
      } else if (o instanceof Output.Stderr s) {
        parts.add(new Part.Output(Part.Stream.STDERR, s.text()));
      } else if (o instanceof Output.Noted n) {
        parts.add(new Part.Remark(n.note()));
      }
    }
    return parts;
  }

  private InvocationHost host(dev.vpclab.shell.Invocation invocation) {
    CliVersion version = settings.laptopCli();
    return new InvocationHost(
        invocation, this, version, version == CliVersion.V1 ? LAPTOP_CLI_V1 : LAPTOP_CLI_V2);
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
