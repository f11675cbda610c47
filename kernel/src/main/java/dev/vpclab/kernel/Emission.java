package dev.vpclab.kernel;

import dev.vpclab.outcome.Part;
import java.util.List;

/**
 * What a cell sends to the notebook as it runs, in order: what programs printed, displays of
 * vpclab's own (notes, tables, traces, API responses), the cell's result, or the error that ended
 * it. The Jupyter side turns each into one iopub message.
 */
public sealed interface Emission {

  /** What a terminal would show for it: the history of a cell's output is made of these. */
  String plainText();

  /** Text a program printed on one of its streams, exactly as printed. */
  record Stream(Part.Stream stream, String text) implements Emission {
    @Override
    public String plainText() {
      return text;
    }
  }

  /** A rich output shown where it happened ({@code display_data}). */
  record Display(MimeBundle bundle) implements Emission {
    @Override
    public String plainText() {
      return bundle.plainText() + "\n";
    }
  }

  /** The value of the cell: the last input's API response ({@code execute_result}). */
  record Result(MimeBundle bundle) implements Emission {
    @Override
    public String plainText() {
      return bundle.plainText() + "\n";
    }
  }

  /** What ended the cell as an error: a Jupyter {@code error} named by vpclab's problem code. */
  record Failure(String name, String message, List<String> traceback) implements Emission {
    public Failure {
      traceback = List.copyOf(traceback);
    }

    /** A failure shown as the REPL shows a problem: {@code vpclab: message}. */
    public static Failure of(String name, String message) {
      return new Failure(name, message, List.of("vpclab: " + message));
    }

    @Override
    public String plainText() {
      return String.join("\n", traceback) + "\n";
    }
  }
}
