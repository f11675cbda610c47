package dev.vpclab.assist;

import dev.vpclab.session.MetaCommands;
import dev.vpclab.shell.Shell;
import dev.vpclab.shell.ShellContext;
import dev.vpclab.shell.syntax.CompletionPoint;
import dev.vpclab.shell.syntax.LineTokens;
import dev.vpclab.shell.syntax.WordToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What completes the word at the cursor: finds the word and its command with the shell's tolerant
 * tokenizer (after {@code |}, {@code &&}, {@code ;} and inside {@code $(…)} too) and asks the
 * source that knows that command.
 */
final class LineCompleter {
  /** A {@code $NAME} or {@code ${NAME} being typed at the end of a word. */
  private static final Pattern VARIABLE = Pattern.compile("\\$(\\{?)([A-Za-z_][A-Za-z0-9_]*)?$");

  private static final Pattern NAME_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Snapshot snapshot;
  private final OptionCatalog catalog;

  LineCompleter(Snapshot snapshot, OptionCatalog catalog) {
    this.snapshot = snapshot;
    this.catalog = catalog;
  }

  Completions complete(String line, int cursor) {
    int at = Math.max(0, Math.min(cursor, line.length()));
    LineTokens tokens = Shell.tokenize(line);
    CompletionPoint point = tokens.completionAt(at);
    Target target = Target.of(line, point);
    return target.complete(offer(line, target, tokens, point));
  }

  private Offer offer(String line, Target target, LineTokens tokens, CompletionPoint point) {
    if (MetaCommands.isMeta(line)) {
      return new MetaCompleter(snapshot, catalog.services()).complete(target);
    }
    Matcher variable = VARIABLE.matcher(target.text());
    if (target.openQuote() != '\'' && variable.find()) { // nothing expands in single quotes
      return variables(variable);
    }
    return switch (target.role()) {
      case COMMAND -> Offer.whole(commands(target.text()));
      case ASSIGNMENT -> {
        int eq = target.text().indexOf('=') + 1;
        yield FileNames.complete(here(), target.text().substring(eq), eq, false);
      }
      case REDIRECT_TARGET -> FileNames.complete(here(), target.text(), 0, false);
      case ARGUMENT, OPTION -> argument(target, tokens, point);
    };
  }

  private Offer argument(Target target, LineTokens tokens, CompletionPoint point) {
    return switch (target.command()) {
      case "aws" -> new AwsCompleter(snapshot, catalog).complete(target, later(tokens, point));
      case "cd", "mkdir", "rmdir" -> FileNames.complete(here(), target.text(), 0, true);
      case "ssh", "scp" -> SshTargets.complete(snapshot, target);
      case "sudo" ->
          target.preceding().size() == 1
              ? Offer.whole(commands(""))
              : FileNames.complete(here(), target.text(), 0, false);
      default -> FileNames.complete(here(), target.text(), 0, false);
    };
  }

  /** The words of the same command after the word being completed. */
  private static List<String> later(LineTokens tokens, CompletionPoint point) {
    List<String> before = point.precedingWords();
    var out = new ArrayList<String>();
    for (WordToken word : tokens.words()) {
      List<String> preceding = word.precedingWords();
      if (word.start() >= point.wordEnd()
          && preceding.size() >= before.size()
          && preceding.subList(0, before.size()).equals(before)) {
        out.add(word.text());
      }
    }
    return out;
  }

  private List<Candidate> commands(String typed) {
    var out = new ArrayList<Candidate>();
    for (String name : snapshot.commandNames()) {
      out.add(Candidate.described(name, "commands", CommandDescriptions.of(name).orElse("")));
    }
    if (NAME_PREFIX.matcher(typed).matches()) {
      for (Map.Entry<String, String> variable : variables().entrySet()) {
        out.add(
            Candidate.partial(variable.getKey() + "=", "variables", shorten(variable.getValue())));
      }
    }
    return out;
  }

  private Offer variables(Matcher typed) {
    boolean braced = !typed.group(1).isEmpty();
    var out = new ArrayList<Candidate>();
    for (Map.Entry<String, String> variable : variables().entrySet()) {
      out.add(
          Candidate.described(
              variable.getKey() + (braced ? "}" : ""), "variables", shorten(variable.getValue())));
    }
    return new Offer(typed.start() + 1 + typed.group(1).length(), out);
  }

  /** The shell's variables by name, with their values. */
  private Map<String, String> variables() {
    var out = new java.util.TreeMap<String, String>();
    here()
        .variables()
        .all()
        .forEach((name, v) -> out.put(name, v.value() == null ? "" : v.value()));
    return out;
  }

  private static String shorten(String value) {
    String line = value.replace('\n', ' ');
    return line.length() <= 40 ? line : line.substring(0, 39) + "…";
  }

  private ShellContext here() {
    return snapshot.here();
  }
}
