package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.syntax.Escapes;
import dev.vpclab.shell.syntax.Quoting;
import java.util.List;
import java.util.Locale;

/**
 * bash's {@code printf [-v VAR] FORMAT [ARGUMENT...]}: the format is reused while arguments remain;
 * {@code %s %b %q %c %d %i %u %o %x %X %f %e %g %%} with flags, width and precision.
 */
final class Printf implements Command {

  @Override
  public CommandResult run(Invocation invocation) {
    List<String> args = invocation.args();
    String shell = invocation.shell().shellName();
    String variable = null;
    int i = 0;
    if (i < args.size() && args.get(i).equals("-v")) {
      if (i + 1 >= args.size()) {
        return CommandResult.error(
            shell + ": printf: -v: option requires an argument\n" + usage(), 2);
      }
      variable = args.get(i + 1);
      i += 2;
    }
    if (i < args.size() && args.get(i).equals("--")) {
      i++;
    }
    if (i >= args.size()) {
      return CommandResult.error(usage(), 2);
    }
    String format = args.get(i);
    List<String> values = args.subList(i + 1, args.size());
    var out = new StringBuilder();
    var errors = new StringBuilder();
    int next = 0;
    do {
      int before = next;
      next = once(format, values, next, out, errors, shell);
      if (next < 0 || next == before) {
        break;
      }
    } while (next < values.size());
    int status = errors.length() > 0 ? 1 : 0;
    if (variable != null) {
      invocation.shell().set(variable, out.toString());
      return CommandResult.of("", errors.toString(), status);
    }
    return CommandResult.of(out.toString(), errors.toString(), status);
  }

  private static String usage() {
    return "printf: usage: printf [-v var] format [arguments]\n";
  }

  /** Formats once from argument {@code next}; returns the next argument, or -1 after {@code \c}. */
  private static int once(
      String format,
      List<String> values,
      int next,
      StringBuilder out,
      StringBuilder errors,
      String shell) {
    int i = 0;
    while (i < format.length()) {
      char c = format.charAt(i);
      if (c == '\\' && i + 1 < format.length()) {
        if (format.charAt(i + 1) == 'c') {
          return -1;
        }
        i = Escapes.decode(format, i + 1, out, true);
        continue;
      }
      if (c != '%') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 < format.length() && format.charAt(i + 1) == '%') {
        out.append('%');
        i += 2;
        continue;
      }
      int start = i;
      i++;
      var spec = new StringBuilder("%");
      while (i < format.length() && "-+ #0".indexOf(format.charAt(i)) >= 0) {
        spec.append(format.charAt(i++));
      }
      if (i < format.length() && format.charAt(i) == '*') {
        spec.append(next < values.size() ? toLong(values.get(next++), errors, shell) : 0);
        i++;
      } else {
        while (i < format.length() && Character.isDigit(format.charAt(i))) {
          spec.append(format.charAt(i++));
        }
      }
      if (i < format.length() && format.charAt(i) == '.') {
        spec.append(format.charAt(i++));
        if (i < format.length() && format.charAt(i) == '*') {
          spec.append(next < values.size() ? toLong(values.get(next++), errors, shell) : 0);
          i++;
        } else {
          while (i < format.length() && Character.isDigit(format.charAt(i))) {
            spec.append(format.charAt(i++));
          }
        }
      }
      if (i >= format.length()) {
        out.append(format, start, i);
        break;
      }
      char conversion = format.charAt(i++);
      String value = next < values.size() ? values.get(next++) : null;
      try {
        out.append(convert(spec.toString(), conversion, value, errors, shell));
      } catch (java.util.IllegalFormatException e) {
        out.append(value == null ? "" : value);
      }
    }
    return next;
  }

  private static String convert(
      String spec, char conversion, String value, StringBuilder errors, String shell) {
    switch (conversion) {
      case 's':
        return String.format(Locale.ROOT, spec + "s", value == null ? "" : value);
      case 'b':
        {
          var decoded = new StringBuilder();
          String text = value == null ? "" : value;
          int i = 0;
          while (i < text.length()) {
            if (text.charAt(i) == '\\' && i + 1 < text.length()) {
              if (text.charAt(i + 1) == 'c') {
                break;
              }
              i = Escapes.decode(text, i + 1, decoded, false);
            } else {
              decoded.append(text.charAt(i++));
            }
          }
          return String.format(Locale.ROOT, spec + "s", decoded);
        }
      case 'q':
        return String.format(Locale.ROOT, spec + "s", value == null ? "''" : Quoting.quote(value));
      case 'c':
        return String.format(
            Locale.ROOT, spec + "s", value == null || value.isEmpty() ? "" : value.substring(0, 1));
      case 'd':
      case 'i':
        return String.format(Locale.ROOT, spec + "d", toLong(value, errors, shell));
      case 'u':
        return String.format(Locale.ROOT, spec + "d", toLong(value, errors, shell));
      case 'o':
      case 'x':
      case 'X':
        return String.format(Locale.ROOT, spec + conversion, toLong(value, errors, shell));
      case 'f':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
        return String.format(Locale.ROOT, spec + conversion, toDouble(value, errors, shell));
      default:
        errors
            .append(shell)
            .append(": printf: `")
            .append(conversion)
            .append("': invalid format character\n");
        return "";
    }
  }

  private static long toLong(String value, StringBuilder errors, String shell) {
    if (value == null || value.isEmpty()) {
      return 0;
    }
    if (value.startsWith("'") || value.startsWith("\"")) {
      return value.length() > 1 ? value.codePointAt(1) : 0;
    }
    try {
      String v = value.strip();
      if (v.startsWith("0x") || v.startsWith("0X")) {
        return Long.parseLong(v.substring(2), 16);
      }
      if (v.length() > 1 && v.startsWith("0")) {
        return Long.parseLong(v.substring(1), 8);
      }
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      errors.append(shell).append(": printf: ").append(value).append(": invalid number\n");
      return 0;
    }
  }

  private static double toDouble(String value, StringBuilder errors, String shell) {
    if (value == null || value.isEmpty()) {
      return 0;
    }
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      errors.append(shell).append(": printf: ").append(value).append(": invalid number\n");
      return 0;
    }
  }
}
