package dev.vpclab.transcript;

import dev.vpclab.Vpclab;
import dev.vpclab.outcome.Note;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.shell.Terminal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A transcript: inputs as a learner types them and exactly what vpclab answers, in one text file.
 *
 * <pre>
 * #| comment (anywhere; ignored)
 * $ aws ec2 create-vpc --cidr-block 10.0.0.0/8       an input
 * > continued line                                   more lines of the same input
 * plain line                                         standard output
 * [stderr] line                                      standard error ([stderr] alone: empty line)
 * [changed] / [why] / [hint] / [info] text           vpclab's notes
 * [table] row                                        a vpclab table, as the REPL aligns it
 * [trace] line                                       a trace shown in full (/explain), as text
 * [diagram] line                                     a /diagram, as the REPL draws it
 * [problem] CODE: message                            a vpclab-level error
 * [exit 254]                                         the exit status, when not 0
 * [no newline]                                       the output before did not end in a newline
 * </pre>
 */
public final class Transcript {
  private Transcript() {}

  /** The inputs of a transcript, in order. */
  public static List<String> inputs(String text) {
    var inputs = new ArrayList<String>();
    StringBuilder current = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("$ ") || line.equals("$")) {
        if (current != null) {
          inputs.add(current.toString());
        }
        current = new StringBuilder(line.length() > 2 ? line.substring(2) : "");
      } else if (current != null && (line.startsWith("> ") || line.equals(">"))) {
        current.append('\n').append(line.length() > 2 ? line.substring(2) : "");
      } else if (current != null) {
        inputs.add(current.toString());
        current = null;
      }
    }
    if (current != null) {
      inputs.add(current.toString());
    }
    return inputs;
  }

  /** Runs the inputs in a fresh session and writes the transcript that results. */
  public static String run(String expected, Path workingDirectory) {
    Vpclab vpclab = Vpclab.start(Terminal.DEFAULT, workingDirectory);
    var out = new StringBuilder();
    for (String line : expected.split("\n", -1)) {
      if (line.startsWith("$")) {
        break;
      }
      out.append(line).append('\n');
    }
    for (String input : inputs(expected)) {
      out.append("$ ").append(input.replace("\n", "\n> ")).append('\n');
      Outcome outcome = vpclab.eval(input);
      render(outcome, out);
    }
    return keepComments(expected, out.toString());
  }

  static void render(Outcome outcome, StringBuilder out) {
    for (Part part : outcome.parts()) {
      if (part instanceof Part.Output o) {
        String prefix = o.stream() == Part.Stream.STDERR ? "[stderr]" : "";
        String text = o.text();
        boolean endsInNewline = text.endsWith("\n");
        String body = endsInNewline ? text.substring(0, text.length() - 1) : text;
        for (String line : body.split("\n", -1)) {
          out.append(prefix.isEmpty() ? line : line.isEmpty() ? prefix : prefix + " " + line)
              .append('\n');
        }
        if (!endsInNewline && !text.isEmpty()) {
          out.append("[no newline]\n");
        }
      } else if (part instanceof Part.Remark r) {
        out.append('[').append(label(r.note())).append("] ").append(r.note().text()).append('\n');
      } else if (part instanceof Part.Traced t && t.expanded()) {
        for (String line : dev.vpclab.render.TraceText.render(t.trace(), t.number()).split("\n")) {
          out.append("[trace] ").append(line).append('\n');
        }
      } else if (part instanceof Part.Problem p) {
        out.append("[problem] ").append(p.code()).append(": ").append(p.message()).append('\n');
      } else if (part instanceof Part.Table || part instanceof Part.Diagram) {
        String label = part instanceof Part.Table ? "[table]" : "[diagram]";
        String text =
            new dev.vpclab.render.TextRenderer(false).render(new Outcome(List.of(part), 0, false));
        for (String line : text.split("\n")) {
          out.append(line.isEmpty() ? label : label + " " + line).append('\n');
        }
      }
    }
    if (outcome.exitStatus() != 0) {
      out.append("[exit ").append(outcome.exitStatus()).append("]\n");
    }
  }

  private static String label(Note note) {
    return note.kind().name().toLowerCase();
  }

  /** Puts the expected file's {@code #|} comments back where they stood, before their input. */
  private static String keepComments(String expected, String actual) {
    var comments = new ArrayList<List<String>>();
    var pending = new ArrayList<String>();
    boolean started = false;
    for (String line : expected.split("\n", -1)) {
      if (line.startsWith("$")) {
        started = true;
        comments.add(List.copyOf(pending));
        pending.clear();
      } else if (started && line.startsWith("#|")) {
        pending.add(line);
      }
    }
    var out = new StringBuilder();
    int input = 0;
    String[] lines = actual.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("$") && input < comments.size()) {
        comments.get(input++).forEach(c -> out.append(c).append('\n'));
      }
      out.append(line);
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    String trailing = String.join("\n", pending);
    return trailing.isEmpty() ? out.toString() : out + trailing + "\n";
  }
}
