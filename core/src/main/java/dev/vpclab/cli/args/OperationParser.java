package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.python.PythonValues;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.cli.spec.ServiceSpec;
import dev.vpclab.cli.spec.Shape;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * From the words after {@code aws <service> <operation>} to the request the real CLI would send, or
 * the exact error it would print: a port of awscli's {@code ServiceOperation.__call__} with the
 * customizations that touch the operations vpclab simulates. The words are already shell-expanded
 * and free of the CLI's global options ({@code --region}, {@code --output}...).
 */
public final class OperationParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** CLI v1 paramfile.py's PARAMFILE_DISABLED entries for vpclab's services (v2 has none). */
  private static final Set<String> PARAMFILE_DISABLED =
      Set.of(
          "s3.put-object.website-redirect-location",
          "s3.copy-object.website-redirect-location",
          "s3.create-multipart-upload.website-redirect-location",
          "iam.create-open-id-connect-provider.url");

  private OperationParser() {}

  /** Parses one operation's words. Never throws for any words: a refusal is a result. */
  public static ParseResult parse(
      OperationSpec operation, List<String> words, ParseContext context) {
    try {
      return new Run(operation, List.copyOf(words), context).run();
    } catch (Refusal refusal) {
      return new ParseResult.Refused(refusal.error);
    }
  }

  /**
   * The options of an operation as help and completion list them: the model's members and the
   * customizations' options, in the real CLI's order, without the hidden ones.
   */
  public static List<OptionInfo> options(OperationSpec operation, CliVersion version) {
    ArgumentTable table = ArgumentTable.of(operation, version);
    List<OptionInfo> out = new ArrayList<>();
    for (CliArgument arg : table.arguments()) {
      if (!arg.hidden()) {
        out.add(arg.describe(operation.service()));
      }
    }
    return List.copyOf(out);
  }

  /** What {@code --generate-cli-skeleton input} prints for the operation. */
  public static String inputSkeleton(OperationSpec operation) {
    return Skeleton.input(operation.service(), operation.input().orElse(null));
  }

  /** One parse. */
  private static final class Run {
    final OperationSpec operation;
    final ServiceSpec service;
    final List<String> words;
    final ParseContext context;
    final CliVersion version;

    Run(OperationSpec operation, List<String> words, ParseContext context) {
      this.operation = operation;
      this.service = operation.service();
      this.words = words;
      this.context = context;
      this.version = context.version();
    }

    ParseResult run() throws Refusal {
      ArgumentTable table = ArgumentTable.of(operation, version);
      if (overridesRequired(table)) {
        table = table.withNothingRequired();
      }
      if (words.size() == 1 && words.get(0).equals("help")) {
        return new ParseResult.Help();
      }
      List<ArgParser.Action> actions = new ArrayList<>();
      for (CliArgument arg : table.arguments()) {
        actions.add(arg.action());
      }
      actions.add(
          ArgParser.Action.store(
              "help", "help", ArgParser.Nargs.OPTIONAL, ArgParser.Type.STR, false));
      ArgParser.Parsed parsed;
      try {
        parsed = new ArgParser(actions).parseKnownArgs(words);
      } catch (ArgParser.Refused e) {
        throw new Refusal(UsageError.argparse(e.message));
      }
      Map<String, JsonNode> ns = parsed.namespace();
      List<String> remaining = new ArrayList<>(parsed.extras());
      JsonNode help = ns.get("help");
      if (help != null && help.isTextual()) {
        if (help.textValue().equals("help")) {
          return new ParseResult.Help();
        }
        remaining.add(help.textValue());
      }
      if (!remaining.isEmpty()) {
        throw new Refusal(
            new UsageError(UsageError.Kind.UNKNOWN_OPTIONS, ParseResult.unknownOptions(remaining)));
      }

      // operation-args-parsed: ec2.* (top-level booleans), then the operation's own checks.
      for (TopLevelBoolean[] pair : table.booleanPairs()) {
        if (ns.get(pair[0].pyName()) != ArgParser.NOT_SPECIFIED
            && ns.get(pair[1].pyName()) != ArgParser.NOT_SPECIFIED) {
          throw Refusal.customization(
              "Cannot specify both the \""
                  + pair[0].cliName()
                  + "\" option and the \""
                  + pair[1].cliName()
                  + "\" option.");
        }
      }
      if (service.cliName().equals("ec2")) {
        if (SecurityGroupArgument.OPERATIONS.contains(operation.cliName())) {
          SecurityGroupArgument.check(ns);
        }
        if (operation.cliName().equals("run-instances")) {
          RunInstancesArgument.check(ns);
        }
      }
      boolean paginate = context.paginate();
      if (operation.paginator().isPresent()) {
        for (String token : table.pagingInputTokens()) {
          String py = token.replace('-', '_');
          if (ns.get(py) != null && !py.equals("start_token") && !py.equals("max_items")) {
            paginate = false;
          }
        }
        if (!paginate) {
          ensurePagingParamsNotSet(ns, table);
          table = table.withShadowedRestored();
        }
      }

      // _build_call_parameters
      ObjectNode params = NODES.objectNode();
      CliArgument.Build build =
          new CliArgument.Build(params, new ValueUnpacker(service, context.files()), version);
      for (CliArgument arg : table.arguments()) {
        if (ns.containsKey(arg.pyName())) {
          JsonNode value = loadCliArg(arg, ns.get(arg.pyName()));
          arg.addToParams(build, value);
        }
      }

      // calling-command: --cli-input-json, then --generate-cli-skeleton
      if (table.has("cli-input-json") && ns.get("cli_input_json") != null) {
        if (version == CliVersion.V2 && ns.get("cli_input_yaml") != null) {
          throw new Refusal(
              UsageError.parameter("Only one --cli-input- parameter may be specified."));
        }
        mergeCliInputJson(params, ns.get("cli_input_json"));
      }
      if (table.has("cli-input-yaml") && ns.get("cli_input_yaml") != null) {
        return new ParseResult.Unsupported("--cli-input-yaml");
      }
      JsonNode skeleton = ns.get("generate_cli_skeleton");
      if (skeleton != null && PythonValues.truthy(skeleton)) {
        switch (skeleton.textValue()) {
          case "output":
            ObjectNode response = Skeleton.output(service, operation.output().orElse(null));
            // The Stubber checks the fake response against the output shape first: a member
            // whose name is shorter than its min length (sts get-caller-identity's Arn) fails.
            Optional<String> stubError =
                operation.output().flatMap(o -> ParamValidator.validate(service, response, o));
            if (stubError.isPresent()) {
              throw new Refusal(UsageError.parameter(stubError.get()));
            }
            fixAndValidate(params);
            return new ParseResult.OutputSkeleton(response, params);
          case "yaml-input":
            return new ParseResult.Unsupported("--generate-cli-skeleton yaml-input");
          default:
            return new ParseResult.InputSkeleton(inputSkeleton(operation));
        }
      }

      Optional<ParseResult.Paging> paging = Optional.empty();
      if (operation.paginator().isPresent()) {
        JsonNode config = paginate ? params.remove("PaginationConfig") : null;
        paging =
            Optional.of(
                new ParseResult.Paging(
                    paginate,
                    Optional.ofNullable(config == null ? null : config.get("StartingToken"))
                        .map(JsonNode::asText),
                    Optional.ofNullable(config == null ? null : config.get("MaxItems"))
                        .map(JsonNode::bigIntegerValue),
                    Optional.ofNullable(config == null ? null : config.get("PageSize"))
                        .map(JsonNode::bigIntegerValue)));
      }
      fixAndValidate(params);
      JsonNode outfile = ns.get("outfile");
      return new ParseResult.Call(
          params,
          paging,
          Optional.ofNullable(outfile != null && outfile.isTextual() ? outfile.textValue() : null));
    }

    /** The before-building-argument-table-parser hooks of OverrideRequiredArgsArgument. */
    boolean overridesRequired(ArgumentTable table) {
      if (table.has("cli-input-json") && words.contains("--cli-input-json")) {
        return true;
      }
      if (table.has("cli-input-yaml") && words.contains("--cli-input-yaml")) {
        return true;
      }
      int at = words.indexOf("--generate-cli-skeleton");
      if (table.has("generate-cli-skeleton") && at >= 0) {
        return !(at + 1 < words.size() && words.get(at + 1).equals("output"));
      }
      return false;
    }

    void ensurePagingParamsNotSet(Map<String, JsonNode> ns, ArgumentTable table) throws Refusal {
      List<String> used = new ArrayList<>();
      for (String p : List.of("starting_token", "page_size", "max_items")) {
        boolean isShadowed =
            table.shadowed().keySet().stream().anyMatch(k -> k.replace('-', '_').equals(p));
        if (!isShadowed && PythonValues.truthy(ns.get(p))) {
          used.add("--" + p.replace('_', '-'));
        }
      }
      if (!used.isEmpty()) {
        String message =
            "Cannot specify --no-paginate along with pagination arguments: "
                + String.join(", ", used);
        throw Refusal.customization(
            version == CliVersion.V1 ? "Error during pagination: " + message : message);
      }
    }

    /** The load-cli-arg hook: {@code file://}, {@code fileb://} and (v1) URL values. */
    JsonNode loadCliArg(CliArgument arg, JsonNode value) throws Refusal {
      String event = service.endpointPrefix() + "." + operation.cliName() + "." + arg.name();
      if (value == null || (version == CliVersion.V1 && PARAMFILE_DISABLED.contains(event))) {
        return value;
      }
      JsonNode single = value.isArray() && value.size() == 1 ? value.get(0) : value;
      if (!single.isTextual()) {
        return value;
      }
      try {
        return ParamFile.load(single.textValue(), context.files(), version).orElse(value);
      } catch (ParamFile.LoadError e) {
        throw Refusal.param(arg.cliName(), e.getMessage());
      }
    }

    void mergeCliInputJson(ObjectNode params, JsonNode value) throws Refusal {
      JsonNode text = value;
      try {
        Optional<JsonNode> loaded = ParamFile.load(value.textValue(), context.files(), false);
        if (loaded.isPresent()) {
          text = loaded.get();
        }
      } catch (ParamFile.LoadError e) {
        throw Refusal.general(e.getMessage());
      }
      String json =
          text.isBinary()
              ? new String(PythonValues.bytes(text), java.nio.charset.StandardCharsets.UTF_8)
              : text.textValue();
      JsonNode input;
      try {
        input = PyJson.loads(json);
      } catch (PyJson.DecodeError e) {
        throw Refusal.param(
            "cli-input-json",
            version == CliVersion.V1
                ? "Invalid JSON: " + e.getMessage() + "\nJSON received: " + json
                : "Invalid JSON received.");
      }
      if (!input.isObject()) {
        if (version == CliVersion.V1) {
          throw Refusal.general(
              "'" + PythonValues.typeName(input) + "' object has no attribute 'keys'");
        }
        throw Refusal.param(
            "--cli-input-json",
            "Invalid type: expecting map, received " + PythonValues.typeRepr(input));
      }
      Iterator<Map.Entry<String, JsonNode>> fields = input.fields();
      while (fields.hasNext()) {
        var e = fields.next();
        if (!params.has(e.getKey())) {
          params.set(e.getKey(), e.getValue());
        }
      }
    }

    /** botocore's before-parameter-build hooks of the CLI, then parameter validation. */
    void fixAndValidate(ObjectNode params) throws Refusal {
      if (service.cliName().equals("ec2")) {
        switch (operation.cliName()) {
          case "run-instances" -> {
            RunInstancesArgument.fixParams(params);
            base64UserData(params);
          }
          case "create-network-acl-entry", "replace-network-acl-entry" -> fixProtocol(params);
          default -> {}
        }
      }
      Shape input = operation.input().orElse(null);
      if (input == null) {
        return;
      }
      Optional<String> report = ParamValidator.validate(service, params, input);
      if (report.isPresent()) {
        throw new Refusal(UsageError.parameter(report.get()));
      }
    }

    /** botocore's base64_encode_user_data: RunInstances sends UserData base64-encoded. */
    static void base64UserData(ObjectNode params) {
      JsonNode data = params.get("UserData");
      if (data == null || !(data.isTextual() || data.isBinary())) {
        return;
      }
      byte[] raw =
          data.isBinary()
              ? PythonValues.bytes(data)
              : data.textValue().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      params.put("UserData", java.util.Base64.getEncoder().encodeToString(raw));
    }

    /** customizations/ec2/protocolarg.py: tcp, udp, icmp, all as protocol numbers. */
    static void fixProtocol(ObjectNode params) {
      JsonNode protocol = params.get("Protocol");
      if (protocol == null || !protocol.isTextual()) {
        return;
      }
      String number =
          switch (protocol.textValue()) {
            case "tcp" -> "6";
            case "udp" -> "17";
            case "icmp" -> "1";
            case "all" -> "-1";
            default -> null;
          };
      if (number != null) {
        params.put("Protocol", number);
      }
    }
  }
}
