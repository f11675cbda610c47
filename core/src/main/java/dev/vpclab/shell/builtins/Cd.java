package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.ShellState;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * bash's {@code cd}: to $HOME without an argument, to $OLDPWD (printing it) with {@code -}, else to
 * the directory given, keeping PWD and OLDPWD up to date. Paths are resolved logically, as bash's
 * default {@code -L} does.
 */
final class Cd implements Command {
  @Override
  public CommandResult run(Invocation invocation) {
    ShellState shell = invocation.shell();
    String prefix = shell.shellName() + ": cd: ";
    List<String> args = new ArrayList<>();
    boolean options = true;
    for (String arg : invocation.args()) {
      if (options && arg.equals("--")) {
        options = false;
      } else if (options && arg.matches("-[LPe@]+")) {
        continue;
      } else if (options && arg.startsWith("-") && arg.length() > 1) {
        return CommandResult.error(
            prefix
                + arg.substring(0, 2)
                + ": invalid option\ncd: usage: cd [-L|[-P [-e]] [-@]] [dir]\n",
            2);
      } else {
        options = false;
        args.add(arg);
      }
    }
    if (args.size() > 1) {
      return CommandResult.error(prefix + "too many arguments\n", 1);
    }
    String target;
    boolean print = false;
    if (args.isEmpty()) {
      var home = shell.variable("HOME");
      if (home.isEmpty()) {
        return CommandResult.error(prefix + "HOME not set\n", 1);
      }
      target = home.get();
    } else if (args.get(0).equals("-")) {
      var oldPwd = shell.variable("OLDPWD");
      if (oldPwd.isEmpty()) {
        return CommandResult.error(prefix + "OLDPWD not set\n", 1);
      }
      target = oldPwd.get();
      print = true;
    } else {
      target = args.get(0);
    }
    if (target.isEmpty()) {
      return CommandResult.ok("");
    }
    String path = Paths.normalize(Paths.resolve(shell.cwd(), target));
    FsResult<?> entered = invocation.files().enter(path, invocation.principal());
    if (!entered.isOk()) {
      return CommandResult.error(prefix + target + ": " + entered.error().message() + "\n", 1);
    }
    String old = shell.variable("PWD").orElse(shell.cwd());
    shell.setCwd(path);
    shell.set("OLDPWD", old);
    shell.set("PWD", path);
    return CommandResult.ok(print ? path + "\n" : "");
  }
}
