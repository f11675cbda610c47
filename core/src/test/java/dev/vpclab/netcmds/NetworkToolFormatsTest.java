package dev.vpclab.netcmds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixed formats the network tools print, each against its real source. */
class NetworkToolFormatsTest {

  @Test
  void theMetadataServices404PageIsTheRealOne() {
    // A real botocore debug log: "GET /latest/meta-data/iam/security-credentials/ HTTP/1.1" 404 339
    HttpReply page = HttpReply.metadataError(404, "Not Found");
    assertEquals(339, page.body().getBytes(StandardCharsets.UTF_8).length);
    assertTrue(
        page.body()
            .contains("\n\t\t \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">"));
  }

  @Test
  void pingPrintsTimesWithIputilsPrecision() {
    // iputils ping.c's precision and rtt line, checked with iputils 20221126 on loopback (Ping)
    assertEquals("0.512", Ping.triptime(512));
    assertEquals("1.42", Ping.triptime(1420));
    assertEquals("12.3", Ping.triptime(12_300));
    assertEquals("123", Ping.triptime(123_000));
    assertEquals(
        "rtt min/avg/max/mdev = 0.400/0.500/0.600/0.082 ms",
        Ping.statistics(List.of(400L, 500L, 600L)));
  }

  @Test
  void curlsProgressMeterKeepsFiveCharacterColumns() {
    // curl 7.88 on loopback: "100   461  100   461    0     0   441k      0 --:--:-- ..."
    assertEquals("  461", CurlOutput.Progress.max5(461));
    assertEquals(" 450k", CurlOutput.Progress.max5(461_000));
    assertEquals(
        "100    56  100    56    0     0  56000      0 --:--:-- --:--:-- --:--:-- 56000",
        CurlOutput.Progress.line(56, 56));
  }

  @Test
  void curlOptionsCombineAndTakeValuesAttachedOrNext() {
    var parsed = CurlArgs.parse(List.of("-sSXPUT", "-H", "A: b", "-m5", "http://x/"));
    var args = assertInstanceOf(CurlArgs.Parsed.Ok.class, parsed).args();
    assertTrue(args.silent() && args.showError());
    assertEquals("PUT", args.requestMethod());
    assertEquals("b", args.headers().get("A"));
    assertEquals(5.0, args.maxTime().orElseThrow());
  }

  @Test
  void curlRefusesWhatItDoesNotKnowWithItsOwnWords() {
    // curl 7.88: "curl: option --foo: is unknown" / "curl: no URL specified!", status 2
    assertEquals(
        "curl: option --foo: is unknown\n" + CurlArgs.TRY,
        ((CurlArgs.Parsed.Usage) CurlArgs.parse(List.of("--foo", "x"))).stderr());
    assertEquals(
        "curl: no URL specified!\n" + CurlArgs.TRY,
        ((CurlArgs.Parsed.Usage) CurlArgs.parse(List.of("-s"))).stderr());
  }

  @Test
  void aUrlWithoutSchemeIsHttpOnPort80() {
    Url url = Url.parse("169.254.169.254/latest/meta-data").orElseThrow();
    assertEquals(new Url("http", "169.254.169.254", 80, "/latest/meta-data"), url);
    assertEquals(443, Url.parse("https://s3.us-east-2.amazonaws.com").orElseThrow().port());
  }

  @Test
  void ncReadsItsFlagsAndTimeout() {
    var args = Nc.parse(List.of("-zv", "-w", "3", "10.0.2.15", "22")).orElseThrow();
    assertTrue(args.verbose() && args.zero());
    assertEquals(3, args.timeout().orElseThrow());
    assertEquals(22, args.port());
  }
}
