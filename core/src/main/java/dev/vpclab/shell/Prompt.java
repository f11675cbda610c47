package dev.vpclab.shell;

/**
 * The prompt bash would print before the next line: {@code $PS1} with its backslash escapes decoded
 * (user, host, working directory, $ or #). Debian's prompt gives {@code learner@laptop:~$ }; Amazon
 * Linux's gives {@code [ec2-user@ip-10-0-1-57 ~]$ } and, for root, {@code ...]# }.
 */
public final class Prompt {
  private Prompt() {}

  /** Debian's prompt (without colours). */
  public static final String DEBIAN_PS1 = "\\u@\\h:\\w\\$ ";

  /** Amazon Linux's prompt. */
  public static final String AMAZON_LINUX_PS1 = "[\\u@\\h \\W]\\$ ";

  /** The prompt for the context: its PS1, or bash's default {@code \s-\v\$ } when unset. */
  public static String of(ShellContext context) {
    return render(context.variable("PS1").orElse("\\s-\\v\\$ "), context);
  }

  static String render(String ps1, ShellContext context) {
    var out = new StringBuilder();
    int i = 0;
    while (i < ps1.length()) {
      char c = ps1.charAt(i);
      if (c != '\\' || i + 1 >= ps1.length()) {
        out.append(c);
        i++;
        continue;
      }
      char e = ps1.charAt(i + 1);
      i += 2;
      switch (e) {
        case 'u' -> out.append(context.user().name());
        case 'h' -> out.append(shortHost(context.hostname()));
        case 'H' -> out.append(context.hostname());
        case 'w' -> out.append(context.displayCwd());
        case 'W' -> out.append(baseOfCwd(context));
        case '$' -> out.append(context.user().isRoot() ? '#' : '$');
        case 's' -> out.append("bash");
        case 'v' -> out.append("5.2");
        case 'n' -> out.append('\n');
        case '\\' -> out.append('\\');
        case '[', ']' -> {}
        default -> out.append('\\').append(e);
      }
    }
    return out.toString();
  }

  private static String shortHost(String host) {
    int dot = host.indexOf('.');
    return dot < 0 ? host : host.substring(0, dot);
  }

  private static String baseOfCwd(ShellContext context) {
    String shown = context.displayCwd();
    if (shown.equals("~") || shown.equals("/")) {
      return shown;
    }
    return shown.substring(shown.lastIndexOf('/') + 1);
  }
}
