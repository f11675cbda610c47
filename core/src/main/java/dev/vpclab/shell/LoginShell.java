package dev.vpclab.shell;

/**
 * A shell as a login leaves it: in the user's home, with the environment bash and login set up
 * (HOME, USER, LOGNAME, SHELL, PATH, PWD, LANG, SHLVL, an exported but unset OLDPWD) and bash's own
 * shell variables (HOSTNAME, UID, EUID).
 */
public final class LoginShell {
  private LoginShell() {}

  /** Debian's PATH for an ordinary user. */
  public static final String USER_PATH = "/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games";

  /**
   * A fresh shell on {@code machine} for {@code user}. {@code shellName} is what errors start with:
   * {@code bash} for a terminal window, {@code -bash} for a login such as an ssh session.
   */
  public static ShellContext start(
      Machine machine, User user, String shellName, int pid, String path) {
    return start(machine, user, shellName, pid, path, Prompt.DEBIAN_PS1);
  }

  /** As {@link #start(Machine, User, String, int, String)}, with the distribution's prompt. */
  public static ShellContext start(
      Machine machine, User user, String shellName, int pid, String path, String ps1) {
    Variables variables =
        Variables.EMPTY
            .with("SHELL", "/bin/bash", true)
            .with("PWD", user.home(), true)
            .with("LOGNAME", user.name(), true)
            .with("HOME", user.home(), true)
            .with("LANG", "C.UTF-8", true)
            .with("USER", user.name(), true)
            .with("SHLVL", "1", true)
            .with("PATH", path, true)
            .with("OLDPWD", null, true)
            .with("HOSTNAME", machine.hostname(), false)
            .with("UID", String.valueOf(user.uid()), false)
            .with("EUID", String.valueOf(user.uid()), false)
            .with("PS1", ps1, false);
    return new ShellContext(machine, user, user.home(), variables, 0, shellName, pid);
  }
}
