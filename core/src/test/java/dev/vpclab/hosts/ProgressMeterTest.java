package dev.vpclab.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * scp's finished progress line, laid out as the real scp (OpenSSH 9.2, same progressmeter.c layout
 * as 8.9) printed it on an 80- and a 120-column terminal; only the rate differs, the real one being
 * measured.
 */
class ProgressMeterTest {
  @Test
  void eightyColumns() {
    // real: "MyPvKey.pem                                   100% 1675    15.6MB/s   00:00    "
    String line = ProgressMeter.done("MyPvKey.pem", 1675, 80);
    assertEquals(
        "MyPvKey.pem                                   100% 1675    16.4KB/s   00:00    \n", line);
    assertEquals(79, line.length() - 1);
  }

  @Test
  void aWiderTerminalWidensTheNameOnly() {
    assertEquals(119, ProgressMeter.done("MyPvKey.pem", 1675, 120).length() - 1);
  }

  @Test
  void aLongNameIsCutToItsColumn() {
    // real: "aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeee 100% 1675 …" (45 characters kept)
    String name = "aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeee.pem";
    assertEquals(
        "aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeee 100% ",
        ProgressMeter.done(name, 1675, 80).substring(0, 51));
  }

  @Test
  void sizesAndRatesAsFormatSizeAndFormatRateRoundThem() {
    // real: "big.bin … 100%  121KB 645.6MB/s" for 123456 bytes
    assertEquals(" 121KB", ProgressMeter.size(123456));
    assertEquals("1675  ", ProgressMeter.size(1675));
    assertEquals(" 16.4KB", ProgressMeter.rate(16750));
    assertEquals("  0.0KB", ProgressMeter.rate(0));
    assertEquals("  1.2MB", ProgressMeter.rate(1_234_567));
  }
}
