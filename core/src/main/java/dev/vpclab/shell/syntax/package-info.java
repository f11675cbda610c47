/**
 * The bash subset vpclab understands: {@link dev.vpclab.shell.syntax.ShellSyntax#parse} into an
 * immutable AST ({@link dev.vpclab.shell.syntax.Script} down to {@link
 * dev.vpclab.shell.syntax.WordPart}), {@link dev.vpclab.shell.syntax.ShellSyntax#isComplete} for
 * continuation lines, and {@link dev.vpclab.shell.syntax.ShellSyntax#tokenize} for highlighting and
 * completion of a half-typed line. Errors are worded as bash words them.
 */
package dev.vpclab.shell.syntax;
