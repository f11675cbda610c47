package dev.vpclab.kernel.jupyter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * The kernel's own log: lines on standard error, which Jupyter shows in the server's console. The
 * library's SLF4J logging goes nowhere (slf4j-nop).
 */
final class KernelLog {
  private KernelLog() {}

  static void warn(String message) {
    System.err.println(prefix() + message);
  }

  static void error(String message, Throwable cause) {
    var trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    System.err.print(prefix() + message + ": " + trace);
  }

  private static String prefix() {
    return "[vpclab kernel " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + "] ";
  }
}
