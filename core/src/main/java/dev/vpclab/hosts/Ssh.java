package dev.vpclab.hosts;

import dev.vpclab.dns.Answer;
import dev.vpclab.dns.VpcDns;
import dev.vpclab.model.View;
import dev.vpclab.model.World;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.KeyPair;
import dev.vpclab.net.Ipv4;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.ShellContext;
import dev.vpclab.shell.ShellRun;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Component.Kind;
import dev.vpclab.trace.Path;
import dev.vpclab.trace.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code ssh [-i KEY] [-o …] [user@]host [command]}: connects only if the network lets TCP 22
 * through both ways (the tracer judges it) and the key and user are right, printing what OpenSSH
 * prints at each failure (aws-facts.md section 9). Without a command it moves the learner into the
 * instance's login shell; {@code exit} there comes back.
 */
public final class Ssh implements Command {
  private final Supplier<World> world;
  private final Hosts hosts;

  public Ssh(Supplier<World> world, Hosts hosts) {
    this.world = world;
    this.hosts = hosts;
  }

  @Override
  public CommandResult run(Invocation invocation) {
    Optional<SshArgs> parsed = SshArgs.parse(invocation.args());
    if (parsed.isEmpty()) {
      return CommandResult.error(SshArgs.USAGE, 255);
    }
    SshArgs args = parsed.get();
    View view = world.get();
    Origin origin = Origin.of(view, invocation);
    var steps = new ArrayList<Step>();
    Optional<Ipv4> address = origin.resolve(view, args.host(), steps).map(Answer::address);
    String user = args.user().orElse(invocation.user().name());
    String title = "ssh " + user + "@" + args.host() + " (TCP 22)";
    if (address.isEmpty()) {
      trace(invocation, title, "could not resolve", steps);
      // getaddrinfo's words: EAI_AGAIN when no resolver answers, EAI_NONAME for NXDOMAIN.
      String reason =
          origin.lookup(view, args.host()) instanceof VpcDns.Lookup.ResolverOff
              ? "Temporary failure in name resolution"
              : "Name or service not known";
      return CommandResult.error(
          "ssh: Could not resolve hostname " + args.host() + ": " + reason + "\n", 255);
    }
    Path path = origin.connect(view, address.get(), 22, args.host());
    steps.addAll(path.steps());
    Optional<Instance> target = path.receiver().flatMap(id -> view.find(Instance.class, id));
    if (!path.delivered() || target.isEmpty()) {
      if (path.delivered()) {
        steps.add(
            Step.fail(
                Component.of(Kind.SSH),
                "nothing at " + address.get() + " listens on port 22",
                "NO_SSH_SERVER"));
      }
      trace(invocation, title, "connection timed out", steps);
      return new CommandResult(
          "",
          "ssh: connect to host " + args.host() + " port 22: Connection timed out\n",
          255,
          List.of(Note.info("the real ssh would have waited about 2 minutes before saying so")));
    }
    var out = new StringBuilder();
    var err = new StringBuilder();
    FileSystem files = invocation.files();
    Optional<KeyFile> key = args.identity().map(k -> KeyFile.read(invocation, k, err));
    boolean firstTime = KnownHosts.isNew(files, invocation, args.host());
    if (firstTime) {
      KnownHosts.announce(err, args, origin, address.get(), target.get());
      if (args.remembersHosts()) {
        invocation.setFiles(KnownHosts.remember(invocation, args.host(), address.get()));
      }
    }
    Component ssh =
        Component.of(Kind.SSH, target.get().id(), view.tags(target.get().id()).name().orElse(null));
    if (user.equals("root")) {
      steps.add(Step.fail(ssh, "sshd lets only ec2-user log in", "WRONG_USER"));
      trace(invocation, title, "root refused", steps);
      return new CommandResult(
          "Please login as the user \"ec2-user\" rather than the user \"root\".\n\n",
          err.toString(),
          0,
          List.of());
    }
    Optional<KeyPair> pair = keyPair(view, target.get());
    boolean keyMatches =
        key.flatMap(KeyFile::usableContent)
            .flatMap(c -> pair.map(p -> same(c, p.privateKeyMaterial())))
            .orElse(false);
    if (!user.equals(Hosts.EC2_USER.name()) || !keyMatches) {
      steps.add(
          Step.fail(
              Component.of(
                  Kind.KEY_PAIR,
                  pair.map(KeyPair::id).orElse(null),
                  pair.map(KeyPair::name).orElse(null)),
              refusal(user, key, pair),
              user.equals(Hosts.EC2_USER.name()) ? "KEY_MISMATCH" : "WRONG_USER"));
      trace(invocation, title, "permission denied", steps);
      err.append(user)
          .append('@')
          .append(args.host())
          .append(": Permission denied (publickey,gssapi-keyex,gssapi-with-mic).\n");
      return new CommandResult(out.toString(), err.toString(), 255, List.of());
    }
    steps.add(
        Step.pass(
            Component.of(Kind.KEY_PAIR, pair.get().id(), pair.get().name()),
            key.get().path()
                + " holds the private key of "
                + pair.get().name()
                + ", the key pair "
                + target.get().id()
                + " was launched with; ec2-user may log in"));
    trace(invocation, title, "logged in", steps);
    ShellContext remote = hosts.login(target.get(), view, invocation.now());
    if (args.command().isPresent()) {
      ShellRun run = invocation.run(remote, args.command().get());
      hosts.store(run.context().machine());
      return new CommandResult(run.stdout(), err + run.stderr(), run.exitStatus(), run.notes());
    }
    out.append(Hosts.os(target.get()).banner());
    invocation.enter(remote, "Connection to " + args.host() + " closed.\n");
    return new CommandResult(out.toString(), err.toString(), 0, List.of());
  }

  private static String refusal(String user, Optional<KeyFile> key, Optional<KeyPair> pair) {
    if (!user.equals(Hosts.EC2_USER.name())) {
      return "sshd lets only ec2-user log in, not " + user;
    }
    String wanted = pair.map(p -> "the key pair " + p.name()).orElse("no key pair");
    if (key.isEmpty()) {
      return "no -i key given; the instance was launched with " + wanted;
    }
    if (key.get().usableContent().isEmpty()) {
      return key.get().path() + " could not be used (" + key.get().problem() + ")";
    }
    return key.get().path()
        + " is not the private key of "
        + wanted
        + ", which the instance was launched with";
  }

  private static boolean same(String file, String material) {
    return file.strip().equals(material.strip());
  }

  private static Optional<KeyPair> keyPair(View view, Instance instance) {
    if (instance.keyName() == null) {
      return Optional.empty();
    }
    return view.all(KeyPair.class, instance.region())
        .filter(k -> k.name().equals(instance.keyName()))
        .findFirst();
  }

  private static void trace(Invocation invocation, String title, String outcome, List<Step> steps) {
    NetworkTrace.record(invocation, title, outcome, steps);
  }

  /** A private key file as ssh loads it: there, readable, and not readable by others. */
  record KeyFile(String path, Optional<String> content, String problem) {
    static KeyFile read(Invocation invocation, String path, StringBuilder err) {
      String absolute = invocation.resolve(path);
      FsResult<Node> stat = invocation.files().stat(absolute, invocation.principal());
      if (!stat.isOk()) {
        err.append("Warning: Identity file ")
            .append(path)
            .append(" not accessible: No such file or directory.\n");
        return new KeyFile(path, Optional.empty(), "no such file");
      }
      int mode = stat.get().meta().mode() & 0777;
      if ((mode & 077) != 0) {
        err.append("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n")
            .append("@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @\n")
            .append("@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n")
            .append(
                String.format("Permissions 0%o for '%s' are too open.%n", mode, path)
                    .replace("\r", ""))
            .append("It is required that your private key files are NOT accessible by others.\n")
            .append("This private key will be ignored.\n")
            .append("Load key \"")
            .append(path)
            .append("\": bad permissions\n");
        return new KeyFile(
            path, Optional.empty(), String.format("mode 0%o is too open; chmod 400 it", mode));
      }
      FsResult<String> read = invocation.files().read(absolute, invocation.principal());
      return read.isOk()
          ? new KeyFile(path, Optional.of(read.get()), "")
          : new KeyFile(path, Optional.empty(), read.error().message());
    }

    Optional<String> usableContent() {
      return content;
    }
  }
}
