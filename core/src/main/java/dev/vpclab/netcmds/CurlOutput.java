package dev.vpclab.netcmds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * What curl writes for one URL: the body (or headers with {@code -I}/{@code -i}) on standard
 * output, and on standard error its progress meter (when the output is not a terminal and {@code
 * -s} is not given), {@code -v}'s exchange and {@code curl: (N) …} errors. The meter is shown in
 * its final state; the real one redraws itself with carriage returns while it runs.
 */
final class CurlOutput {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final CurlArgs args;
  private final Platform platform;
  private final Url url;
  private final boolean stdoutIsTerminal;
  private final Instant now;

  CurlOutput(CurlArgs args, Platform platform, Url url, boolean stdoutIsTerminal, Instant now) {
    this.args = args;
    this.platform = platform;
    this.url = url;
    this.stdoutIsTerminal = stdoutIsTerminal;
    this.now = now;
  }

  /** Where curl writes, in the order it writes: standard output and standard error. */
  interface Sink {
    void out(String text);

    void err(String text);
  }

  /** Writes what curl prints and returns its exit status. */
  int render(Curl.Exchange exchange, Sink sink) {
    var out = new StringBuilder();
    var err = new StringBuilder();
    int status = render(exchange, out, err, sink);
    sink.err(err.toString());
    sink.out(out.toString());
    return status;
  }

  private int render(Curl.Exchange exchange, StringBuilder out, StringBuilder err, Sink sink) {
    if (exchange instanceof Curl.Exchange.Failed failed) {
      if (showsMeter()) {
        err.append(Progress.HEADER).append(Progress.line(0, 0)).append('\n');
      }
      if (args.reportsErrors()) {
        err.append("curl: (").append(failed.code()).append(") ").append(failed.message());
        err.append('\n');
      }
      return failed.code();
    }
    var replied = (Curl.Exchange.Replied) exchange;
    HttpReply reply = replied.reply();
    String headers = headers(reply, replied.headers());
    if (args.verbose()) {
      verbose(err, headers);
      // The body arrives between the response headers and the closing line.
      sink.err(err.toString());
      err.setLength(0);
      sink.out(body(exchange).isEmpty() || args.output().isPresent() ? "" : body(exchange));
      err.append(
          platform.curlConnectFilters() ? "* Closing connection\n" : "* Closing connection 0\n");
      args.writeOut().ifPresent(w -> out.append(writeOut(w, reply)));
      return 0;
    }
    if (args.fail() && !reply.ok()) {
      if (showsMeter()) {
        err.append(Progress.HEADER).append(Progress.line(0, 0)).append('\n');
      }
      if (args.reportsErrors()) {
        err.append("curl: (22) The requested URL returned error: ")
            .append(reply.status())
            .append('\n');
      }
      return 22;
    }
    String shown = body(exchange);
    if (args.output().isEmpty()) {
      out.append(shown);
    }
    if (showsMeter()) {
      int size = reply.body().getBytes(StandardCharsets.UTF_8).length;
      err.append(Progress.HEADER).append(Progress.line(args.head() ? 0 : size, size)).append('\n');
    }
    args.writeOut().ifPresent(w -> out.append(writeOut(w, reply)));
    return 0;
  }

  /** What goes to standard output or the {@code -o} file. */
  String body(Curl.Exchange exchange) {
    if (!(exchange instanceof Curl.Exchange.Replied replied)) {
      return "";
    }
    String headers = headers(replied.reply(), replied.headers());
    if (args.head()) {
      return headers;
    }
    return (args.include() ? headers : "") + replied.reply().body();
  }

  private boolean showsMeter() {
    return !args.silent() && !args.verbose() && (args.output().isPresent() || !stdoutIsTerminal);
  }

  /** The response headers as the metadata service sends them (Server: EC2ws), CRLF-ended. */
  private String headers(HttpReply reply, Map<String, String> extra) {
    var h = new StringBuilder();
    h.append("HTTP/1.1 ").append(reply.status()).append(' ').append(reply.reason()).append("\r\n");
    extra.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
    h.append("Content-Type: ").append(reply.contentType()).append("\r\n");
    if (reply.ok()) {
      h.append("Accept-Ranges: none\r\n");
      h.append("Last-Modified: ").append(HTTP_DATE.format(now)).append("\r\n");
    }
    h.append("Content-Length: ")
        .append(reply.body().getBytes(StandardCharsets.UTF_8).length)
        .append("\r\n");
    h.append("Date: ").append(HTTP_DATE.format(now)).append("\r\n");
    h.append("Server: EC2ws\r\n");
    h.append("Connection: close\r\n");
    return h.append("\r\n").toString();
  }

  /** {@code -v}, lightly: the connection, the request and the response headers. */
  private void verbose(StringBuilder err, String headers) {
    boolean eight = platform.curlConnectFilters();
    err.append("*   Trying ").append(url.host()).append(':').append(url.port()).append("...\n");
    err.append("* Connected to ")
        .append(url.host())
        .append(" (")
        .append(url.host())
        .append(") port ")
        .append(url.port())
        .append(eight ? "\n" : " (#0)\n");
    err.append("> ")
        .append(args.requestMethod())
        .append(' ')
        .append(url.path())
        .append(" HTTP/1.1\r\n");
    err.append("> Host: ").append(url.hostHeader()).append("\r\n");
    err.append("> User-Agent: curl/").append(platform.curlVersion()).append("\r\n");
    err.append("> Accept: */*\r\n");
    args.headers()
        .forEach((k, v) -> err.append("> ").append(k).append(": ").append(v).append("\r\n"));
    err.append("> \r\n");
    if (!eight) {
      err.append("* Mark bundle as not supporting multiuse\n");
    }
    for (String line : headers.split("\r\n", -1)) {
      if (!line.isEmpty()) {
        err.append("< ").append(line).append("\r\n");
      }
    }
    err.append("< \r\n");
  }

  private static String writeOut(String format, HttpReply reply) {
    return format
        .replace("%{http_code}", String.format("%03d", reply.status()))
        .replace("%{response_code}", String.format("%03d", reply.status()))
        .replace("\\n", "\n")
        .replace("\\t", "\t");
  }

  /** curl's progress meter (lib/progress.c), in the state it ends in for a fast transfer. */
  static final class Progress {
    static final String HEADER =
        "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
            + "                                 Dload  Upload   Total   Spent    Left  Speed\n";

    private Progress() {}

    /** The last line for {@code received} of {@code total} bytes, done in a millisecond. */
    static String line(long received, long total) {
      int percent = total == 0 ? 0 : (int) (received * 100 / total);
      long speed = received * 1000;
      return String.format(
          "%3d %s  %3d %s  %3d %s  %s  %s %s %s %s %s",
          percent,
          max5(total),
          percent,
          max5(received),
          0,
          max5(0),
          max5(speed),
          max5(0),
          "--:--:--",
          "--:--:--",
          "--:--:--",
          max5(speed));
    }

    /** A number in five characters, as curl's max5data writes it: 12345, 1234k, 12.3M. */
    static String max5(long bytes) {
      long k = 1024;
      if (bytes < 100000) {
        return String.format("%5d", bytes);
      }
      if (bytes < 10000 * k) {
        return String.format("%4dk", bytes / k);
      }
      if (bytes < 100 * k * k) {
        return String.format("%2d.%0dM", bytes / (k * k), (bytes % (k * k)) / (k * k / 10));
      }
      return String.format("%4dM", bytes / (k * k));
    }
  }
}
