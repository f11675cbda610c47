package dev.vpclab.assist;

/** A span of the input line and what it is, for colouring it as it is typed. */
public record Highlight(int start, int end, Kind kind) {
  public enum Kind {
    /** The program: {@code aws}, {@code ls}. */
    COMMAND,
    /** A service or operation: {@code ec2}, {@code create-vpc}. */
    SUBCOMMAND,
    OPTION,
    STRING,
    VARIABLE,
    /** An ID of a resource that exists: {@code vpc-0…}. */
    RESOURCE_ID,
    COMMENT,
    OPERATOR,
    /** A vpclab command: {@code /help}. */
    META,
    PLAIN
  }
}
