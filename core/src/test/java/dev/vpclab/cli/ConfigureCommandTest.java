package dev.vpclab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.Vpclab;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.shell.Terminal;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigureCommandTest {
  @TempDir Path home;

  private static String stderr(Outcome outcome) {
    return outcome.parts().stream()
        .filter(p -> p instanceof Part.Output o && o.stream() == Part.Stream.STDERR)
        .map(p -> ((Part.Output) p).text())
        .collect(Collectors.joining());
  }

  @Test
  void eachVersionListsItsOwnSubcommands() {
    Vpclab vpclab = Vpclab.start(Terminal.DEFAULT, home);
    // As the real v2 2.9.19 and v1 1.45 list them for `aws configure sett`.
    assertTrue(
        stderr(vpclab.eval("aws configure sett"))
            .contains(
                "list                                     | get                                     \n"
                    + "set                                      | add-model                               \n"
                    + "import                                   | list-profiles                           \n"));
    vpclab.eval("/set cli v1");
    Outcome v1 = vpclab.eval("aws configure list-profiles");
    assertEquals(2, v1.exitStatus());
    String choices = stderr(v1).substring(stderr(v1).indexOf("valid choices are:"));
    assertEquals(
        "valid choices are:\n\n"
            + "list                                     | get                                     \n"
            + "set                                      | add-model                               \n",
        choices);
  }
}
