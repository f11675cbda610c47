package dev.vpclab.assist;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.Services;
import dev.vpclab.cli.args.OperationParser;
import dev.vpclab.cli.args.OptionInfo;
import dev.vpclab.cli.spec.OperationSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operations vpclab simulates and their options as the real CLI lists them, looked up once per
 * operation and CLI version: highlighting asks for them on every key press.
 */
final class OptionCatalog {
  private final Services services;
  private final Map<String, Map<String, OptionInfo>> options = new ConcurrentHashMap<>();

  OptionCatalog(Services services) {
    this.services = services;
  }

  Services services() {
    return services;
  }

  /** An operation vpclab simulates, by the CLI names of its service and itself. */
  Optional<OperationSpec> operation(String service, String operation) {
    return services.spec(service).flatMap(s -> s.operation(operation));
  }

  /** The operation's options by name ({@code --vpc-id}), in the order the CLI's help lists them. */
  Map<String, OptionInfo> options(OperationSpec operation, CliVersion version) {
    String key = operation.service().cliName() + " " + operation.cliName() + " " + version;
    return options.computeIfAbsent(
        key,
        k -> {
          var byName = new LinkedHashMap<String, OptionInfo>();
          for (OptionInfo info : OperationParser.options(operation, version)) {
            byName.put(info.name(), info);
          }
          return java.util.Collections.unmodifiableMap(byName);
        });
  }

  List<OptionInfo> list(OperationSpec operation, CliVersion version) {
    return List.copyOf(options(operation, version).values());
  }
}
