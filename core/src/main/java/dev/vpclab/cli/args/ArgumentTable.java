package dev.vpclab.cli.args;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.spec.CliNames;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An operation's argument table in the real CLI's order: the input shape's members ({@code
 * ServiceOperation._create_argument_table}), then the customizations in the order botocore's event
 * system runs them for {@code building-argument-table.<service>.<operation>}: handlers on {@code
 * building-argument-table.*} (the streaming {@code outfile}), on {@code ...ec2.*} (argument
 * renames, top-level booleans), on {@code ...ec2.<operation>} ({@code --count}, the run-instances
 * and security group options), then on {@code building-argument-table} ({@code --cli-input-json},
 * paging, {@code --generate-cli-skeleton}). The order decides which error is reported first, the
 * order of "could match" lists and of the required-options message.
 */
final class ArgumentTable {
  /** customizations/argrename.py's {@code ec2.*} entries, in its order. */
  private static final List<String[]> EC2_RENAMES =
      List.of(
          new String[] {"no-egress", "ingress"},
          new String[] {"no-disable-api-termination", "enable-api-termination"});

  private final LinkedHashMap<String, CliArgument> arguments;
  private final Map<String, CliArgument> shadowed;
  private final List<String> pagingInputTokens;
  private final List<TopLevelBoolean[]> booleanPairs;

  private ArgumentTable(
      LinkedHashMap<String, CliArgument> arguments,
      Map<String, CliArgument> shadowed,
      List<String> pagingInputTokens,
      List<TopLevelBoolean[]> booleanPairs) {
    this.arguments = arguments;
    this.shadowed = shadowed;
    this.pagingInputTokens = pagingInputTokens;
    this.booleanPairs = booleanPairs;
  }

  List<CliArgument> arguments() {
    return List.copyOf(arguments.values());
  }

  /** Model arguments the paging arguments replaced; they come back under {@code --no-paginate}. */
  Map<String, CliArgument> shadowed() {
    return Collections.unmodifiableMap(shadowed);
  }

  /** The CLI names of the paginator's input tokens and limit key ({@code next-token}...). */
  List<String> pagingInputTokens() {
    return pagingInputTokens;
  }

  /** The (--x, --no-x) pairs of top-level booleans, which may not both be given. */
  List<TopLevelBoolean[]> booleanPairs() {
    return booleanPairs;
  }

  boolean has(String name) {
    return arguments.containsKey(name);
  }

  /** The same table with shadowed model arguments put back (pagination turned off). */
  ArgumentTable withShadowedRestored() {
    LinkedHashMap<String, CliArgument> copy = new LinkedHashMap<>(arguments);
    copy.putAll(shadowed);
    return new ArgumentTable(copy, Map.of(), pagingInputTokens, booleanPairs);
  }

  /** The same table with nothing required ({@code OverrideRequiredArgsArgument}). */
  ArgumentTable withNothingRequired() {
    LinkedHashMap<String, CliArgument> copy = new LinkedHashMap<>();
    arguments.forEach((k, v) -> copy.put(k, v.notRequired()));
    return new ArgumentTable(copy, shadowed, pagingInputTokens, booleanPairs);
  }

  static ArgumentTable of(OperationSpec operation, CliVersion version) {
    ServiceSpec service = operation.service();
    LinkedHashMap<String, CliArgument> table = new LinkedHashMap<>();
    Optional<Shape> input = operation.input();
    if (input.isPresent()) {
      Shape shape = input.get();
      for (Shape.Member member : shape.members().values()) {
        String cliName = CliNames.of(member.name());
        Shape memberShape = service.shape(member.shape());
        boolean required = shape.required().contains(member.name()) && !member.idempotencyToken();
        String doc =
            member.documentation() != null ? member.documentation() : memberShape.documentation();
        if (memberShape.type() == Shape.Type.BOOLEAN) {
          String dest = cliName.replace('-', '_');
          table.put(
              cliName, new BooleanArgument(cliName, member.name(), dest, true, required, doc));
          table.put(
              "no-" + cliName,
              new BooleanArgument("no-" + cliName, member.name(), dest, false, false, doc));
        } else {
          table.put(
              cliName,
              new ModelArgument(
                  cliName, member.name(), memberShape, member.streaming(), required, false, doc));
        }
      }
    }
    String service_ = service.cliName();
    String op = operation.cliName();

    // building-argument-table.* : streaming output
    Optional<Shape> output = operation.output();
    boolean streamingOutput =
        output.isPresent()
            && output.get().payload().isPresent()
            && output
                .get()
                .member(output.get().payload().get())
                .map(Shape.Member::streaming)
                .orElse(false);
    if (streamingOutput) {
      table.put("outfile", new OutfileArgument(true));
    }

    List<TopLevelBoolean[]> pairs = new ArrayList<>();
    if (service_.equals("ec2")) {
      // building-argument-table.ec2.* : argrename, then toplevelbool
      for (String[] rename : EC2_RENAMES) {
        CliArgument arg = table.remove(rename[0]);
        if (arg != null) {
          table.put(rename[1], rename(arg, rename[1]));
        }
      }
      for (CliArgument arg : new ArrayList<>(table.values())) {
        if (arg instanceof ModelArgument model && isBooleanValueStructure(service, model.shape())) {
          TopLevelBoolean positive =
              new TopLevelBoolean(
                  model.name(), model.memberName(), model.shape(), true, model.documentation());
          TopLevelBoolean negative =
              new TopLevelBoolean(
                  "no-" + model.name(),
                  model.memberName(),
                  model.shape(),
                  false,
                  model.documentation());
          table.put(model.name(), positive);
          table.put(negative.name(), negative);
          pairs.add(new TopLevelBoolean[] {positive, negative});
        }
      }
      // building-argument-table.ec2.<operation>
      if (op.equals("run-instances")) {
        table.remove("min-count");
        table.remove("max-count");
        table.put("count", new RunInstancesArgument(RunInstancesArgument.Kind.COUNT));
        for (RunInstancesArgument.Kind kind : RunInstancesArgument.Kind.values()) {
          if (kind != RunInstancesArgument.Kind.COUNT) {
            table.put(kind.cliName, new RunInstancesArgument(kind));
          }
        }
      }
      if (SecurityGroupArgument.OPERATIONS.contains(op)) {
        for (SecurityGroupArgument.Kind kind : SecurityGroupArgument.Kind.values()) {
          table.put(kind.cliName, new SecurityGroupArgument(kind));
        }
        for (String hidden : SecurityGroupArgument.HIDDEN) {
          if (table.get(hidden) instanceof ModelArgument model) {
            table.put(hidden, model.asHidden());
          }
        }
      }
    }

    // building-argument-table: cli-input-json, paging, generate-cli-skeleton
    if (!table.containsKey("outfile")) {
      table.put("cli-input-json", new InputArgument(InputArgument.Kind.CLI_INPUT_JSON, null));
      if (version == CliVersion.V2) {
        table.put("cli-input-yaml", new InputArgument(InputArgument.Kind.CLI_INPUT_YAML, null));
      }
    }
    Map<String, CliArgument> shadowed = new LinkedHashMap<>();
    List<String> tokens = new ArrayList<>();
    if (operation.paginator().isPresent() && input.isPresent()) {
      OperationSpec.Paginator paginator = operation.paginator().get();
      for (String token : paginator.inputTokens()) {
        tokens.add(CliNames.of(token));
      }
      paginator.limitKey().ifPresent(k -> tokens.add(CliNames.of(k)));
      for (String token : tokens) {
        if (table.get(token) instanceof ModelArgument model) {
          table.put(token, model.asHidden());
        }
      }
      addPaging(
          table,
          shadowed,
          new PageArgument(
              "starting-token",
              "StartingToken",
              ArgParser.Type.STR,
              PageArgument.STARTING_TOKEN_HELP));
      ArgParser.Type limitType = ArgParser.Type.INT;
      if (paginator.limitKey().isPresent()) {
        addPaging(
            table,
            shadowed,
            new PageArgument("page-size", "PageSize", limitType, PageArgument.PAGE_SIZE_HELP));
      }
      addPaging(
          table,
          shadowed,
          new PageArgument("max-items", "MaxItems", limitType, PageArgument.MAX_ITEMS_HELP));
    }
    if (!table.containsKey("outfile")) {
      List<String> choices =
          version == CliVersion.V2
              ? List.of("input", "output", "yaml-input")
              : List.of("input", "output");
      table.put(
          "generate-cli-skeleton",
          new InputArgument(InputArgument.Kind.GENERATE_CLI_SKELETON, choices));
    }
    return new ArgumentTable(table, shadowed, List.copyOf(tokens), List.copyOf(pairs));
  }

  private static void addPaging(
      Map<String, CliArgument> table, Map<String, CliArgument> shadowed, PageArgument argument) {
    CliArgument existing = table.get(argument.name());
    if (existing != null) {
      shadowed.put(argument.name(), existing);
    }
    table.put(argument.name(), argument);
  }

  private static CliArgument rename(CliArgument arg, String newName) {
    if (arg instanceof BooleanArgument b) {
      return b.renamed(newName);
    }
    if (arg instanceof ModelArgument m) {
      return m.renamed(newName);
    }
    return arg;
  }

  /** toplevelbool's test: {@code structure(scalar)} whose one member is a boolean {@code Value}. */
  private static boolean isBooleanValueStructure(ServiceSpec service, Shape shape) {
    if (shape.type() != Shape.Type.STRUCTURE || shape.members().size() != 1) {
      return false;
    }
    Shape.Member only = shape.members().values().iterator().next();
    return only.name().equals("Value") && service.shape(only.shape()).type() == Shape.Type.BOOLEAN;
  }
}
