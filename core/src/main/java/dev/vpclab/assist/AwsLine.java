package dev.vpclab.assist;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.GlobalOptions;
import dev.vpclab.cli.args.OptionInfo;
import dev.vpclab.cli.spec.OperationSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words after {@code aws} as the CLI reads them: global options (anywhere, as its main parser
 * takes them), the service, the operation, then the operation's options and their values. Read
 * tolerantly: a half-typed line is the normal case.
 */
final class AwsLine {
  /** What one word is to the CLI. */
  enum Part {
    GLOBAL_OPTION,
    GLOBAL_VALUE,
    SERVICE,
    OPERATION,
    OPTION,
    VALUE,
    POSITIONAL
  }

  /**
   * The option the next word would be a value of: {@code info} is empty for a global option; {@code
   * taken} counts the values it already has.
   */
  record Pending(String name, Optional<OptionInfo> info, int taken) {}

  private final List<String> words;
  private final List<Part> parts = new ArrayList<>();
  private final Map<String, String> globalValues = new HashMap<>();
  private final Set<String> given = new LinkedHashSet<>();
  private String service;
  private String operationName;
  private OperationSpec operation;
  private Map<String, OptionInfo> options = Map.of();
  private Pending pending;

  private AwsLine(List<String> words, CliVersion version, OptionCatalog catalog) {
    this.words = List.copyOf(words);
    for (String word : words) {
      read(word, version, catalog);
    }
  }

  /** Reads the words that follow {@code aws}. */
  static AwsLine read(List<String> words, CliVersion version, OptionCatalog catalog) {
    return new AwsLine(words, version, catalog);
  }

  private void read(String word, CliVersion version, OptionCatalog catalog) {
    boolean looksLikeOption = word.startsWith("-") && word.length() > 1;
    if (pending != null && !word.startsWith("--")) {
      parts.add(pending.info().isPresent() ? Part.VALUE : Part.GLOBAL_VALUE);
      if (pending.info().isEmpty()) {
        globalValues.put(pending.name(), word);
      }
      boolean many = pending.info().map(i -> i.value() == OptionInfo.ValueKind.MANY).orElse(false);
      pending = many ? new Pending(pending.name(), pending.info(), pending.taken() + 1) : null;
      return;
    }
    pending = null;
    if (looksLikeOption) {
      int eq = word.indexOf('=');
      String name = eq > 0 ? word.substring(0, eq) : word;
      given.add(name);
      if (GlobalOptions.names(version).contains(name)) {
        parts.add(Part.GLOBAL_OPTION);
        if (GlobalOptions.takesValue(name, version)) {
          if (eq > 0) {
            globalValues.put(name, word.substring(eq + 1));
          } else {
            pending = new Pending(name, Optional.empty(), 0);
          }
        }
        return;
      }
      parts.add(Part.OPTION);
      OptionInfo info = options.get(name);
      if (info != null && info.value() != OptionInfo.ValueKind.NONE && eq < 0) {
        pending = new Pending(name, Optional.of(info), 0);
      }
      return;
    }
    if (service == null) {
      service = word;
      parts.add(Part.SERVICE);
    } else if (operationName == null) {
      operationName = word;
      parts.add(Part.OPERATION);
      operation = catalog.operation(service, word).orElse(null);
      if (operation != null) {
        options = catalog.options(operation, version);
      }
    } else {
      parts.add(Part.POSITIONAL);
    }
  }

  List<String> words() {
    return words;
  }

  /** What each word is, in order. */
  List<Part> parts() {
    return List.copyOf(parts);
  }

  Optional<String> service() {
    return Optional.ofNullable(service);
  }

  Optional<String> operationName() {
    return Optional.ofNullable(operationName);
  }

  /** The operation, when vpclab simulates it. */
  Optional<OperationSpec> operation() {
    return Optional.ofNullable(operation);
  }

  /** The operation's options by name; empty before the operation or for a custom command. */
  Map<String, OptionInfo> options() {
    return options;
  }

  /** The options already on the line, global ones included. */
  Set<String> given() {
    return Set.copyOf(given);
  }

  /** The value a global option was given ({@code --region us-east-1}). */
  Optional<String> global(String name) {
    return Optional.ofNullable(globalValues.get(name));
  }

  /** The option still waiting for a value after the last word, if any. */
  Optional<Pending> pending() {
    return Optional.ofNullable(pending);
  }

  /**
   * The values the words after the cursor give an option ({@code --region} typed later on the line
   * still decides where the command goes).
   */
  static Optional<String> valueIn(List<String> words, String option) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.startsWith(option + "=")) {
        return Optional.of(word.substring(option.length() + 1));
      }
      if (word.equals(option) && i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
        return Optional.of(words.get(i + 1));
      }
    }
    return Optional.empty();
  }
}
