package dev.vpclab.netcmds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * curl's command line, the options a lab uses: {@code -s -S -v -I -i -f -o FILE -m SECS
 * --connect-timeout SECS -X METHOD -H 'Name: value' -w FORMAT}; {@code -L}, {@code -k} and {@code
 * -4} are accepted and change nothing here. Short options combine ({@code -sSL}) and take their
 * value attached or as the next word, as curl's getopt does.
 */
record CurlArgs(
    List<String> urls,
    boolean silent,
    boolean showError,
    boolean verbose,
    boolean head,
    boolean include,
    boolean fail,
    Optional<String> output,
    Optional<String> method,
    Map<String, String> headers,
    Optional<Double> maxTime,
    Optional<Double> connectTimeout,
    Optional<String> writeOut) {

  /** What curl says about a command line it cannot use, with exit status 2. */
  static final String TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";

  private static final Map<String, Character> LONG =
      Map.ofEntries(
          Map.entry("--silent", 's'),
          Map.entry("--show-error", 'S'),
          Map.entry("--verbose", 'v'),
          Map.entry("--head", 'I'),
          Map.entry("--include", 'i'),
          Map.entry("--fail", 'f'),
          Map.entry("--output", 'o'),
          Map.entry("--max-time", 'm'),
          Map.entry("--request", 'X'),
          Map.entry("--header", 'H'),
          Map.entry("--write-out", 'w'),
          Map.entry("--location", 'L'),
          Map.entry("--insecure", 'k'),
          Map.entry("--ipv4", '4'),
          Map.entry("--connect-timeout", 'T'));

  private static final String WITH_VALUE = "omXHwT";
  private static final String FLAGS = "sSvIifLk4";

  /** The parsed line, or what curl prints for it on stderr. */
  sealed interface Parsed {
    record Ok(CurlArgs args) implements Parsed {}

    record Usage(String stderr) implements Parsed {}
  }

  static Parsed parse(List<String> words) {
    var b = new Builder();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.startsWith("--") && word.length() > 2) {
        String name = word;
        String attached = null;
        int eq = word.indexOf('=');
        if (eq > 0) {
          name = word.substring(0, eq);
          attached = word.substring(eq + 1);
        }
        Character option = LONG.get(name);
        if (option == null) {
          return new Parsed.Usage("curl: option " + name + ": is unknown\n" + TRY);
        }
        if (WITH_VALUE.indexOf(option) >= 0) {
          String value = attached != null ? attached : i + 1 < words.size() ? words.get(++i) : null;
          if (value == null) {
            return new Parsed.Usage("curl: option " + name + ": requires parameter\n" + TRY);
          }
          Optional<String> problem = b.set(option, value, name);
          if (problem.isPresent()) {
            return new Parsed.Usage(problem.get());
          }
        } else {
          b.flag(option);
        }
      } else if (word.startsWith("-") && word.length() > 1) {
        for (int j = 1; j < word.length(); j++) {
          char option = word.charAt(j);
          if (WITH_VALUE.indexOf(option) >= 0 && option != 'T') {
            String value =
                j + 1 < word.length()
                    ? word.substring(j + 1)
                    : i + 1 < words.size() ? words.get(++i) : null;
            if (value == null) {
              return new Parsed.Usage("curl: option -" + option + ": requires parameter\n" + TRY);
            }
            Optional<String> problem = b.set(option, value, "-" + option);
            if (problem.isPresent()) {
              return new Parsed.Usage(problem.get());
            }
            break;
          }
          if (FLAGS.indexOf(option) < 0) {
            return new Parsed.Usage("curl: option -" + option + ": is unknown\n" + TRY);
          }
          b.flag(option);
        }
      } else {
        b.urls.add(word);
      }
    }
    if (b.urls.isEmpty()) {
      return new Parsed.Usage("curl: no URL specified!\n" + TRY);
    }
    return new Parsed.Ok(b.build());
  }

  private static final class Builder {
    final List<String> urls = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    boolean silent;
    boolean showError;
    boolean verbose;
    boolean head;
    boolean include;
    boolean fail;
    String output;
    String method;
    Double maxTime;
    Double connectTimeout;
    String writeOut;

    void flag(char option) {
      switch (option) {
        case 's' -> silent = true;
        case 'S' -> showError = true;
        case 'v' -> verbose = true;
        case 'I' -> head = true;
        case 'i' -> include = true;
        case 'f' -> fail = true;
        default -> {}
      }
    }

    Optional<String> set(char option, String value, String name) {
      switch (option) {
        case 'o' -> output = value;
        case 'X' -> method = value;
        case 'w' -> writeOut = value;
        case 'H' -> {
          int colon = value.indexOf(':');
          if (colon > 0) {
            headers.put(value.substring(0, colon).trim(), value.substring(colon + 1).trim());
          }
        }
        case 'm', 'T' -> {
          if (!value.matches("\\d+(\\.\\d+)?")) {
            return Optional.of(
                "curl: option " + name + ": expected a proper numerical parameter\n" + TRY);
          }
          if (option == 'm') {
            maxTime = Double.parseDouble(value);
          } else {
            connectTimeout = Double.parseDouble(value);
          }
        }
        default -> {}
      }
      return Optional.empty();
    }

    CurlArgs build() {
      return new CurlArgs(
          List.copyOf(urls),
          silent,
          showError,
          verbose,
          head,
          include,
          fail,
          Optional.ofNullable(output),
          Optional.ofNullable(method),
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers)),
          Optional.ofNullable(maxTime),
          Optional.ofNullable(connectTimeout),
          Optional.ofNullable(writeOut));
    }
  }

  /** The request method: {@code -X}, else HEAD for {@code -I}, else GET. */
  String requestMethod() {
    return method.orElse(head ? "HEAD" : "GET");
  }

  /** Whether curl reports an error on stderr: always, unless silenced without {@code -S}. */
  boolean reportsErrors() {
    return !silent || showError;
  }
}
