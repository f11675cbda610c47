package dev.vpclab.repl;

import dev.vpclab.Vpclab;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.render.TextRenderer;
import dev.vpclab.shell.Terminal;
import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive REPL on a JLine terminal: completion, highlighting and history from core, the
 * outcome rendered with colour unless {@code NO_COLOR} is set. Ctrl-C clears the line, Ctrl-D
 * leaves.
 */
final class Interactive {
  private static final String BANNER =
      "vpclab: an offline AWS VPC simulator. You are on your laptop, with an administrator's\n"
          + "credentials and region us-east-2. Type AWS CLI and shell commands; /help for help,\n"
          + "/exit or Ctrl-D to leave. Tab completes; Alt-H explains the word at the cursor.\n\n";

  private Interactive() {}

  static int run(Path workingDirectory) throws IOException {
    try (org.jline.terminal.Terminal terminal =
        TerminalBuilder.builder().system(true).name("vpclab").build()) {
      boolean color = System.getenv("NO_COLOR") == null && !"dumb".equals(terminal.getType());
      Vpclab vpclab =
          Vpclab.start(new Terminal(true, Math.max(terminal.getWidth(), 20)), workingDirectory);
      LineReader reader = lineReader(terminal, vpclab, color);
      TextRenderer renderer = new TextRenderer(color);
      terminal.writer().print(BANNER);
      while (true) {
        String input;
        try {
          input = reader.readLine(vpclab.prompt());
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          break;
        }
        Outcome outcome = vpclab.eval(input);
        terminal.writer().print(renderer.render(outcome));
        terminal.writer().flush();
        if (outcome.endsSession()) {
          break;
        }
      }
      reader.getHistory().save();
      return 0;
    }
  }

  private static LineReader lineReader(
      org.jline.terminal.Terminal terminal, Vpclab vpclab, boolean color) {
    var reader = new VpclabLineReader(terminal, color);
    reader.setParser(new InputParser(vpclab));
    reader.setCompleter(new CoreCompleter(vpclab));
    reader.setHighlighter(new CoreHighlighter(vpclab, color));
    reader.setHistory(new DefaultHistory());
    reader.setVariable(LineReader.HISTORY_FILE, historyFile());
    reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "> ");
    reader.option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    reader.option(LineReader.Option.HISTORY_INCREMENTAL, true);
    InspectWidget.install(reader, vpclab, color);
    return reader;
  }

  private static Path historyFile() {
    String configured = System.getenv("VPCLAB_HISTORY");
    return configured != null
        ? Path.of(configured)
        : Path.of(System.getProperty("user.home"), ".vpclab_history");
  }
}
