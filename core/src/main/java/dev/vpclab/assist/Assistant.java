package dev.vpclab.assist;

import dev.vpclab.session.MetaCommand;
import dev.vpclab.session.MetaCommands;
import dev.vpclab.session.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers the questions a front end asks while the learner types: what completes here, how to
 * colour the line, what is the thing under the cursor. The REPL and the Jupyter kernel share it.
 */
public final class Assistant {
  private final Session session;
  private final MetaCommands commands;

  public Assistant(Session session, MetaCommands commands) {
    this.session = session;
    this.commands = commands;
  }

  public Completions complete(String line, int cursor) {
    String before = line.substring(0, cursor);
    int anchor = before.lastIndexOf(' ') + 1;
    String word = before.substring(anchor);
    var out = new ArrayList<Candidate>();
    if (anchor == 0 && word.startsWith("/")) {
      for (MetaCommand c : commands.all()) {
        if (c.name().startsWith(word)) {
          out.add(Candidate.described(c.name(), "vpclab", c.summary()));
        }
      }
    } else if (before.isBlank() || anchor == 0) {
      for (String name : session.shell().commands().names()) {
        if (name.startsWith(word)) {
          out.add(Candidate.of(name, "commands"));
        }
      }
    }
    return new Completions(anchor, out);
  }

  public List<Highlight> highlight(String line) {
    return List.of();
  }

  public Optional<Inspection> inspect(String line, int cursor) {
    return Optional.empty();
  }
}
