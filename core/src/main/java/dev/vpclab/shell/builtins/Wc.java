package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.Errno;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import dev.vpclab.shell.fs.RegularFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * GNU {@code wc}: lines, words and bytes ({@code -l}, {@code -w}, {@code -c}, {@code -m}), columns
 * as wide as the total size of the files needs (7 for standard input), unpadded when one count of
 * one file is asked for.
 */
final class Wc implements Command {
  private static final Options OPTIONS =
      Options.of(
          Options.flag('l', "lines"),
          Options.flag('w', "words"),
          Options.flag('c', "bytes"),
          Options.flag('m', "chars"));

  @Override
  public CommandResult run(Invocation invocation) {
    Options.Parsed options = OPTIONS.parse(invocation.args());
    if (options.failed()) {
      return Gnu.usageError("wc", options.error(), 1);
    }
    boolean lines = options.has("l");
    boolean words = options.has("w");
    boolean bytes = options.has("c");
    boolean chars = options.has("m");
    if (!lines && !words && !bytes && !chars) {
      lines = words = bytes = true;
    }
    boolean stdin = options.operands().isEmpty();
    List<String> operands = stdin ? List.of("-") : options.operands();
    int shown = (lines ? 1 : 0) + (words ? 1 : 0) + (bytes ? 1 : 0) + (chars ? 1 : 0);
    int width = 1;
    if (shown > 1 || operands.size() > 1) {
      long total = 0;
      boolean special = false;
      for (String operand : operands) {
        FsResult<Node> node =
            operand.equals("-")
                ? null
                : invocation.files().stat(invocation.resolve(operand), invocation.principal());
        if (node == null || (node.isOk() && !(node.get() instanceof RegularFile))) {
          special = true;
        } else if (node.isOk()) {
          total += node.get().size();
        }
      }
      width = Math.max(String.valueOf(total).length(), special ? 7 : 1);
    }
    long[] totals = new long[4];
    int status = 0;
    int counted = 0;
    for (String operand : operands) {
      FsResult<String> text = Inputs.read(invocation, operand);
      long[] counts = new long[4];
      if (!text.isOk()) {
        invocation.err("wc: " + Gnu.quoteIfNeeded(operand) + ": " + text.error().message() + "\n");
        status = 1;
        if (text.error() != Errno.EISDIR) {
          continue;
        }
      } else {
        counts = count(text.get());
      }
      counted++;
      for (int i = 0; i < 4; i++) {
        totals[i] += counts[i];
      }
      invocation.out(line(counts, lines, words, chars, bytes, width, stdin ? null : operand));
    }
    if (operands.size() > 1) {
      invocation.out(line(totals, lines, words, chars, bytes, width, "total"));
    }
    return CommandResult.status(counted == 0 && status == 0 ? 0 : status);
  }

  private static long[] count(String text) {
    long newlines = text.chars().filter(c -> c == '\n').count();
    long wordCount = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        wordCount++;
      }
      inWord = !space;
    }
    long charCount = text.codePointCount(0, text.length());
    long byteCount = text.getBytes(StandardCharsets.UTF_8).length;
    return new long[] {newlines, wordCount, charCount, byteCount};
  }

  private static String line(
      long[] counts,
      boolean lines,
      boolean words,
      boolean chars,
      boolean bytes,
      int width,
      String name) {
    var fields = new ArrayList<String>();
    boolean[] wanted = {lines, words, chars, bytes};
    for (int i = 0; i < 4; i++) {
      if (wanted[i]) {
        String number = String.valueOf(counts[i]);
        fields.add(" ".repeat(Math.max(0, width - number.length())) + number);
      }
    }
    String line = String.join(" ", fields);
    return (name == null ? line : line + " " + name) + "\n";
  }
}
