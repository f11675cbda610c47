package dev.vpclab.repl;

import dev.vpclab.Vpclab;
import dev.vpclab.assist.Inspection;
import java.util.Optional;
import org.jline.keymap.KeyMap;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Alt-H (as in fish) and F1: what the word under the cursor is, printed above the line being typed,
 * which stays as it was. The same answer the Jupyter kernel gives to inspect_request.
 */
final class InspectWidget {
  private static final String NAME = "vpclab-inspect";

  private InspectWidget() {}

  static void install(LineReader reader, Vpclab vpclab, boolean color) {
    reader.getWidgets().put(NAME, () -> show(reader, vpclab, color));
    KeyMap<org.jline.reader.Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
    main.bind(new Reference(NAME), KeyMap.alt('h'), KeyMap.alt('H'));
    String f1 = KeyMap.key(reader.getTerminal(), org.jline.utils.InfoCmp.Capability.key_f1);
    if (f1 != null && !f1.isEmpty()) {
      main.bind(new Reference(NAME), f1);
    }
  }

  private static boolean show(LineReader reader, Vpclab vpclab, boolean color) {
    String line = reader.getBuffer().toString();
    Optional<Inspection> found = vpclab.inspect(line, reader.getBuffer().cursor());
    if (found.isEmpty()) {
      reader.callWidget(LineReader.BEEP);
      return true;
    }
    var text = new AttributedStringBuilder();
    text.styled(color ? AttributedStyle.BOLD : AttributedStyle.DEFAULT, found.get().title());
    text.append("\n").append(found.get().body());
    reader.printAbove(text.toAttributedString());
    return true;
  }
}
