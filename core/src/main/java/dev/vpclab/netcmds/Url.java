package dev.vpclab.netcmds;

import java.util.Optional;

/** A URL as curl takes it: no scheme means http; the port defaults to the scheme's. */
record Url(String scheme, String host, int port, String path) {

  static Optional<Url> parse(String text) {
    String rest = text;
    String scheme = "http";
    int colon = rest.indexOf("://");
    if (colon >= 0) {
      scheme = rest.substring(0, colon).toLowerCase();
      rest = rest.substring(colon + 3);
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "/" : rest.substring(slash);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int defaultPort = scheme.equals("https") ? 443 : 80;
    int port = defaultPort;
    int portColon = authority.lastIndexOf(':');
    if (portColon >= 0) {
      String digits = authority.substring(portColon + 1);
      if (!digits.matches("\\d{1,5}") || Integer.parseInt(digits) > 65535) {
        return Optional.empty();
      }
      port = Integer.parseInt(digits);
      authority = authority.substring(0, portColon);
    }
    if (authority.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Url(scheme, authority.toLowerCase(), port, path));
  }

  /** {@code host} or {@code host:port} when the port is not the scheme's default. */
  String hostHeader() {
    int defaultPort = scheme.equals("https") ? 443 : 80;
    return port == defaultPort ? host : host + ":" + port;
  }
}
