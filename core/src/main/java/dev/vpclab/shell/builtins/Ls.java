package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GNU {@code ls}: files named first, then each directory's entries; {@code -l} in long format,
 * columns when standard output is a terminal and one name per line when it is not, names needing it
 * quoted on a terminal, as coreutils 9 prints them.
 */
final class Ls implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('a', "all"),
          Options.flag('A', "almost-all"),
          Options.flag('l', null),
          Options.flag('1', null),
          Options.flag('C', null),
          Options.flag('d', "directory"),
          Options.flag('h', "human-readable"),
          Options.flag('r', "reverse"),
          Options.flag('t', null),
          Options.flag('F', "classify"),
          Options.flag('R', "recursive"),
          Options.optional("color"));

  /** One thing to list: the name to show and its node. */
  record Entry(String name, Node node) {}

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("ls", options.error(), 2);
    }
    var format = new LsFormat(options, invocation);
    List<String> operands = options.operands().isEmpty() ? List.of(".") : options.operands();
    var files = new ArrayList<Entry>();
    var dirs = new ArrayList<Entry>();
    int status = 0;
    for (String operand : operands) {
      FsResult<Node> node =
          invocation.files().stat(invocation.resolve(operand), invocation.principal());
      if (!node.isOk()) {
        invocation.err(
            "ls: cannot access " + Gnu.quote(operand) + ": " + node.error().message() + "\n");
        status = 2;
        continue;
      }
      var entry = new Entry(operand, node.get());
      if (node.get() instanceof Directory && !options.has("d")) {
        dirs.add(entry);
      } else {
        files.add(entry);
      }
    }
    Comparator<Entry> order = order(options);
    files.sort(order);
    dirs.sort(order);
    var allOperands = new ArrayList<>(files);
    allOperands.addAll(dirs);
    var out = new StringBuilder();
    if (!files.isEmpty()) {
      out.append(format.listing(files, allOperands, false));
    }
    var listing = new Listing(invocation, options, format, order, out);
    listing.headers = operands.size() > 1 || options.has("R");
    listing.first = files.isEmpty();
    for (Entry dir : dirs) {
      listing.directory(dir.name());
    }
    invocation.out(out.toString());
    return CommandResult.status(Math.max(status, listing.status));
  }

  /** Lists directories one after another (and, with -R, the directories below them). */
  private static final class Listing {
    private final Invocation invocation;
    private final Options.Parsed options;
    private final LsFormat format;
    private final Comparator<Entry> order;
    private final StringBuilder out;
    boolean headers;
    boolean first;
    int status;

    Listing(
        Invocation invocation,
        Options.Parsed options,
        LsFormat format,
        Comparator<Entry> order,
        StringBuilder out) {
      this.invocation = invocation;
      this.options = options;
      this.format = format;
      this.order = order;
      this.out = out;
    }

    void directory(String name) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      if (headers) {
        out.append(format.displayName(name)).append(":\n");
      }
      String path = invocation.resolve(name);
      FsResult<Directory> listing = invocation.files().list(path, invocation.principal());
      if (!listing.isOk()) {
        invocation.out(out.toString());
        out.setLength(0);
        invocation.err(
            "ls: cannot open directory "
                + Gnu.quote(name)
                + ": "
                + listing.error().message()
                + "\n");
        status = 2;
        return;
      }
      List<Entry> entries = entries(listing.get(), path, options, invocation);
      entries.sort(order);
      if (options.has("l")) {
        out.append("total ").append(format.total(entries)).append('\n');
      }
      out.append(format.listing(entries, entries, true));
      if (options.has("R")) {
        for (Entry entry : entries) {
          if (entry.node() instanceof Directory
              && !entry.name().equals(".")
              && !entry.name().equals("..")) {
            directory(name.endsWith("/") ? name + entry.name() : name + "/" + entry.name());
          }
        }
      }
    }
  }

  private static List<Entry> entries(
      Directory dir, String path, Options.Parsed options, Invocation invocation) {
    var entries = new ArrayList<Entry>();
    if (options.has("a")) {
      entries.add(new Entry(".", dir));
      Node parent = invocation.files().find(path + "/..").orElse(dir);
      entries.add(new Entry("..", parent));
    }
    boolean hidden = options.has("a") || options.has("A");
    dir.entries()
        .forEach(
            (name, node) -> {
              if (hidden || !name.startsWith(".")) {
                entries.add(new Entry(name, node));
              }
            });
    return entries;
  }

  private static Comparator<Entry> order(Options.Parsed options) {
    Comparator<Entry> byName = Comparator.comparing(Entry::name);
    Comparator<Entry> order =
        options.has("t")
            ? Comparator.comparing((Entry e) -> e.node().meta().modified())
                .reversed()
                .thenComparing(byName)
            : byName;
    return options.has("r") ? order.reversed() : order;
  }
}
