package dev.vpclab.shell.builtins;

import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FsResult;

/** Reading the files a command names, with {@code -} meaning standard input. */
final class Inputs {
  private Inputs() {}

  static FsResult<String> read(Invocation invocation, String operand) {
    if (operand.equals("-")) {
      return FsResult.ok(invocation.stdin());
    }
    String path = invocation.resolve(operand);
    if (dev.vpclab.shell.fs.Paths.normalize(path).equals("/dev/null")) {
      return FsResult.ok("");
    }
    return invocation.files().read(path, invocation.principal());
  }

  /** The lines of a text, each with its newline (the last one may lack it). */
  static java.util.List<String> lines(String text) {
    var lines = new java.util.ArrayList<String>();
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline + 1;
      lines.add(text.substring(start, end));
      start = end;
    }
    return lines;
  }
}
