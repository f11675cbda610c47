package dev.vpclab.repl;

import dev.vpclab.Vpclab;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.render.TextRenderer;
import dev.vpclab.session.Inputs;
import dev.vpclab.shell.Terminal;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs vpclab input without a terminal, as {@code jshell -} does: no line editor, no prompt, no
 * colour; everything in the order it happened on standard output.
 */
final class Batch {
  private Batch() {}

  static int runFiles(List<Path> files, Path workingDirectory, boolean echo) {
    Vpclab vpclab = Vpclab.start(Terminal.NONE, workingDirectory);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (Path file : files) {
      String script;
      try {
        script = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        System.err.println("vpclab: cannot read " + file + ": " + e.getMessage());
        return 1;
      }
      if (run(vpclab, script, out, echo)) {
        break;
      }
    }
    out.flush();
    return 0;
  }

  static int runStdin(Path workingDirectory, boolean echo) throws IOException {
    Vpclab vpclab = Vpclab.start(Terminal.NONE, workingDirectory);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    String script = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    run(vpclab, script, out, echo);
    out.flush();
    return 0;
  }

  /** Runs one script; true when it asked to end the session. */
  private static boolean run(Vpclab vpclab, String script, PrintStream out, boolean echo) {
    TextRenderer renderer = new TextRenderer(false);
    for (String input : Inputs.split(script)) {
      if (echo) {
        out.print(vpclab.prompt() + input.replace("\n", "\n> ") + "\n");
      }
      Outcome outcome = vpclab.eval(input);
      out.print(renderer.render(outcome));
      if (outcome.endsSession()) {
        return true;
      }
    }
    return false;
  }
}
