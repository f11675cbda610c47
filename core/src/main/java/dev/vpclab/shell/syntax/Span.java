package dev.vpclab.shell.syntax;

/** A highlighted stretch {@code [start, end)} of a line. */
public record Span(int start, int end, SpanKind kind) {}
