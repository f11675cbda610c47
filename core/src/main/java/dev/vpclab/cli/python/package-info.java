/**
 * What the CLI's Python does with the values it handles, ported once for the argument parser and
 * the output formats alike: {@code str()} and {@code repr()} ({@link
 * dev.vpclab.cli.python.PythonRepr}), {@code repr(float)} ({@link
 * dev.vpclab.cli.python.PythonFloat}), {@code json.dumps} ({@link
 * dev.vpclab.cli.python.PythonJson}) and type names, truthiness and string order ({@link
 * dev.vpclab.cli.python.PythonValues}).
 */
package dev.vpclab.cli.python;
