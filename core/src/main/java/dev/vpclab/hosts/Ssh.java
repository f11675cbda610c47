package dev.vpclab.hosts;

import dev.vpclab.model.View;
import dev.vpclab.model.World;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.ShellRun;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code ssh [-i KEY] [-o …] [user@]host [command]}: logs in only if the network lets TCP 22
 * through both ways (the tracer judges it) and the key and user are right ({@link SshLogin}).
 * Without a command it moves the learner into the instance's login shell, after sshd's "Last login"
 * line and the message of the day; {@code exit} there comes back with "Connection to … closed."
 * (clientloop.c, on standard error). With a command it runs it there and returns.
 */
public final class Ssh implements Command {
  /** ctime(3), as sshd prints the last login: {@code Fri Dec 30 07:29:12 2022}. */
  private static final DateTimeFormatter CTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ROOT);

  private final Supplier<World> world;
  private final Hosts hosts;

  public Ssh(Supplier<World> world, Hosts hosts) {
    this.world = world;
    this.hosts = hosts;
  }

  @Override
  public CommandResult run(Invocation invocation) {
    var parsed = SshArgs.parse(invocation.args());
    if (parsed.isEmpty()) {
      return CommandResult.error(SshArgs.USAGE, 255);
    }
    SshArgs args = parsed.get();
    if (args.jumpHost().isPresent()) {
      return CommandResult.status(255)
          .withNote(
              Note.info(
                  "vpclab does not simulate ssh -J: ssh to "
                      + args.jumpHost().get()
                      + " first, then on from there with a key file you copied there (scp)"));
    }
    View view = world.get();
    Destination destination = args.destination();
    SshLogin.Result result = SshLogin.open(invocation, view, hosts, destination, "ssh");
    if (result instanceof SshLogin.Result.RootRefused refused) {
      String closed = args.command().isPresent() ? "" : closed(destination);
      return new CommandResult(refused.message(), closed, 0, java.util.List.of());
    }
    if (result instanceof SshLogin.Result.Failed failed) {
      return CommandResult.status(255).withNotes(failed.note().stream().toList());
    }
    var in = (SshLogin.Result.LoggedIn) result;
    if (args.command().isPresent()) {
      // bash -c: not interactive, so its exit says nothing; a subshell behaves alike here
      ShellRun run =
          invocation.run(Hosts.commandShell(in.shell()), "(" + args.command().get() + "\n)");
      hosts.store(run.context().machine());
      invocation.relay(run);
      return CommandResult.status(run.exitStatus());
    }
    InstanceOs os = Hosts.os(in.instance());
    String lastLogin =
        hosts
            .recordLogin(in.instance().id(), new Hosts.LastLogin(invocation.now(), in.client()))
            .map(
                last ->
                    "Last login: "
                        + CTIME.format(last.at().atZone(ZoneOffset.UTC))
                        + " from "
                        + last.from()
                        + "\n")
            .orElse("");
    String greeting = os.motdFirst() ? os.banner() + lastLogin : lastLogin + os.banner();
    invocation.enter(in.shell(), closed(destination));
    CommandResult loggedIn = CommandResult.ok(greeting);
    return args.forwardAgent()
        ? loggedIn.withNote(
            Note.info(
                "no ssh-agent runs here, so -A forwards no key: to go on from "
                    + destination.host()
                    + ", copy the key file there with scp"))
        : loggedIn;
  }

  /** clientloop.c's goodbye for a session with a terminal, unless ssh was told to be quiet. */
  private static String closed(Destination destination) {
    return destination.logsInfo()
        ? "Connection to " + destination.host().toLowerCase() + " closed.\n"
        : "";
  }
}
