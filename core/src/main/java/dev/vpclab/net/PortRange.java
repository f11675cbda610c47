package dev.vpclab.net;

/** An inclusive range of TCP/UDP ports; {@link #ALL} stands for "all ports". */
public record PortRange(int from, int to) {
  public static final PortRange ALL = new PortRange(0, 65535);

  public PortRange {
    if (from < 0 || to > 65535 || from > to) {
      throw new IllegalArgumentException(from + "-" + to);
    }
  }

  public static PortRange single(int port) {
    return new PortRange(port, port);
  }

  public boolean contains(int port) {
    return port >= from && port <= to;
  }

  public boolean isAll() {
    return from == 0 && to == 65535;
  }

  @Override
  public String toString() {
    return isAll() ? "All" : from == to ? Integer.toString(from) : from + " - " + to;
  }
}
