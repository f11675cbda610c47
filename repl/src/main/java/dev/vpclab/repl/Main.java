package dev.vpclab.repl;

import dev.vpclab.kernel.KernelMain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code vpclab}: the REPL on a terminal; {@code vpclab FILE...} runs scripts and exits; with
 * standard input not a terminal it reads commands from it, so transcripts can be piped. {@code
 * vpclab kernel ...} installs or runs the Jupyter kernel.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws IOException {
    List<String> arguments = Arrays.asList(args);
    if (!arguments.isEmpty() && arguments.get(0).equals("kernel")) {
      System.exit(KernelMain.run(arguments.subList(1, arguments.size()), System.out, System.err));
    }
    if (arguments.contains("--help") || arguments.contains("-h")) {
      System.out.print(usage());
      return;
    }
    boolean echo = arguments.contains("--echo");
    List<Path> scripts = arguments.stream().filter(a -> !a.startsWith("--")).map(Path::of).toList();
    Path here = Path.of("").toAbsolutePath();
    int status;
    if (!scripts.isEmpty()) {
      status = Batch.runFiles(scripts, here, echo);
    } else if (System.console() == null) {
      status = Batch.runStdin(here, echo);
    } else {
      status = Interactive.run(here);
    }
    System.exit(status);
  }

  private static String usage() {
    return """
        usage: vpclab [--echo] [FILE...]
               vpclab kernel install|uninstall|run ...

          vpclab              start the interactive REPL
          vpclab FILE...      run scripts of vpclab input, then exit
          ... | vpclab        read vpclab input from standard input
          vpclab kernel ...   install, remove or run the Jupyter kernel (vpclab kernel --help)

          --echo              in scripts, print each input after the prompt before its output
        """;
  }
}
