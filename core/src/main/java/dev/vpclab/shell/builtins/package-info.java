/**
 * The bash builtins and GNU coreutils every simulated machine has, registered by {@link
 * dev.vpclab.shell.builtins.Builtins#registry}. Each prints what the real one prints on Linux (bash
 * 5.2, coreutils 9.1), errors included; the transcripts under {@code src/test/resources} were
 * checked against the real tools.
 */
package dev.vpclab.shell.builtins;
