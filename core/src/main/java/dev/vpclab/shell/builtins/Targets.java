package dev.vpclab.shell.builtins;

import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.Paths;
import java.util.List;

/**
 * The {@code SOURCE... DEST} operands of {@code cp} and {@code mv}: checks them as GNU does and
 * says where each source goes.
 */
record Targets(List<String> sources, String target, boolean intoDirectory) {

  /** Operands checked: the targets, or the error to print instead. */
  record Checked(Targets targets, CommandResult error) {
    static Checked error(CommandResult error) {
      return new Checked(null, error);
    }
  }

  static Checked check(String command, List<String> operands, Invocation invocation) {
    if (operands.isEmpty()) {
      return Checked.error(Gnu.usageError(command, "missing file operand", 1));
    }
    if (operands.size() == 1) {
      return Checked.error(
          Gnu.usageError(
              command, "missing destination file operand after " + Gnu.quote(operands.get(0)), 1));
    }
    String target = operands.get(operands.size() - 1);
    List<String> sources = operands.subList(0, operands.size() - 1);
    FsResult<Node> node =
        invocation.files().stat(invocation.resolve(target), invocation.principal());
    boolean directory = node.isOk() && node.get() instanceof Directory;
    if (sources.size() > 1 && !directory) {
      String why = node.isOk() ? "Not a directory" : node.error().message();
      return Checked.error(
          CommandResult.error(command + ": target " + Gnu.quote(target) + ": " + why + "\n", 1));
    }
    return new Checked(new Targets(List.copyOf(sources), target, directory), null);
  }

  /** Where {@code source} goes, as the messages show it ({@code d/a} for {@code cp a d}). */
  String destination(String source) {
    if (!intoDirectory) {
      return target;
    }
    String base = Paths.baseName(source);
    return target.endsWith("/") ? target + base : target + "/" + base;
  }

  /** Whether {@code inner} is {@code outer} or lies below it (both normalized). */
  static boolean within(String inner, String outer) {
    return inner.equals(outer) || inner.startsWith(outer.endsWith("/") ? outer : outer + "/");
  }
}
