package dev.vpclab.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {
  @Test
  void specStartsThisJvmWithInterruptsAsMessages(@TempDir Path dir) throws Exception {
    KernelSpec spec = KernelSpec.forThisJvm();
    spec.writeTo(dir.resolve("vpclab"));
    JsonNode json = new ObjectMapper().readTree(dir.resolve("vpclab/kernel.json").toFile());
    assertEquals("vpclab (AWS VPC simulator)", json.get("display_name").asText());
    assertEquals("vpclab", json.get("language").asText());
    assertEquals("message", json.get("interrupt_mode").asText());
    List<String> argv = spec.argv();
    assertTrue(Path.of(argv.get(0)).isAbsolute(), argv.get(0));
    assertEquals(
        List.of("kernel", "run", "{connection_file}"), argv.subList(argv.size() - 3, argv.size()));
    for (String logo : List.of("logo-64x64.png", "logo-32x32.png", "logo-svg.svg")) {
      assertTrue(Files.size(dir.resolve("vpclab").resolve(logo)) > 0, logo);
    }
  }

  @Test
  void aPrefixInstallsUnderShareJupyterKernels() {
    assertEquals(
        Path.of("/opt/x/share/jupyter/kernels/vpclab"),
        KernelInstaller.Target.prefix(Path.of("/opt/x")).folder().orElseThrow());
    assertTrue(KernelInstaller.Target.SYS_PREFIX.folder().isEmpty());
  }
}
