package dev.vpclab.session;

import dev.vpclab.cli.HelpText;
import dev.vpclab.cli.Services;
import dev.vpclab.outcome.Outcome;
import java.util.List;

/** {@code /help}: built from the meta command table and the AWS CLI's own models. */
final class Help {
  private Help() {}

  static Outcome run(List<String> args, MetaContext ctx) {
    if (args.isEmpty()) {
      return MetaCommands.text(overview(ctx.commands()));
    }
    String topic = args.get(0);
    if (topic.startsWith("/")) {
      return ctx.commands()
          .find(topic)
          .map(c -> MetaCommands.text(c.usage() + "\n\n" + c.help() + "\n"))
          .orElse(MetaCommands.problem("UnknownCommand", "no command " + topic + " to explain"));
    }
    if (topic.equals("aws")) {
      return aws(args.subList(1, args.size()), ctx);
    }
    return MetaCommands.problem(
        "UnknownTopic", "no help on " + topic + "; try /help, /help /resources or /help aws ec2");
  }

  private static String overview(MetaCommands commands) {
    var out = new StringBuilder();
    out.append("Type AWS CLI commands as you would in a terminal (aws ec2 create-vpc ...),\n");
    out.append("shell commands (ls, cat, chmod, echo, export, ...), or one of vpclab's own:\n\n");
    int width = commands.all().stream().mapToInt(c -> c.usage().length()).max().orElse(0);
    for (MetaCommand c : commands.all()) {
      out.append("  ")
          .append(String.format("%-" + width + "s", c.usage()))
          .append("  ")
          .append(c.summary())
          .append('\n');
    }
    out.append(
        "\n/help /NAME explains one; /help aws ec2 create-vpc shows an operation's options.\n");
    return out.toString();
  }

  private static Outcome aws(List<String> words, MetaContext ctx) {
    Services services = Services.shared();
    if (words.isEmpty()) {
      return MetaCommands.text(HelpText.topLevel(services));
    }
    var service = services.spec(words.get(0));
    if (service.isEmpty()) {
      return MetaCommands.problem("UnknownTopic", "vpclab does not simulate aws " + words.get(0));
    }
    if (words.size() == 1) {
      return MetaCommands.text(HelpText.service(service.get()));
    }
    return service
        .get()
        .operation(words.get(1))
        .map(op -> MetaCommands.text(HelpText.operation(op, ctx.session().settings().laptopCli())))
        .orElse(
            MetaCommands.problem(
                "UnknownTopic",
                "vpclab does not simulate aws " + words.get(0) + " " + words.get(1)));
  }
}
