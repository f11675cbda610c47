package dev.vpclab.cli.s3commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HumanSizeTest {
  @Test
  void theDocstringsExamples() {
    // awscli/customizations/s3/utils.py human_readable_size doctests.
    assertEquals("1 Byte", HumanSize.of(1));
    assertEquals("10 Bytes", HumanSize.of(10));
    assertEquals("1.0 KiB", HumanSize.of(1024));
    assertEquals("1.0 MiB", HumanSize.of(1024 * 1024));
  }

  @Test
  void oneDecimalUpToTheNextUnit() {
    // Python: human_readable_size(1536) == '1.5 KiB'; 1048575 rounds up to '1.0 MiB'.
    assertEquals("0 Bytes", HumanSize.of(0));
    assertEquals("1023 Bytes", HumanSize.of(1023));
    assertEquals("1.5 KiB", HumanSize.of(1536));
    assertEquals("1.0 MiB", HumanSize.of(1048575));
  }
}
