package dev.vpclab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Every top-level command of the real CLI, per version (models/commands.json). */
final class Commands {
  private static final List<String> V1;
  private static final List<String> V2;

  static {
    try (InputStream in =
        Commands.class.getResourceAsStream("/dev/vpclab/cli/models/commands.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      V1 = strings(root.path("v1"));
      V2 = strings(root.path("v2"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Commands() {}

  static List<String> topLevel(CliVersion version) {
    return version == CliVersion.V1 ? V1 : V2;
  }

  private static List<String> strings(JsonNode array) {
    var out = new ArrayList<String>();
    array.forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }
}
