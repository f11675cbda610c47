package dev.vpclab.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code vpclab} kernelspec: how Jupyter starts this kernel (this JVM, this jar, {@code kernel
 * run {connection_file}}), its name and logos, and {@code "interrupt_mode": "message"} — a JVM dies
 * on the SIGINT Jupyter would otherwise send.
 */
record KernelSpec(List<String> argv) {
  static final String NAME = "vpclab";
  static final String DISPLAY_NAME = "vpclab (AWS VPC simulator)";
  private static final List<String> LOGOS =
      List.of("logo-64x64.png", "logo-32x32.png", "logo-svg.svg");

  KernelSpec {
    argv = List.copyOf(argv);
  }

  /**
   * Starts the kernel the way this process was started: the same Java, and the same jar (or, run
   * from classes as in a build, the same class path). Absolute paths, so Jupyter needs neither
   * {@code PATH} nor a working directory.
   */
  static KernelSpec forThisJvm() {
    var argv = new ArrayList<String>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.add("-XX:+UseSerialGC"); // one session, small heap: the cheapest collector starts fastest
    argv.add("-XX:TieredStopAtLevel=1");
    Path code = codeSource();
    if (Files.isRegularFile(code)) {
      argv.add("-jar");
      argv.add(code.toString());
    } else {
      argv.add("-cp");
      argv.add(System.getProperty("java.class.path"));
      argv.add(KernelMain.class.getName());
    }
    argv.addAll(List.of("kernel", "run", "{connection_file}"));
    return new KernelSpec(argv);
  }

  private static Path codeSource() {
    try {
      return Path.of(KernelMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot tell where vpclab's classes are", e);
    }
  }

  String json() {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("argv", argv);
    spec.put("display_name", DISPLAY_NAME);
    spec.put("language", NAME);
    spec.put("interrupt_mode", "message");
    spec.put("metadata", Map.of("debugger", false));
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(spec)
          + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("kernel.json", e);
    }
  }

  /** Writes {@code kernel.json} and the logos into {@code directory}, creating it. */
  void writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("kernel.json"), json(), StandardCharsets.UTF_8);
    for (String logo : LOGOS) {
      try (InputStream in = KernelSpec.class.getResourceAsStream(logo)) {
        if (in == null) {
          throw new IOException("missing resource " + logo);
        }
        Files.copy(in, directory.resolve(logo), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
