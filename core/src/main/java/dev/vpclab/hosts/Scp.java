package dev.vpclab.hosts;

import dev.vpclab.hosts.ScpArgs.Operand;
import dev.vpclab.model.View;
import dev.vpclab.model.World;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.ShellContext;
import dev.vpclab.shell.ShellRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code scp [-i KEY] [-o …] [-p] [-r] SOURCE… TARGET}, OpenSSH 8.9's scp with its SCP protocol:
 * logs in through the same checks as ssh ({@link SshLogin}), then copies between the two machines'
 * disks ({@link ScpCopy}). When ssh cannot get in, scp says "lost connection" after ssh's own words
 * and exits 1. Two local paths are a plain {@code cp}, as scp runs it.
 */
public final class Scp implements Command {
  private final Supplier<World> world;
  private final Hosts hosts;

  public Scp(Supplier<World> world, Hosts hosts) {
    this.world = world;
    this.hosts = hosts;
  }

  @Override
  public CommandResult run(Invocation invocation) {
    ScpArgs args = ScpArgs.parse(invocation.args());
    if (args.problem().isPresent()) {
      return CommandResult.error(args.problem().get(), 1);
    }
    boolean remoteSources = args.sources().stream().anyMatch(Operand::remote);
    if (args.target().remote() && remoteSources) {
      return CommandResult.status(1)
          .withNote(
              Note.info(
                  "vpclab does not simulate scp between two remote hosts: copy to this machine"
                      + " first, then on"));
    }
    if (!args.target().remote() && !remoteSources) {
      return locally(invocation, args);
    }
    View view = world.get();
    return args.target().remote()
        ? toRemote(invocation, view, args)
        : toLocal(invocation, view, args);
  }

  /** Local files to one host: one login, then every source into the target there. */
  private CommandResult toRemote(Invocation invocation, View view, ScpArgs args) {
    Optional<SshLogin.Result.LoggedIn> far = login(invocation, view, args, args.target());
    if (far.isEmpty()) {
      return CommandResult.status(1);
    }
    var copy = new ScpCopy(invocation, args, far(far.get().shell()));
    List<String> paths = args.sources().stream().map(Operand::path).toList();
    copy.copy(here(invocation), paths, args.target().path(), args.sources().size() > 1);
    hosts.store(far.get().shell().machine().withFiles(copy.sinkFiles()));
    return CommandResult.status(copy.failed() ? 1 : 0);
  }

  /** Files from hosts to here: a login per remote source, as scp.c tolocal does. */
  private CommandResult toLocal(Invocation invocation, View view, ScpArgs args) {
    var copy = new ScpCopy(invocation, args, here(invocation));
    for (Operand source : args.sources()) {
      ScpCopy.End from = here(invocation);
      if (source.remote()) {
        Optional<SshLogin.Result.LoggedIn> far = login(invocation, view, args, source);
        if (far.isEmpty()) {
          return CommandResult.status(1);
        }
        from = far(far.get().shell());
      }
      // the login may have written ~/.ssh/known_hosts here: copy onto the disk as it is now
      copy.receiveOn(invocation.files());
      boolean goesOn =
          copy.copy(from, List.of(source.path()), args.target().path(), args.sources().size() > 1);
      invocation.setFiles(copy.sinkFiles());
      if (!goesOn) {
        break;
      }
    }
    return CommandResult.status(copy.failed() ? 1 : 0);
  }

  /** Logs in for one remote operand; on failure says what scp says after ssh. */
  private Optional<SshLogin.Result.LoggedIn> login(
      Invocation invocation, View view, ScpArgs args, Operand operand) {
    SshLogin.Result result =
        SshLogin.open(invocation, view, hosts, args.destination(operand), "scp");
    if (result instanceof SshLogin.Result.LoggedIn in) {
      return Optional.of(in);
    }
    if (result instanceof SshLogin.Result.RootRefused refused) {
      // scp reads the message where it expects its protocol's answer and prints its first line
      invocation.err(refused.message().lines().findFirst().orElse("") + "\n");
    } else {
      invocation.err("lost connection\n");
      ((SshLogin.Result.Failed) result).note().ifPresent(invocation::note);
    }
    return Optional.empty();
  }

  private static ScpCopy.End here(Invocation invocation) {
    return new ScpCopy.End(
        invocation.files(),
        invocation.principal(),
        invocation.cwd(),
        invocation.env().getOrDefault("HOME", invocation.user().home()),
        false);
  }

  private static ScpCopy.End far(ShellContext shell) {
    return new ScpCopy.End(
        shell.files(), shell.user().principal(), shell.cwd(), shell.user().home(), true);
  }

  /** scp with no host runs cp -f, with -r and -p passed on (scp.c tolocal). */
  private static CommandResult locally(Invocation invocation, ScpArgs args) {
    var words = new ArrayList<String>();
    words.add("cp");
    if (args.recursive()) {
      words.add("-r");
    }
    if (args.preserve()) {
      words.add("-p");
    }
    args.sources().forEach(s -> words.add(s.path()));
    words.add(args.target().path());
    ShellRun run =
        invocation.run(
            invocation.context(),
            String.join(
                " ", words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList()));
    invocation.setFiles(run.context().files());
    invocation.relay(run);
    return CommandResult.status(run.exitStatus());
  }
}
