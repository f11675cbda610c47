package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.Paths;
import java.util.ArrayList;
import java.util.List;

/** GNU {@code chmod MODE FILE...}, with {@code -R}; {@code chmod -x f} takes -x as the mode. */
final class Chmod implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('R', "recursive"),
          Options.flag('v', "verbose"),
          Options.flag('c', "changes"),
          Options.flag('f', "silent"));

  @Override
  public CommandResult run(Invocation invocation) {
    String modeArg = null;
    var rest = new ArrayList<String>();
    for (String arg : invocation.args()) {
      if (modeArg == null && ModeSpec.looksLikeMode(arg)) {
        modeArg = arg;
      } else {
        rest.add(arg);
      }
    }
    Options.Parsed options = OPTIONS.parse(rest);
    if (options.failed()) {
      return Gnu.usageError("chmod", options.error(), 1);
    }
    List<String> operands = new ArrayList<>(options.operands());
    if (modeArg == null) {
      if (operands.isEmpty()) {
        return Gnu.usageError("chmod", "missing operand", 1);
      }
      modeArg = operands.remove(0);
    }
    if (operands.isEmpty()) {
      return Gnu.usageError("chmod", "missing operand after " + Gnu.localeQuote(modeArg), 1);
    }
    var spec = ModeSpec.parse(modeArg);
    if (spec.isEmpty()) {
      return Gnu.usageError("chmod", "invalid mode: " + Gnu.localeQuote(modeArg), 1);
    }
    int status = 0;
    for (String operand : operands) {
      String path = invocation.resolve(operand);
      if (!change(invocation, operand, path, spec.get(), options.has("R"), options.has("f"))) {
        status = 1;
      }
    }
    return CommandResult.status(status);
  }

  private static boolean change(
      Invocation invocation,
      String shown,
      String path,
      ModeSpec spec,
      boolean recursive,
      boolean silent) {
    FileSystem files = invocation.files();
    FsResult<Node> node = files.stat(path, invocation.principal());
    if (!node.isOk()) {
      if (!silent) {
        invocation.err(
            "chmod: cannot access " + Gnu.quote(shown) + ": " + node.error().message() + "\n");
      }
      return false;
    }
    boolean directory = node.get() instanceof Directory;
    int mode = spec.applyTo(node.get().meta().mode(), directory);
    FsResult<FileSystem> changed = files.chmod(path, mode, invocation.principal());
    if (!changed.isOk()) {
      if (!silent) {
        invocation.err(
            "chmod: changing permissions of "
                + Gnu.quote(shown)
                + ": "
                + changed.error().message()
                + "\n");
      }
      return false;
    }
    invocation.setFiles(changed.get());
    boolean ok = true;
    if (recursive && directory) {
      var listing = invocation.files().list(path, invocation.principal());
      if (listing.isOk()) {
        for (String name : listing.get().entries().keySet()) {
          ok &=
              change(
                  invocation,
                  Paths.resolve(shown, name),
                  Paths.resolve(path, name),
                  spec,
                  true,
                  silent);
        }
      }
    }
    return ok;
  }
}
