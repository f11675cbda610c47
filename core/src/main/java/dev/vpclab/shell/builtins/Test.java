package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.RegularFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * bash's {@code test} and {@code [ ... ]}: file tests ({@code -f -d -e -r -w -x -s}), string tests
 * ({@code -z -n = != < >}), integer comparisons ({@code -eq -lt ...}), {@code !}, {@code -a},
 * {@code -o} and parentheses; up to four arguments read by POSIX's rules by count. Status 0 true, 1
 * false, 2 for a malformed expression.
 */
final class Test implements Command {
  private static final Set<String> UNARY =
      Set.of(
          "-e", "-f", "-d", "-r", "-w", "-x", "-s", "-z", "-n", "-L", "-h", "-p", "-S", "-b", "-c",
          "-g", "-u", "-k", "-O", "-G", "-N", "-t", "-a");
  private static final Set<String> BINARY =
      Set.of(
          "=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef");

  private final boolean bracket;

  Test(boolean bracket) {
    this.bracket = bracket;
  }

  /** A malformed expression: bash prints the message and returns 2. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public CommandResult run(Invocation invocation) {
    String prefix = invocation.shell().shellName() + ": " + invocation.name() + ": ";
    List<String> args = new ArrayList<>(invocation.args());
    if (bracket) {
      if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
        return CommandResult.error(prefix + "missing `]'\n", 2);
      }
      args.remove(args.size() - 1);
    }
    try {
      return CommandResult.status(new Evaluation(invocation, args).run() ? 0 : 1);
    } catch (Malformed e) {
      return CommandResult.error(prefix + e.getMessage() + "\n", 2);
    }
  }

  /** One evaluation over the arguments. */
  private static final class Evaluation {
    private final Invocation invocation;
    private final List<String> args;
    private int at;

    Evaluation(Invocation invocation, List<String> args) {
      this.invocation = invocation;
      this.args = args;
    }

    boolean run() {
      switch (args.size()) {
        case 0:
          return false;
        case 1:
          return !args.get(0).isEmpty();
        case 2:
          return two(args.get(0), args.get(1));
        case 3:
          return three(args.get(0), args.get(1), args.get(2));
        case 4:
          if (args.get(0).equals("!")) {
            return !three(args.get(1), args.get(2), args.get(3));
          }
          if (args.get(0).equals("(") && args.get(3).equals(")")) {
            return two(args.get(1), args.get(2));
          }
          return expression();
        default:
          return expression();
      }
    }

    private boolean two(String first, String second) {
      if (first.equals("!")) {
        return second.isEmpty();
      }
      if (UNARY.contains(first)) {
        return unary(first, second);
      }
      throw new Malformed(first + ": unary operator expected");
    }

    private boolean three(String first, String second, String third) {
      if (BINARY.contains(second)) {
        return binary(first, second, third);
      }
      if (second.equals("-a")) {
        return !first.isEmpty() && !third.isEmpty();
      }
      if (second.equals("-o")) {
        return !first.isEmpty() || !third.isEmpty();
      }
      if (first.equals("!")) {
        return !two(second, third);
      }
      if (first.equals("(") && third.equals(")")) {
        return !second.isEmpty();
      }
      throw new Malformed(second + ": binary operator expected");
    }

    // general form: or := and (-o and)*; and := not (-a not)*; not := ! not | primary
    private boolean expression() {
      at = 0;
      boolean value = or();
      if (at < args.size()) {
        throw new Malformed(args.get(at) + ": binary operator expected");
      }
      return value;
    }

    private boolean or() {
      boolean value = and();
      while (at < args.size() && args.get(at).equals("-o")) {
        at++;
        boolean right = and();
        value = value || right;
      }
      return value;
    }

    private boolean and() {
      boolean value = not();
      while (at < args.size() && args.get(at).equals("-a")) {
        at++;
        boolean right = not();
        value = value && right;
      }
      return value;
    }

    private boolean not() {
      if (at < args.size() && args.get(at).equals("!")) {
        at++;
        return !not();
      }
      return primary();
    }

    private boolean primary() {
      if (at >= args.size()) {
        throw new Malformed("argument expected");
      }
      String first = args.get(at);
      if (first.equals("(")) {
        at++;
        boolean value = or();
        if (at >= args.size() || !args.get(at).equals(")")) {
          throw new Malformed("`)' expected");
        }
        at++;
        return value;
      }
      if (at + 2 < args.size() && BINARY.contains(args.get(at + 1))) {
        at += 3;
        return binary(first, args.get(at - 2), args.get(at - 1));
      }
      if (UNARY.contains(first) && at + 1 < args.size()) {
        at += 2;
        return unary(first, args.get(at - 1));
      }
      at++;
      return !first.isEmpty();
    }

    private boolean unary(String op, String operand) {
      switch (op) {
        case "-z":
          return operand.isEmpty();
        case "-n":
          return !operand.isEmpty();
        case "-t":
          return false;
        default:
          break;
      }
      FsResult<Node> node =
          operand.isEmpty()
              ? FsResult.fail(dev.vpclab.shell.fs.Errno.ENOENT)
              : invocation.files().stat(invocation.resolve(operand), invocation.principal());
      if (!node.isOk()) {
        return false;
      }
      Node n = node.get();
      return switch (op) {
        case "-e", "-a" -> true;
        case "-f" -> n instanceof RegularFile;
        case "-d" -> n instanceof Directory;
        case "-r" -> invocation.principal().may(n, 4);
        case "-w" -> invocation.principal().may(n, 2);
        case "-x" -> invocation.principal().may(n, 1);
        case "-s" -> n.size() > 0;
        case "-u" -> (n.meta().mode() & 04000) != 0;
        case "-g" -> (n.meta().mode() & 02000) != 0;
        case "-k" -> (n.meta().mode() & 01000) != 0;
        case "-O" -> n.meta().owner().equals(invocation.user().name());
        case "-G" -> n.meta().group().equals(invocation.user().group());
        default -> false; // no links, pipes, sockets or devices in the simulation
      };
    }

    private boolean binary(String left, String op, String right) {
      switch (op) {
        case "=":
        case "==":
          return left.equals(right);
        case "!=":
          return !left.equals(right);
        case "<":
          return left.compareTo(right) < 0;
        case ">":
          return left.compareTo(right) > 0;
        case "-nt":
        case "-ot":
        case "-ef":
          return files(left, op, right);
        default:
          long a = integer(left);
          long b = integer(right);
          return switch (op) {
            case "-eq" -> a == b;
            case "-ne" -> a != b;
            case "-lt" -> a < b;
            case "-le" -> a <= b;
            case "-gt" -> a > b;
            default -> a >= b;
          };
      }
    }

    private boolean files(String left, String op, String right) {
      FsResult<Node> a = invocation.files().stat(invocation.resolve(left), invocation.principal());
      FsResult<Node> b = invocation.files().stat(invocation.resolve(right), invocation.principal());
      if (op.equals("-ef")) {
        return a.isOk()
            && b.isOk()
            && invocation
                .files()
                .canonical(invocation.resolve(left), invocation.principal())
                .equals(
                    invocation
                        .files()
                        .canonical(invocation.resolve(right), invocation.principal()));
      }
      if (!a.isOk() || !b.isOk()) {
        return op.equals("-nt") ? a.isOk() : b.isOk();
      }
      int order = a.get().meta().modified().compareTo(b.get().meta().modified());
      return op.equals("-nt") ? order > 0 : order < 0;
    }

    private static long integer(String text) {
      String t = text.strip();
      if (!t.matches("[-+]?[0-9]+")) {
        throw new Malformed(text + ": integer expression expected");
      }
      return Long.parseLong(t);
    }
  }
}
