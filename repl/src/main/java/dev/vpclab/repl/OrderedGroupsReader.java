package dev.vpclab.repl;

import java.util.Comparator;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

/**
 * JLine's line reader listing completion groups in the order core offers them (required options
 * before the others, the given ones last) rather than alphabetically.
 */
final class OrderedGroupsReader extends LineReaderImpl {
  OrderedGroupsReader(Terminal terminal) {
    super(terminal, "vpclab", null);
  }

  /** None: JLine then keeps the groups in the order their first candidates come. */
  @Override
  protected Comparator<String> getGroupComparator() {
    return null;
  }
}
