package dev.vpclab.assist;

/**
 * What the thing under the cursor is: the help of an operation or option, or a description of a
 * resource whose ID is there. {@code title} is one line; {@code body} may be several.
 */
public record Inspection(String title, String body) {}
