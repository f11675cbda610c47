package dev.vpclab.bench;

import dev.vpclab.Vpclab;
import dev.vpclab.model.World;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.shell.Terminal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A vpclab session in which the learner has built the VPC endpoints lab (lab.vpc, the commands a
 * learner types) and stands on its private instance, two ssh hops from the laptop.
 */
public final class LabSession {
  private LabSession() {}

  /** Builds the lab in {@code account} and logs into its private instance. */
  public static Vpclab onPrivateInstance(World account) {
    Vpclab vpclab =
        Vpclab.start(Terminal.NONE, Path.of(System.getProperty("java.io.tmpdir")), account);
    for (String line : script()) {
      Outcome outcome = vpclab.eval(line);
      if (outcome.exitStatus() != 0 || outcome.hasProblem()) {
        throw new IllegalStateException(
            "lab.vpc failed at: " + line + "\n" + outcome.stderr() + outcome.parts());
      }
    }
    if (!vpclab.prompt().contains("@ip-10-0-2-")) {
      throw new IllegalStateException("not on the private instance: " + vpclab.prompt());
    }
    return vpclab;
  }

  private static List<String> script() {
    try (InputStream in = LabSession.class.getResourceAsStream("lab.vpc")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
