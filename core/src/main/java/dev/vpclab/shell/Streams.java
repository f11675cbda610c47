package dev.vpclab.shell;

/** Standard input, output and error of a command as the shell has set them up. */
record Streams(String stdin, boolean stdinIsTerminal, Sink out, Sink err) {

  Streams withStdin(String text) {
    return new Streams(text, false, out, err);
  }

  Streams withOut(Sink sink) {
    return new Streams(stdin, stdinIsTerminal, sink, err);
  }

  Streams withErr(Sink sink) {
    return new Streams(stdin, stdinIsTerminal, out, sink);
  }
}
