package dev.vpclab.cli;

import dev.vpclab.cli.args.OperationParser;
import dev.vpclab.cli.args.OptionInfo;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;

/**
 * The help pages of {@code aws <service> help} and {@code aws <service> <operation> help}, built
 * from the same model the parser uses, so they cannot drift. The real CLI renders a long man page;
 * this keeps its NAME, DESCRIPTION, SYNOPSIS and OPTIONS sections, short.
 */
public final class HelpText {
  private HelpText() {}

  /** {@code aws help}: the services vpclab simulates. */
  public static String topLevel(Services services) {
    var out = new StringBuilder("AWS()\n\nNAME\n       aws -\n\nDESCRIPTION\n");
    out.append("       The  AWS  Command  Line  Interface is a unified tool to manage your AWS\n");
    out.append("       services.\n\nAVAILABLE SERVICES (simulated by vpclab)\n");
    for (String name : services.names()) {
      out.append("       o ").append(name).append('\n');
    }
    return out.toString();
  }

  public static String service(ServiceSpec service) {
    var out = new StringBuilder();
    out.append("NAME\n       ").append(service.cliName()).append(" -\n\n");
    out.append("DESCRIPTION\n       ").append(service.serviceFullName()).append("\n\n");
    out.append("AVAILABLE COMMANDS (simulated by vpclab)\n");
    for (OperationSpec op : service.operations()) {
      out.append("       o ").append(op.cliName()).append('\n');
    }
    return out.toString();
  }

  public static String operation(OperationSpec op, CliVersion version) {
    var out = new StringBuilder();
    out.append("NAME\n       ").append(op.cliName()).append(" -\n\n");
    out.append("DESCRIPTION\n");
    wrap(out, op.documentation(), "       ");
    out.append("\nSYNOPSIS\n").append(synopsis(op, version));
    out.append("\nOPTIONS\n");
    for (OptionInfo option : OperationParser.options(op, version)) {
      out.append("       ")
          .append(option.name())
          .append(" (")
          .append(option.typeName())
          .append(")\n");
      wrap(out, option.documentation(), "          ");
      if (!option.enumValues().isEmpty()) {
        out.append("\n          Possible values:\n\n");
        option.enumValues().forEach(v -> out.append("          o ").append(v).append('\n'));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The SYNOPSIS lines of an operation's help: its name, then one option a line. */
  public static String synopsis(OperationSpec op, CliVersion version) {
    var out = new StringBuilder("            ").append(op.cliName()).append('\n');
    for (OptionInfo option : OperationParser.options(op, version)) {
      out.append("          ").append(synopsis(option)).append('\n');
    }
    return out.toString();
  }

  /** One option as a synopsis shows it: {@code --vpc-id <value>}, in brackets when optional. */
  public static String synopsis(OptionInfo option) {
    String value =
        switch (option.value()) {
          case NONE -> "";
          case ONE, OPTIONAL -> " <value>";
          case MANY -> " <value> [<value>...]";
        };
    String text = option.name() + value;
    return option.required() ? text : "[" + text + "]";
  }

  private static void wrap(StringBuilder out, String text, String indent) {
    int width = 79 - indent.length();
    var line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() + word.length() + 1 > width && line.length() > 0) {
        out.append(indent).append(line).append('\n');
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.append(indent).append(line).append('\n');
    }
  }
}
