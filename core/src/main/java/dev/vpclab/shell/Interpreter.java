package dev.vpclab.shell;

import dev.vpclab.outcome.Note;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.Errno;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.Paths;
import dev.vpclab.shell.syntax.AndOrList;
import dev.vpclab.shell.syntax.Assignment;
import dev.vpclab.shell.syntax.CommandNode;
import dev.vpclab.shell.syntax.ParseResult;
import dev.vpclab.shell.syntax.Pipeline;
import dev.vpclab.shell.syntax.Redirect;
import dev.vpclab.shell.syntax.Script;
import dev.vpclab.shell.syntax.ShellSyntax;
import dev.vpclab.shell.syntax.Word;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs parsed scripts: lists, pipelines, subshells and simple commands, with redirections and
 * assignments, as bash runs them. Every process of one line shares one {@link Execution}.
 */
final class Interpreter {
  private final Execution execution;

  Interpreter(Execution execution) {
    this.execution = execution;
  }

  int runScript(Script script, ShellProcess process, Streams streams) {
    for (Script.Statement statement : script.statements()) {
      if (process.stopped()) {
        break;
      }
      if (statement.background()) {
        execution.note(
            Note.info("vpclab runs `&' jobs in the foreground: the simulation has no job control"));
      }
      runAndOr(statement.commands(), process, streams);
    }
    return process.lastStatus();
  }

  private void runAndOr(AndOrList list, ShellProcess process, Streams streams) {
    int status = runPipeline(list.first(), process, streams);
    process.setLastStatus(status);
    for (AndOrList.Link link : list.rest()) {
      if (process.stopped()) {
        return;
      }
      if (link.connector().runsAfter(status)) {
        status = runPipeline(link.pipeline(), process, streams);
        process.setLastStatus(status);
      }
    }
  }

  private int runPipeline(Pipeline pipeline, ShellProcess process, Streams streams) {
    List<CommandNode> commands = pipeline.commands();
    int status;
    if (commands.size() == 1) {
      status = runNode(commands.get(0), process, streams);
    } else {
      // Each element runs in a subshell; the simulation runs them one after another, each
      // reading all of the previous one's output.
      Streams input = streams;
      status = 0;
      for (int i = 0; i < commands.size(); i++) {
        boolean last = i == commands.size() - 1;
        var pipe = new Sink.Buffer();
        Streams element = input.withOut(last ? streams.out() : pipe);
        status = runNode(commands.get(i), process.fork(), element);
        input = streams.withStdin(pipe.text());
      }
    }
    if (pipeline.negated()) {
      status = status == 0 ? 1 : 0;
    }
    return status;
  }

  private int runNode(CommandNode node, ShellProcess process, Streams streams) {
    if (node instanceof CommandNode.Simple simple) {
      return runSimple(simple, process, streams);
    }
    var expander = new Expander(this, process, streams);
    Streams redirected;
    try {
      redirected = redirect(node.redirects(), process, streams, expander);
    } catch (ExpansionError e) {
      return fail(e, process, streams);
    }
    if (node instanceof CommandNode.Subshell subshell) {
      return runScript(subshell.body(), process.fork(), redirected);
    }
    return runScript(((CommandNode.Group) node).body(), process, redirected);
  }

  private static int fail(ExpansionError e, ShellProcess process, Streams streams) {
    streams.err().write(process.shellName() + ": " + e.getMessage() + "\n");
    if (e.abortsLine()) {
      process.abort();
    }
    return 1;
  }

  private int runSimple(CommandNode.Simple command, ShellProcess process, Streams streams) {
    if (!command.words().isEmpty()) {
      Optional<String> name = command.words().get(0).plainText();
      Optional<String> alias = name.flatMap(process::aliasFor);
      if (alias.isPresent()) {
        return runAlias(name.get(), alias.get(), command, process, streams);
      }
    }
    var expander = new Expander(this, process, streams);
    List<String> argv;
    Streams redirected;
    try {
      argv = expander.commandWords(command.words());
      redirected = redirect(command.redirects(), process, streams, expander);
    } catch (ExpansionError e) {
      return fail(e, process, streams);
    }
    if (argv.isEmpty()) {
      try {
        for (Assignment assignment : command.assignments()) {
          process.set(assignment.name(), value(assignment, process, expander));
        }
      } catch (ExpansionError e) {
        return fail(e, process, streams);
      }
      return Math.max(expander.substitutionStatus(), 0);
    }
    Map<String, String> environment = new LinkedHashMap<>(process.variables().environment());
    try {
      for (Assignment assignment : command.assignments()) {
        environment.put(assignment.name(), value(assignment, process, expander));
      }
    } catch (ExpansionError e) {
      return fail(e, process, streams);
    }
    return invoke(argv, environment, process, redirected);
  }

  /**
   * Runs a simple command whose name is an alias: the alias's text in place of the name, the rest
   * as typed. bash does this while parsing; here it is done on the parsed command, which gives the
   * same result for the aliases people define.
   */
  private int runAlias(
      String name,
      String alias,
      CommandNode.Simple command,
      ShellProcess process,
      Streams streams) {
    var source = new StringBuilder();
    for (Assignment assignment : command.assignments()) {
      source
          .append(assignment.name())
          .append(assignment.append() ? "+=" : "=")
          .append(assignment.value().toSource())
          .append(' ');
    }
    source.append(alias);
    for (Word word : command.words().subList(1, command.words().size())) {
      source.append(' ').append(word.toSource());
    }
    for (Redirect redirect : command.redirects()) {
      source.append(' ').append(redirect.toSource());
    }
    ParseResult parsed = ShellSyntax.parse(source.toString());
    if (parsed instanceof ParseResult.Failed failed) {
      streams.err().write(process.shellName() + ": " + failed.error().message() + "\n");
      return 2;
    }
    process.startExpanding(name);
    try {
      runScript(((ParseResult.Parsed) parsed).script(), process, streams);
    } finally {
      process.stopExpanding(name);
    }
    return process.lastStatus();
  }

  private static String value(Assignment assignment, ShellProcess process, Expander expander) {
    String value = expander.string(assignment.value());
    if (assignment.append()) {
      return process.variable(assignment.name()).orElse("") + value;
    }
    return value;
  }

  private int invoke(
      List<String> argv, Map<String, String> environment, ShellProcess process, Streams streams) {
    String name = argv.get(0);
    if (name.equals("source") || name.equals(".")) {
      return source(argv, process, streams);
    }
    if (name.contains("/")) {
      return runFile(name, process, streams);
    }
    Optional<Command> command = execution.commands().find(name);
    if (command.isEmpty()) {
      streams.err().write(process.shellName() + ": " + name + ": command not found\n");
      return 127;
    }
    var invocation = new Invocation(argv, streams.stdin(), streams, environment, process);
    CommandResult result;
    try {
      result = command.get().run(invocation);
    } catch (RuntimeException e) {
      // a bug in a command must not take the session down
      streams.err().write("vpclab: internal error in " + name + ": " + e + "\n");
      execution.note(Note.info("this is a vpclab bug, not something you did"));
      return 1;
    }
    streams.out().write(result.stdout());
    streams.err().write(result.stderr());
    result.notes().forEach(execution::note);
    return result.exitStatus();
  }

  /** {@code source FILE} and {@code . FILE}: the file's commands run in this shell. */
  private int source(List<String> argv, ShellProcess process, Streams streams) {
    String name = argv.get(0);
    String shell = process.shellName() + ": ";
    if (argv.size() < 2) {
      streams
          .err()
          .write(
              shell
                  + name
                  + ": filename argument required\n"
                  + name
                  + ": usage: "
                  + name
                  + " filename [arguments]\n");
      return 2;
    }
    String file = argv.get(1);
    String path = Paths.resolve(process.cwd(), file);
    FsResult<String> text = execution.files().read(path, process.user().principal());
    if (!text.isOk()) {
      streams
          .err()
          .write(
              text.error() == Errno.EISDIR
                  ? shell + name + ": " + file + ": is a directory\n"
                  : shell + file + ": " + text.error().message() + "\n");
      return 1;
    }
    ParseResult parsed = ShellSyntax.parse(text.get());
    if (parsed instanceof ParseResult.Failed failed) {
      streams.err().write(shell + file + ": " + failed.error().message() + "\n");
      return 2;
    }
    return runScript(((ParseResult.Parsed) parsed).script(), process, streams);
  }

  /** {@code ./script.sh}: a file with execute permission runs as a shell script. */
  private int runFile(String name, ShellProcess process, Streams streams) {
    String path = Paths.resolve(process.cwd(), name);
    FsResult<Node> node = execution.files().stat(path, process.user().principal());
    String prefix = process.shellName() + ": " + name + ": ";
    if (!node.isOk()) {
      streams.err().write(prefix + node.error().message() + "\n");
      return 127;
    }
    if (node.get() instanceof Directory) {
      streams.err().write(prefix + "Is a directory\n");
      return 126;
    }
    FsResult<String> text = execution.files().read(path, process.user().principal());
    boolean executable = process.user().principal().may(node.get(), 1);
    if (!executable || !text.isOk()) {
      streams.err().write(prefix + "Permission denied\n");
      return 126;
    }
    ParseResult parsed = ShellSyntax.parse(text.get());
    if (parsed instanceof ParseResult.Failed failed) {
      streams.err().write(name + ": " + failed.error().message() + "\n");
      return 2;
    }
    return runScript(((ParseResult.Parsed) parsed).script(), process.fork(), streams);
  }

  // ---------------------------------------------------------------- redirections

  private Streams redirect(
      List<Redirect> redirects, ShellProcess process, Streams streams, Expander expander) {
    Streams result = streams;
    for (Redirect redirect : redirects) {
      if (redirect instanceof Redirect.ToFile toFile) {
        result = toFile(toFile, process, result, expander);
      } else if (redirect instanceof Redirect.Duplicate duplicate) {
        result = duplicate(duplicate, process, result, expander);
      } else if (redirect instanceof Redirect.HereString hereString) {
        result = input(result, hereString.fd(), expander.string(hereString.word()) + "\n");
      } else if (redirect instanceof Redirect.HereDoc hereDoc) {
        result = input(result, hereDoc.fd(), expander.quoted(hereDoc.body()));
      }
    }
    return result;
  }

  private static Streams input(Streams streams, int fd, String text) {
    return fd == 0 ? streams.withStdin(text) : streams;
  }

  private static Streams output(Streams streams, int fd, Sink sink) {
    if (fd == 1) {
      return streams.withOut(sink);
    }
    if (fd == 2) {
      return streams.withErr(sink);
    }
    return streams;
  }

  /** The one field a redirection target must expand to. */
  private static String target(Word word, Expander expander) {
    List<String> fields = expander.fields(word);
    if (fields.size() != 1) {
      throw new ExpansionError(word.toSource() + ": ambiguous redirect");
    }
    return fields.get(0);
  }

  private Streams toFile(
      Redirect.ToFile redirect, ShellProcess process, Streams streams, Expander expander) {
    return toFile(
        redirect.fd(), redirect.mode(), target(redirect.target(), expander), process, streams);
  }

  private Streams toFile(
      int fd, Redirect.Mode mode, String target, ShellProcess process, Streams streams) {
    String path = Paths.resolve(process.cwd(), target);
    if (mode == Redirect.Mode.READ || mode == Redirect.Mode.READ_WRITE) {
      if (Paths.normalize(path).equals("/dev/null")) {
        return input(streams, fd, "");
      }
      FsResult<String> text = execution.files().read(path, process.user().principal());
      if (!text.isOk() && mode == Redirect.Mode.READ_WRITE && text.error() == Errno.ENOENT) {
        open(target, path, true, process);
        return input(streams, fd, "");
      }
      if (!text.isOk()) {
        throw new ExpansionError(target + ": " + text.error().message());
      }
      return input(streams, fd, text.get());
    }
    boolean append = mode == Redirect.Mode.APPEND || mode == Redirect.Mode.APPEND_BOTH;
    Sink sink = special(path, streams);
    if (sink == null) {
      open(target, path, append, process);
      sink = new Sink.ToFile(execution, path);
    }
    if (mode == Redirect.Mode.WRITE_BOTH || mode == Redirect.Mode.APPEND_BOTH) {
      return streams.withOut(sink).withErr(sink);
    }
    return output(streams, fd, sink);
  }

  /** {@code /dev/null}, {@code /dev/stdout} and {@code /dev/stderr}, which are not plain files. */
  private static Sink special(String path, Streams streams) {
    switch (Paths.normalize(path)) {
      case "/dev/null":
        return Sink.NULL;
      case "/dev/stdout":
        return streams.out();
      case "/dev/stderr":
        return streams.err();
      default:
        return null;
    }
  }

  /** Opens (creates, or truncates unless appending) a file for output, as the shell does first. */
  private void open(String target, String path, boolean append, ShellProcess process) {
    FsResult<FileSystem> opened =
        execution.files().write(path, "", append, process.user().principal(), execution.now());
    if (!opened.isOk()) {
      throw new ExpansionError(target + ": " + opened.error().message());
    }
    execution.setFiles(opened.get());
  }

  private Streams duplicate(
      Redirect.Duplicate redirect, ShellProcess process, Streams streams, Expander expander) {
    String target = target(redirect.target(), expander);
    if (target.equals("-")) {
      return redirect.output() ? output(streams, redirect.fd(), Sink.NULL) : streams;
    }
    if (target.matches("[0-9]+")) {
      if (!redirect.output()) {
        return streams;
      }
      Sink source =
          switch (target) {
            case "1" -> streams.out();
            case "2" -> streams.err();
            default -> throw new ExpansionError(target + ": Bad file descriptor");
          };
      return output(streams, redirect.fd(), source);
    }
    if (redirect.output() && redirect.fd() == 1) {
      return toFile(1, Redirect.Mode.WRITE_BOTH, target, process, streams);
    }
    throw new ExpansionError(redirect.target().toSource() + ": ambiguous redirect");
  }
}
