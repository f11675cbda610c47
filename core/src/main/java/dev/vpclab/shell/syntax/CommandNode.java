package dev.vpclab.shell.syntax;

import java.util.List;

/** One element of a pipeline. */
public sealed interface CommandNode
    permits CommandNode.Simple, CommandNode.Subshell, CommandNode.Group {

  List<Redirect> redirects();

  /**
   * {@code NAME=value ... word ... > file}: assignments before the command name, the words (the
   * first one names the command), and redirections (in source order, wherever they stood).
   */
  record Simple(List<Assignment> assignments, List<Word> words, List<Redirect> redirects)
      implements CommandNode {
    public Simple {
      assignments = List.copyOf(assignments);
      words = List.copyOf(words);
      redirects = List.copyOf(redirects);
    }

    public static Simple of(Word... words) {
      return new Simple(List.of(), List.of(words), List.of());
    }
  }

  /** {@code ( list )}: runs in a copy of the shell; variable and directory changes stay inside. */
  record Subshell(Script body, List<Redirect> redirects) implements CommandNode {
    public Subshell {
      redirects = List.copyOf(redirects);
    }
  }

  /** <code>{ list; }</code>: runs in the current shell, with shared redirections. */
  record Group(Script body, List<Redirect> redirects) implements CommandNode {
    public Group {
      redirects = List.copyOf(redirects);
    }
  }
}
