package dev.vpclab.shell.builtins;

import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Paths;
import java.util.List;

/** GNU {@code basename NAME [SUFFIX]} and {@code dirname NAME...}. */
final class PathNames {
  private PathNames() {}

  static CommandResult basename(Invocation invocation) {
    List<String> args = invocation.args();
    if (args.isEmpty()) {
      return Gnu.usageError("basename", "missing operand", 1);
    }
    if (args.size() > 2) {
      return Gnu.usageError("basename", "extra operand " + Gnu.quote(args.get(2)), 1);
    }
    String base = Paths.baseName(args.get(0));
    if (args.size() == 2 && base.endsWith(args.get(1)) && !base.equals(args.get(1))) {
      base = base.substring(0, base.length() - args.get(1).length());
    }
    return CommandResult.ok(base + "\n");
  }

  static CommandResult dirname(Invocation invocation) {
    if (invocation.args().isEmpty()) {
      return Gnu.usageError("dirname", "missing operand", 1);
    }
    var out = new StringBuilder();
    for (String name : invocation.args()) {
      out.append(Paths.dirName(name)).append('\n');
    }
    return CommandResult.ok(out.toString());
  }
}
