package dev.vpclab.assist;

import dev.vpclab.cli.CliVersion;
import dev.vpclab.session.MetaCommands;
import dev.vpclab.shell.Shell;
import dev.vpclab.shell.syntax.LineTokens;
import dev.vpclab.shell.syntax.Span;
import dev.vpclab.shell.syntax.WordRole;
import dev.vpclab.shell.syntax.WordToken;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours a line as it is typed: the shell's tokens (one pass of its tolerant tokenizer), then what
 * only vpclab knows: an aws service and operation, and IDs of resources that exist.
 */
final class LineHighlighter {
  /** An EC2 ID standing alone or inside a value ({@code Values=vpc-0…}). */
  private static final Pattern ID =
      Pattern.compile("(?<![A-Za-z0-9-])" + ResourceIndex.EC2_ID.pattern() + "(?![A-Za-z0-9-])");

  private final ResourceIndex index;
  private final CliVersion version;
  private final OptionCatalog catalog;

  LineHighlighter(ResourceIndex index, CliVersion version, OptionCatalog catalog) {
    this.index = index;
    this.version = version;
    this.catalog = catalog;
  }

  List<Highlight> highlight(String line) {
    LineTokens tokens = Shell.tokenize(line);
    Highlight.Kind[] paint = new Highlight.Kind[line.length()];
    for (Span span : tokens.spans()) {
      fill(paint, span.start(), span.end(), kindOf(span));
    }
    boolean meta = MetaCommands.isMeta(line);
    for (WordToken word : tokens.words()) {
      if (meta && word.role() == WordRole.COMMAND) {
        fill(paint, word.start(), word.end(), Highlight.Kind.META);
      } else if (isAwsSubcommand(word)) {
        repaint(paint, word.start(), word.end(), Highlight.Kind.SUBCOMMAND);
      }
      if (word.role() == WordRole.ARGUMENT || word.role() == WordRole.OPTION) {
        markIds(line, paint, word);
      }
    }
    return spans(paint);
  }

  private boolean isAwsSubcommand(WordToken word) {
    List<String> preceding = word.precedingWords();
    if (word.role() != WordRole.ARGUMENT
        || preceding.isEmpty()
        || !preceding.get(0).equals("aws")) {
      return false;
    }
    var words = new ArrayList<>(preceding.subList(1, preceding.size()));
    words.add(word.text());
    List<AwsLine.Part> parts = AwsLine.read(words, version, catalog).parts();
    AwsLine.Part last = parts.get(parts.size() - 1);
    return last == AwsLine.Part.SERVICE || last == AwsLine.Part.OPERATION;
  }

  private void markIds(String line, Highlight.Kind[] paint, WordToken word) {
    Matcher ids = ID.matcher(line).region(word.start(), word.end());
    while (ids.find()) {
      if (index.exists(ids.group())) {
        for (int i = ids.start(); i < ids.end(); i++) {
          if (paint[i] == Highlight.Kind.PLAIN || paint[i] == Highlight.Kind.STRING) {
            paint[i] = Highlight.Kind.RESOURCE_ID;
          }
        }
      }
    }
  }

  private static Highlight.Kind kindOf(Span span) {
    return switch (span.kind()) {
      case COMMAND -> Highlight.Kind.COMMAND;
      case ARGUMENT -> Highlight.Kind.PLAIN;
      case OPTION -> Highlight.Kind.OPTION;
      case ASSIGNMENT, VARIABLE, SUBSTITUTION -> Highlight.Kind.VARIABLE;
      case STRING -> Highlight.Kind.STRING;
      case OPERATOR -> Highlight.Kind.OPERATOR;
      case COMMENT -> Highlight.Kind.COMMENT;
    };
  }

  private static void fill(Highlight.Kind[] paint, int from, int to, Highlight.Kind kind) {
    for (int i = Math.max(0, from); i < Math.min(to, paint.length); i++) {
      paint[i] = kind;
    }
  }

  /** Paints over the plain parts only: quotes and {@code $VAR} inside a word keep their colour. */
  private static void repaint(Highlight.Kind[] paint, int from, int to, Highlight.Kind kind) {
    for (int i = Math.max(0, from); i < Math.min(to, paint.length); i++) {
      if (paint[i] == Highlight.Kind.PLAIN) {
        paint[i] = kind;
      }
    }
  }

  private static List<Highlight> spans(Highlight.Kind[] paint) {
    var out = new ArrayList<Highlight>();
    int i = 0;
    while (i < paint.length) {
      Highlight.Kind kind = paint[i];
      int j = i;
      while (j < paint.length && paint[j] == kind) {
        j++;
      }
      if (kind != null) {
        out.add(new Highlight(i, j, kind));
      }
      i = j;
    }
    return out;
  }
}
