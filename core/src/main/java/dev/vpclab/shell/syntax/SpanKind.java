package dev.vpclab.shell.syntax;

/** What a stretch of a typed line is, for highlighting. */
public enum SpanKind {
  /** The command name: {@code aws}, {@code ls}. */
  COMMAND,
  /** A plain argument: {@code ec2}, {@code describe-vpcs}, {@code 10.0.0.0/16}. */
  ARGUMENT,
  /** An argument starting with {@code -}: {@code --cidr-block}, {@code -l}. */
  OPTION,
  /** The {@code NAME=} of an assignment. */
  ASSIGNMENT,
  /** {@code $VPC}, {@code ${VPC}}, {@code $?}. */
  VARIABLE,
  /** Quoted text, quotes included. */
  STRING,
  /** The {@code $(}, {@code )} and backquotes around a command substitution. */
  SUBSTITUTION,
  /** {@code |}, {@code &&}, {@code ;}, {@code >}, {@code 2>&1}, ... */
  OPERATOR,
  /** {@code # ...} */
  COMMENT
}
