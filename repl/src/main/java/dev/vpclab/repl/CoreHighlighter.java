package dev.vpclab.repl;

import dev.vpclab.Vpclab;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours the line as it is typed, from core's tokens: commands, options, strings, IDs. */
final class CoreHighlighter implements Highlighter {
  private final Vpclab vpclab;
  private final boolean color;

  CoreHighlighter(Vpclab vpclab, boolean color) {
    this.vpclab = vpclab;
    this.color = color;
  }

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    if (!color) {
      return new AttributedString(buffer);
    }
    var out = new AttributedStringBuilder();
    int at = 0;
    for (var span : vpclab.highlights(buffer)) {
      if (span.start() > at) {
        out.append(buffer.substring(at, span.start()));
      }
      out.styled(style(span.kind()), buffer.substring(span.start(), span.end()));
      at = span.end();
    }
    if (at < buffer.length()) {
      out.append(buffer.substring(at));
    }
    return out.toAttributedString();
  }

  private static AttributedStyle style(dev.vpclab.assist.Highlight.Kind kind) {
    return switch (kind) {
      case COMMAND -> AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
      case SUBCOMMAND -> AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
      case OPTION -> AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
      case STRING -> AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
      case VARIABLE -> AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
      // bright (plain blue is hard to read on dark terminals), underlined like a link: it exists
      case RESOURCE_ID ->
          AttributedStyle.DEFAULT
              .foreground(AttributedStyle.BLUE | AttributedStyle.BRIGHT)
              .underline();
      case COMMENT -> AttributedStyle.DEFAULT.faint();
      case META -> AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
      case OPERATOR, PLAIN -> AttributedStyle.DEFAULT;
    };
  }

  @Override
  public void setErrorPattern(Pattern errorPattern) {}

  @Override
  public void setErrorIndex(int errorIndex) {}
}
