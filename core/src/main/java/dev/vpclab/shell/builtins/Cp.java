package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Metadata;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.Paths;
import dev.vpclab.shell.fs.RegularFile;

/**
 * GNU {@code cp [-r] [-p] SOURCE... DEST}. A new copy belongs to the user, gets the source's mode
 * less the umask and the time now; {@code -p} keeps mode and time.
 */
final class Cp implements Command {
  private static final int UMASK = 022;
  private static final Options OPTIONS =
      Options.of(
          Options.flag('r', "recursive"),
          Options.flag('R', null),
          Options.flag('a', "archive"),
          Options.flag('p', null),
          Options.flag('f', "force"),
          Options.flag('i', "interactive"),
          Options.flag('v', "verbose"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("cp", options.error(), 1);
    }
    Targets.Checked checked = Targets.check("cp", options.operands(), invocation);
    if (checked.error() != null) {
      return checked.error();
    }
    Targets targets = checked.targets();
    boolean recursive = options.has("r") || options.has("R") || options.has("a");
    boolean preserve = options.has("p") || options.has("a");
    int status = 0;
    for (String source : targets.sources()) {
      String destination = targets.destination(source);
      String error = copy(invocation, source, destination, recursive, preserve);
      if (error != null) {
        invocation.err(error);
        status = 1;
      }
    }
    return CommandResult.status(status);
  }

  private static String copy(
      Invocation invocation,
      String source,
      String destination,
      boolean recursive,
      boolean preserve) {
    String from = invocation.resolve(source);
    String to = invocation.resolve(destination);
    FsResult<Node> node = invocation.files().stat(from, invocation.principal());
    if (!node.isOk()) {
      return "cp: cannot stat " + Gnu.quote(source) + ": " + node.error().message() + "\n";
    }
    FsResult<String> fromCanonical = invocation.files().canonical(from, invocation.principal());
    FsResult<String> toCanonical = invocation.files().canonical(to, invocation.principal());
    if (toCanonical.isOk() && fromCanonical.get().equals(toCanonical.get())) {
      return "cp: " + Gnu.quote(source) + " and " + Gnu.quote(destination) + " are the same file\n";
    }
    if (node.get() instanceof Directory) {
      if (!recursive) {
        return "cp: -r not specified; omitting directory " + Gnu.quote(source) + "\n";
      }
      String toNormalized = Paths.normalize(to);
      if (Targets.within(toNormalized, fromCanonical.get())) {
        return "cp: cannot copy a directory, "
            + Gnu.quote(source)
            + ", into itself, "
            + Gnu.quote(destination)
            + "\n";
      }
      return copyTree(invocation, source, destination, preserve);
    }
    return copyFile(invocation, source, destination, (RegularFile) node.get(), preserve);
  }

  private static String copyFile(
      Invocation invocation,
      String source,
      String destination,
      RegularFile file,
      boolean preserve) {
    FsResult<String> content =
        invocation.files().read(invocation.resolve(source), invocation.principal());
    if (!content.isOk()) {
      return "cp: cannot open "
          + Gnu.quote(source)
          + " for reading: "
          + content.error().message()
          + "\n";
    }
    String to = invocation.resolve(destination);
    FileSystem files = invocation.files();
    FsResult<FileSystem> written;
    if (files.stat(to, invocation.principal()).isOk()) {
      written = files.write(to, content.get(), false, invocation.principal(), invocation.now());
    } else {
      Metadata meta =
          new Metadata(
              invocation.user().name(),
              invocation.user().group(),
              preserve ? file.meta().mode() : file.meta().mode() & ~UMASK,
              preserve ? file.meta().modified() : invocation.now());
      written =
          files.place(
              to, new RegularFile(meta, content.get()), invocation.principal(), invocation.now());
    }
    if (!written.isOk()) {
      return "cp: cannot create regular file "
          + Gnu.quote(destination)
          + ": "
          + written.error().message()
          + "\n";
    }
    invocation.setFiles(written.get());
    return null;
  }

  private static String copyTree(
      Invocation invocation, String source, String destination, boolean preserve) {
    String from = invocation.resolve(source);
    String to = invocation.resolve(destination);
    var listing = invocation.files().list(from, invocation.principal());
    if (!listing.isOk()) {
      return "cp: cannot access " + Gnu.quote(source) + ": " + listing.error().message() + "\n";
    }
    if (!invocation.files().stat(to, invocation.principal()).isOk()) {
      FsResult<FileSystem> made =
          invocation.files().mkdir(to, invocation.principal(), invocation.now());
      if (!made.isOk()) {
        return "cp: cannot create directory "
            + Gnu.quote(destination)
            + ": "
            + made.error().message()
            + "\n";
      }
      invocation.setFiles(made.get());
    }
    var errors = new StringBuilder();
    for (var entry : listing.get().entries().entrySet()) {
      String childSource = Paths.resolve(source, entry.getKey());
      String childDestination = Paths.resolve(destination, entry.getKey());
      String error =
          entry.getValue() instanceof Directory
              ? copyTree(invocation, childSource, childDestination, preserve)
              : copyFile(
                  invocation,
                  childSource,
                  childDestination,
                  (RegularFile) entry.getValue(),
                  preserve);
      if (error != null) {
        errors.append(error);
      }
    }
    return errors.length() == 0 ? null : errors.toString();
  }
}
