package dev.vpclab.repl;

import java.util.Comparator;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStyle;

/**
 * JLine's line reader as vpclab wants it: completion groups listed in the order core offers them
 * (required options before the others, the given ones last) rather than alphabetically, and,
 * without colour (NO_COLOR), a completion menu without colour too; only the selection keeps its
 * inverse video, so it stays visible.
 */
final class VpclabLineReader extends LineReaderImpl {
  private final boolean color;

  VpclabLineReader(Terminal terminal, boolean color) {
    super(terminal, "vpclab", null);
    this.color = color;
  }

  /** None: JLine then keeps the groups in the order their first candidates come. */
  @Override
  protected Comparator<String> getGroupComparator() {
    return null;
  }

  @Override
  protected AttributedStyle getCompletionStyleStarting(boolean list) {
    return color ? super.getCompletionStyleStarting(list) : AttributedStyle.DEFAULT;
  }

  @Override
  protected AttributedStyle getCompletionStyleDescription(boolean list) {
    return color ? super.getCompletionStyleDescription(list) : AttributedStyle.DEFAULT;
  }

  @Override
  protected AttributedStyle getCompletionStyleGroup(boolean list) {
    return color ? super.getCompletionStyleGroup(list) : AttributedStyle.DEFAULT;
  }

  @Override
  protected AttributedStyle getCompletionStyleBackground(boolean list) {
    return color ? super.getCompletionStyleBackground(list) : AttributedStyle.DEFAULT;
  }
}
