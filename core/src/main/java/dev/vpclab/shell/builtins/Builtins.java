package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shell builtins and coreutils every simulated machine has, each printing what bash 5 and GNU
 * coreutils 9 print on Linux (checked against the real tools).
 */
public final class Builtins {
  private Builtins() {}

  /** A registry of all of them, to which a session adds {@code aws}, {@code ssh} and the rest. */
  public static CommandRegistry registry() {
    Map<String, Command> commands = new LinkedHashMap<>();
    commands.put("echo", new Echo());
    commands.put("printf", new Printf());
    commands.put("cat", new Cat());
    commands.put("ls", new Ls());
    commands.put("chmod", new Chmod());
    commands.put("pwd", new Pwd());
    commands.put("cd", new Cd());
    commands.put("env", new Env());
    commands.put("printenv", new Printenv());
    commands.put("export", new Export());
    commands.put("unset", new Unset());
    commands.put("whoami", Identity.WHOAMI);
    commands.put("hostname", Identity.HOSTNAME);
    commands.put("mkdir", new Mkdir());
    commands.put("rmdir", new Rmdir());
    commands.put("rm", new Rm());
    commands.put("touch", new Touch());
    commands.put("cp", new Cp());
    commands.put("mv", new Mv());
    commands.put("head", new HeadTail(true));
    commands.put("tail", new HeadTail(false));
    commands.put("grep", new Grep());
    commands.put("wc", new Wc());
    commands.put("cut", new Cut());
    commands.put("sort", new Sort());
    commands.put("uniq", new Uniq());
    commands.put("tr", new Tr());
    commands.put("test", new Test(false));
    commands.put("[", new Test(true));
    commands.put("true", Trivial.TRUE);
    commands.put(":", Trivial.TRUE);
    commands.put("false", Trivial.FALSE);
    commands.put("clear", Trivial.CLEAR);
    commands.put("sleep", Trivial.SLEEP);
    commands.put("read", new Read());
    commands.put("tee", new Tee());
    commands.put("basename", PathNames::basename);
    commands.put("dirname", PathNames::dirname);
    commands.put("type", Lookup::type);
    commands.put("which", Lookup::which);
    commands.put("set", new SetBuiltin());
    commands.put("alias", Alias::alias);
    commands.put("unalias", Alias::unalias);
    commands.put("exit", new Exit(false));
    commands.put("logout", new Exit(true));
    return new CommandRegistry(commands);
  }
}
