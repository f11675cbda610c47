package dev.vpclab.session;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.outcome.Note;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table of vpclab's own commands, JShell style: every line starting with {@code /}. Help,
 * completion and dispatch all walk this one table.
 */
public final class MetaCommands {
  private final Map<String, MetaCommand> byName = new LinkedHashMap<>();

  public MetaCommands() {
    add(
        "/help",
        "[command|topic]",
        "show help: vpclab's commands, or an aws service or operation",
        "/help alone lists vpclab's commands. /help /NAME explains one of them;\n"
            + "/help aws, /help aws ec2 and /help aws ec2 create-vpc show the AWS CLI's\n"
            + "services, operations and options, from the same models the CLI is built on.",
        Help::run);
    add(
        "/resources",
        "[TYPE|all]",
        "list what exists in the account, with Name tags",
        "Lists the resources you created, in every region, one per line with its Name tag\n"
            + "and a detail. /resources all adds what every new account has (the default VPCs).\n"
            + "/resources TYPE lists one type: "
            + String.join(", ", ResourceRows.kindNames())
            + ".",
        MetaCommands::resources);
    add(
        "/diagram",
        DiagramCommand.ARGUMENTS,
        DiagramCommand.SUMMARY,
        DiagramCommand.HELP,
        DiagramCommand::run);
    add(
        "/history",
        "",
        "list everything typed in this session",
        "Lists this session's inputs, numbered, oldest first.",
        (args, ctx) -> {
          var out = new StringBuilder();
          List<String> entries = ctx.history().entries();
          for (int i = 0; i < entries.size(); i++) {
            out.append(String.format("%5d  %s%n", i + 1, entries.get(i)));
          }
          return text(out.toString());
        });
    add(
        "/save",
        "FILE",
        "save this session's inputs as a script",
        "Writes every input of this session (but /history, /save, /help, /resources, /diagram,\n"
            + "/explain and /exit) to FILE on your computer, one per line, so './vpclab FILE' or\n"
            + "'/open FILE' replays it.",
        MetaCommands::save);
    add(
        "/open",
        "FILE",
        "run a script of vpclab input",
        "Runs FILE from your computer line by line, as if typed.",
        MetaCommands::open);
    add(
        "/reset",
        "",
        "start over with a fresh account and a fresh laptop",
        "Forgets every resource and file: the account is new again (with its default VPCs) and\n"
            + "you are back on the laptop. Settings and history stay.",
        (args, ctx) -> {
          ctx.session().reset();
          return note(Note.changed("reset: a fresh account, back on the laptop"));
        });
    add(
        "/set",
        "cli v1|v2 | feedback concise|normal|verbose",
        "change vpclab's settings",
        "/set cli v1|v2 chooses the AWS CLI major version of the laptop (default v2; instances\n"
            + "run what their AMI ships). /set feedback concise|normal|verbose chooses how much\n"
            + "vpclab says beside the output.",
        MetaCommands::set);
    add(
        "/explain",
        "[N|list]",
        "show every step of the last traced command, or of trace N",
        "Commands that cross the simulated network (aws, ssh, ...) are traced: every component on\n"
            + "the way, with a check or a cross, the rule or route that matched and an explanation\n"
            + "code. /explain shows the last trace in full, /explain N the N-th of the session, and\n"
            + "/explain list lists them.",
        MetaCommands::explain);
    add(
        "/exit",
        "",
        "leave vpclab",
        "Ends the session.",
        (args, ctx) -> new Outcome(List.of(), 0, true));
  }

  private void add(
      String name, String arguments, String summary, String help, MetaCommand.Action action) {
    byName.put(name, new MetaCommand(name, arguments, summary, help, action));
  }

  public List<MetaCommand> all() {
    return List.copyOf(byName.values());
  }

  /**
   * Whether {@code input} is one of vpclab's commands rather than shell input: it starts with /.
   */
  public static boolean isMeta(String input) {
    return input.stripLeading().startsWith("/");
  }

  public Optional<MetaCommand> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Runs a line that starts with {@code /}. */
  public Outcome run(String line, MetaContext context) {
    List<String> words = Words.split(line.strip());
    String name = words.get(0);
    Optional<MetaCommand> command = find(name);
    if (command.isEmpty()) {
      return problem(
          "UnknownCommand", "unknown command " + name + "; /help lists vpclab's commands");
    }
    return command.get().action().run(words.subList(1, words.size()), context);
  }

  private static Outcome explain(List<String> args, MetaContext ctx) {
    List<dev.vpclab.trace.Trace> traces = ctx.session().traces();
    if (traces.isEmpty()) {
      return note(
          Note.info("nothing traced yet: aws, ssh and other network commands leave traces"));
    }
    if (args.size() == 1 && args.get(0).equals("list")) {
      var rows = new ArrayList<List<String>>();
      for (int i = 0; i < traces.size(); i++) {
        var t = traces.get(i);
        rows.add(List.of(String.valueOf(i + 1), t.title(), t.outcome()));
      }
      return new Outcome(
          List.of(new Part.Table("", List.of("N", "COMMAND", "OUTCOME"), rows)), 0, false);
    }
    int number = traces.size();
    if (!args.isEmpty()) {
      number = args.get(0).matches("\\d{1,9}") ? Integer.parseInt(args.get(0)) : 0;
      if (number < 1 || number > traces.size()) {
        return problem(
            "NoSuchTrace",
            "no trace " + args.get(0) + "; there are " + traces.size() + " (/explain list)");
      }
    }
    return new Outcome(List.of(new Part.Traced(traces.get(number - 1), number, true)), 0, false);
  }

  private static Outcome resources(List<String> args, MetaContext ctx) {
    boolean all = args.contains("all");
    String kind = args.stream().filter(a -> !a.equals("all")).findFirst().orElse(null);
    if (kind != null && !ResourceRows.kindNames().contains(kind)) {
      return problem(
          "UnknownType",
          "no resource type "
              + kind
              + "; types are "
              + String.join(", ", ResourceRows.kindNames()));
    }
    var rows = ResourceRows.rows(ctx.session().world(), kind, all);
    if (rows.isEmpty()) {
      return note(
          Note.info("nothing yet" + (all ? "" : " (/resources all includes the default VPCs)")));
    }
    return new Outcome(List.of(new Part.Table("", ResourceRows.HEADERS, rows)), 0, false);
  }

  private static Outcome save(List<String> args, MetaContext ctx) {
    if (args.size() != 1) {
      return problem("Usage", "usage: /save FILE");
    }
    Path file = ctx.workingDirectory().resolve(args.get(0));
    try {
      Files.writeString(
          file, String.join("\n", ctx.history().replayable()) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      return problem("CannotSave", "cannot write " + file + ": " + e.getMessage());
    }
    return note(
        Note.changed("saved " + ctx.history().replayable().size() + " inputs to " + args.get(0)));
  }

  private static Outcome open(List<String> args, MetaContext ctx) {
    if (args.size() != 1) {
      return problem("Usage", "usage: /open FILE");
    }
    Path file = ctx.workingDirectory().resolve(args.get(0));
    String script;
    try {
      script = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return problem("CannotOpen", "cannot read " + file + ": " + e.getMessage());
    }
    var parts = new ArrayList<Part>();
    int status = 0;
    for (String input : Inputs.split(script)) {
      Outcome outcome = ctx.evaluate().apply(input);
      parts.addAll(outcome.parts());
      status = outcome.exitStatus();
      if (outcome.endsSession()) {
        return new Outcome(parts, status, true);
      }
    }
    return new Outcome(parts, status, false);
  }

  private static Outcome set(List<String> args, MetaContext ctx) {
    Session session = ctx.session();
    if (args.size() == 2 && args.get(0).equals("cli") && args.get(1).matches("v[12]")) {
      session.settings(
          session.settings().withLaptopCli(CliVersion.valueOf(args.get(1).toUpperCase())));
      return note(Note.changed("the laptop now runs AWS CLI " + args.get(1)));
    }
    if (args.size() == 2
        && args.get(0).equals("feedback")
        && args.get(1).matches("concise|normal|verbose")) {
      session.settings(
          session.settings().withFeedback(Settings.Feedback.valueOf(args.get(1).toUpperCase())));
      return note(Note.changed("feedback is now " + args.get(1)));
    }
    return problem("Usage", "usage: /set cli v1|v2, or /set feedback concise|normal|verbose");
  }

  static Outcome text(String text) {
    return new Outcome(List.of(new Part.Output(Part.Stream.STDOUT, text)), 0, false);
  }

  static Outcome note(Note note) {
    return new Outcome(List.of(new Part.Remark(note)), 0, false);
  }

  static Outcome problem(String code, String message) {
    return new Outcome(List.of(new Part.Problem(code, message)), 1, false);
  }
}
