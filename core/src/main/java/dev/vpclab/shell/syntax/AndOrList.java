package dev.vpclab.shell.syntax;

import java.util.List;

/** {@code a && b || c}: pipelines joined by {@code &&} and {@code ||}, run left to right. */
public record AndOrList(Pipeline first, List<Link> rest) {
  public AndOrList {
    rest = List.copyOf(rest);
  }

  public AndOrList(Pipeline only) {
    this(only, List.of());
  }

  /** The connector before a pipeline and the pipeline itself. */
  public record Link(Connector connector, Pipeline pipeline) {}

  /** {@code &&} runs the next pipeline when the last status was 0, {@code ||} when it was not. */
  public enum Connector {
    AND("&&"),
    OR("||");

    private final String symbol;

    Connector(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** Whether the pipeline after this connector runs, given the status before it. */
    public boolean runsAfter(int status) {
      return this == AND ? status == 0 : status != 0;
    }
  }
}
