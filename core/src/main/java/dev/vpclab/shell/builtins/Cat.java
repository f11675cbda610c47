package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FsResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * GNU {@code cat}: files (or standard input) in order; {@code -n}/{@code -b} number lines, {@code
 * -s} squeezes blank lines, {@code -E}, {@code -T}, {@code -v} (and {@code -A}, {@code -e}, {@code
 * -t}) make line ends, tabs and control characters visible.
 */
final class Cat implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('A', "show-all"),
          Options.flag('b', "number-nonblank"),
          Options.flag('e', null),
          Options.flag('E', "show-ends"),
          Options.flag('n', "number"),
          Options.flag('s', "squeeze-blank"),
          Options.flag('t', null),
          Options.flag('T', "show-tabs"),
          Options.flag('u', null),
          Options.flag('v', "show-nonprinting"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("cat", options.error(), 1);
    }
    var format = new Format(options);
    List<String> operands = options.operands().isEmpty() ? List.of("-") : options.operands();
    int status = 0;
    for (String operand : operands) {
      FsResult<String> text = Inputs.read(invocation, operand);
      if (!text.isOk()) {
        invocation.err("cat: " + Gnu.quoteIfNeeded(operand) + ": " + text.error().message() + "\n");
        status = 1;
        continue;
      }
      invocation.out(format.plain ? text.get() : format.apply(text.get()));
    }
    return CommandResult.status(status);
  }

  /** The transformations asked for; line numbers continue from file to file. */
  private static final class Format {
    final boolean number;
    final boolean numberNonBlank;
    final boolean squeeze;
    final boolean ends;
    final boolean tabs;
    final boolean nonPrinting;
    final boolean plain;
    int line;
    boolean lastBlank;

    Format(Options.Parsed o) {
      boolean all = o.has("A");
      numberNonBlank = o.has("b");
      number = o.has("n") && !numberNonBlank;
      squeeze = o.has("s");
      ends = all || o.has("e") || o.has("E");
      tabs = all || o.has("t") || o.has("T");
      nonPrinting = all || o.has("e") || o.has("t") || o.has("v");
      plain = !(number || numberNonBlank || squeeze || ends || tabs || nonPrinting);
    }

    String apply(String text) {
      var out = new StringBuilder();
      for (String raw : Inputs.lines(text)) {
        boolean newline = raw.endsWith("\n");
        String body = newline ? raw.substring(0, raw.length() - 1) : raw;
        boolean blank = body.isEmpty();
        if (squeeze && blank && lastBlank) {
          continue;
        }
        lastBlank = blank;
        if (number || (numberNonBlank && !blank)) {
          out.append(String.format("%6d\t", ++line));
        }
        out.append(visible(body));
        if (newline) {
          out.append(ends ? "$\n" : "\n");
        }
      }
      return out.toString();
    }

    private String visible(String body) {
      if (!nonPrinting) {
        return tabs ? body.replace("\t", "^I") : body;
      }
      var out = new StringBuilder();
      for (byte b : body.getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xff;
        if (c == '\t') {
          out.append(tabs ? "^I" : "\t");
          continue;
        }
        if (c >= 128) {
          out.append("M-");
          c -= 128;
        }
        appendControl(out, c);
      }
      return out.toString();
    }

    private static void appendControl(StringBuilder out, int c) {
      if (c < 32) {
        out.append('^').append((char) (c + 64));
      } else if (c == 127) {
        out.append("^?");
      } else {
        out.append((char) c);
      }
    }
  }
}
