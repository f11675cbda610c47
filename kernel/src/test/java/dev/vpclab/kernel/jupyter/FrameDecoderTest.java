package dev.vpclab.kernel.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.junit.jupiter.api.Test;

class FrameDecoderTest {
  private static final String HEADER =
      "{\"msg_id\":\"1\",\"username\":\"u\",\"session\":\"s\",\"date\":\"2026-11-27T11:00:00.000001Z\","
          + "\"msg_type\":\"execute_request\",\"version\":\"5.3\"}";
  private static final String CONTENT =
      "{\"code\":\"echo hi\",\"silent\":false,\"store_history\":true,\"user_expressions\":{},"
          + "\"allow_stdin\":false,\"stop_on_error\":true}";

  private final HMACGenerator signer = signer("secret");
  private final FrameDecoder decoder = new FrameDecoder(signer, true);

  private static HMACGenerator signer(String key) {
    try {
      return new HMACGenerator("hmac-sha256", key);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<byte[]> frames(HMACGenerator by, String header, String content) {
    byte[][] parts = {bytes(header), bytes("{}"), bytes("{}"), bytes(content)};
    var frames = new ArrayList<byte[]>();
    frames.add(bytes("client-identity"));
    frames.add(bytes("<IDS|MSG>"));
    frames.add(bytes(by.calculateSignature(parts)));
    frames.addAll(List.of(parts));
    return frames;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSignedRequestDecodesWithItsIdentityAndContent() {
    FrameDecoder.Decoded decoded = decoder.decode(frames(signer, HEADER, CONTENT));
    assertTrue(decoded.ok(), decoded.refusal());
    assertEquals(MessageType.EXECUTE_REQUEST, decoded.message().getHeader().getType());
    assertEquals("echo hi", ((ExecuteRequest) decoded.message().getContent()).getCode());
    assertEquals("client-identity", new String(decoded.message().getIdentities().get(0)));
    assertEquals(
        "2026-11-27T11:00:00.000001Z",
        decoded.message().getHeader().getTimestamp().getDateString());
  }

  @Test
  void aWrongSignatureIsRefused() {
    FrameDecoder.Decoded decoded = decoder.decode(frames(signer("other"), HEADER, CONTENT));
    assertFalse(decoded.ok());
    assertEquals("bad signature", decoded.refusal());
  }

  @Test
  void unsignedConnectionsSkipTheCheck() {
    var unsigned = new FrameDecoder(HMACGenerator.NO_AUTH_INSTANCE, false);
    assertTrue(unsigned.decode(frames(signer("whatever"), HEADER, CONTENT)).ok());
  }

  @Test
  void framesWithoutDelimiterOrTooFewAreRefused() {
    assertEquals(
        "no <IDS|MSG> delimiter in 1 frames", decoder.decode(List.of(bytes("junk"))).refusal());
    assertEquals(
        "only 1 frames after <IDS|MSG>",
        decoder.decode(List.of(bytes("<IDS|MSG>"), bytes("sig"))).refusal());
  }

  @Test
  void malformedJsonIsRefusedNotThrown() {
    FrameDecoder.Decoded decoded = decoder.decode(frames(signer, "{not json", CONTENT));
    assertTrue(decoded.refusal().startsWith("malformed message: "), decoded.refusal());
    assertFalse(decoder.decode(frames(signer, "{}", CONTENT)).ok());
    assertFalse(decoder.decode(frames(signer, HEADER, "null")).ok());
  }
}
