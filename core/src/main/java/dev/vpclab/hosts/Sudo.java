package dev.vpclab.hosts;

import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.LoginShell;
import dev.vpclab.shell.Prompt;
import dev.vpclab.shell.ShellContext;
import dev.vpclab.shell.ShellRun;
import dev.vpclab.shell.User;
import java.util.List;

/**
 * {@code sudo}: on an instance ec2-user may become root without a password ({@code sudo su} keeps
 * the working directory, {@code sudo su -} and {@code sudo -i} start in /root, {@code sudo -s}
 * keeps the environment) or run one command as root. On the laptop it would ask for the learner's
 * password, which nobody can type here.
 */
public final class Sudo implements Command {
  private static final String ROOT_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/root/bin";

  @Override
  public CommandResult run(Invocation invocation) {
    List<String> args = invocation.args();
    if (invocation.user().isRoot()) {
      return asRoot(invocation, args, invocation.context());
    }
    if (!invocation.user().name().equals(Hosts.EC2_USER.name())) {
      return new CommandResult(
          "",
          "[sudo] password for " + invocation.user().name() + ": \nsudo: a password is required\n",
          1,
          List.of(
              Note.info(
                  "vpclab cannot type a password; the laptop's sudo is not needed in the lab")));
    }
    if (args.isEmpty()) {
      return CommandResult.error(
          "usage: sudo -h | -K | -k | -V\nusage: sudo -v [-AknS] [-g group] [-h host] [-p prompt] [-u user]\n"
              + "usage: sudo -l [-AknS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command]\n"
              + "usage: sudo [-AbEHknPS] [-r role] [-t type] [-C num] [-g group] [-h host] [-p prompt]\n"
              + "            [-T timeout] [-u user] [VAR=value] [-i|-s] [<command>]\n"
              + "usage: sudo -e [-AknS] [-r role] [-t type] [-C num] [-g group] [-h host] [-p prompt]\n"
              + "            [-T timeout] [-u user] file ...\n",
          1);
    }
    ShellContext here = invocation.context();
    return switch (String.join(" ", args)) {
      case "su", "-s", "su root" -> enter(invocation, rootShell(here, false), "");
      case "su -", "-i", "su - root", "su -l", "su --login" ->
          enter(invocation, rootShell(here, true), "");
      default -> asRoot(invocation, args, rootShell(here, false));
    };
  }

  private static CommandResult enter(Invocation invocation, ShellContext root, String farewell) {
    invocation.enter(root, farewell);
    return CommandResult.status(0);
  }

  private static CommandResult asRoot(Invocation invocation, List<String> args, ShellContext root) {
    ShellRun run = invocation.run(root, String.join(" ", args.stream().map(Sudo::quote).toList()));
    invocation.setFiles(run.context().files());
    invocation.relay(run);
    return CommandResult.status(run.exitStatus());
  }

  /** Root's shell on the same machine: a login shell starts in /root, su alone stays here. */
  static ShellContext rootShell(ShellContext here, boolean login) {
    User root = User.root();
    ShellContext shell =
        LoginShell.start(
            here.machine(),
            root,
            login ? "-bash" : "bash",
            here.pid() + 1,
            ROOT_PATH,
            Prompt.AMAZON_LINUX_PS1);
    return login ? shell : shell.withCwd(here.cwd());
  }

  private static String quote(String word) {
    return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
