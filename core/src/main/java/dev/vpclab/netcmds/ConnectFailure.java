package dev.vpclab.netcmds;

import java.util.Optional;

/**
 * curl's words for a connection that did not happen, per version. curl 7.79 and 7.81 end the
 * message with the system's error text ({@code Connection timed out}, {@code Connection refused})
 * and say {@code Connection timed out after N milliseconds} when their own timer runs out; from
 * 7.87 (so 8.x) the connection filters say {@code Couldn't connect to server} and, for {@code
 * --connect-timeout}, {@code Timeout was reached} (curl's lib/connect.c of each version; 7.88
 * confirmed on loopback). A SYN nobody answers is given up by the kernel after its retries, about
 * 130 s: curl's own default connect timeout (300 s) never fires.
 */
final class ConnectFailure {
  /** How long curl 7.7x/7.8x report waiting when the kernel gives up on a SYN. */
  private static final long KERNEL_GIVES_UP_MS_7 = 129_871;

  /**
   * The same for curl 8 (measured with curl 7.88 against a loopback listener with a full queue).
   */
  private static final long KERNEL_GIVES_UP_MS_8 = 133_813;

  private ConnectFailure() {}

  static Curl.Exchange.Failed timedOut(Platform platform, CurlArgs args, Url url) {
    long kernel = platform.curlConnectFilters() ? KERNEL_GIVES_UP_MS_8 : KERNEL_GIVES_UP_MS_7;
    Optional<Double> limit = smaller(args.maxTime(), args.connectTimeout());
    if (limit.isPresent() && limit.get() * 1000 < kernel) {
      long ms = Math.round(limit.get() * 1000) + 1;
      boolean connectTimer =
          args.connectTimeout().isPresent()
              && args.connectTimeout().get() <= args.maxTime().orElse(Double.MAX_VALUE);
      String message =
          connectTimer && platform.curlConnectFilters()
              ? failedToConnect(url, ms, "Timeout was reached")
              : "Connection timed out after " + ms + " milliseconds";
      return new Curl.Exchange.Failed(28, message, Optional.of(waited(ms)));
    }
    String reason =
        platform.curlConnectFilters() ? "Couldn't connect to server" : "Connection timed out";
    return new Curl.Exchange.Failed(
        28, failedToConnect(url, kernel, reason), Optional.of(waited(kernel)));
  }

  /** Something answered the SYN with a reset: the port is closed. */
  static Curl.Exchange.Failed refused(Platform platform, Url url) {
    String reason =
        platform.curlConnectFilters() ? "Couldn't connect to server" : "Connection refused";
    return new Curl.Exchange.Failed(7, failedToConnect(url, 0, reason), Optional.empty());
  }

  private static String failedToConnect(Url url, long ms, String reason) {
    return "Failed to connect to "
        + url.host()
        + " port "
        + url.port()
        + " after "
        + ms
        + " ms: "
        + reason;
  }

  private static String waited(long ms) {
    return "the real curl would have waited " + Math.round(ms / 1000.0) + " s before saying so";
  }

  private static Optional<Double> smaller(Optional<Double> a, Optional<Double> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(Math.min(a.get(), b.get()));
  }
}
