package dev.vpclab.kernel.jupyter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.adapters.HeaderAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryRequestAdapter;
import org.dflib.jjava.jupyter.messages.adapters.KernelTimestampAdapter;
import org.dflib.jjava.jupyter.messages.adapters.MessageTypeAdapter;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

/**
 * Turns the frames of one multipart message into a request, or refuses it. Fixes defects 4 and 6 of
 * the library's {@code JupyterSocket.readMessage}: there a bad signature throws a {@code
 * SecurityException} out of the shell thread (which dies while the heartbeat keeps the kernel
 * looking alive), a frame without the {@code <IDS|MSG>} delimiter makes it wait for — and swallow —
 * the next message, and signatures are compared with {@code String.equals}. Here a message is read
 * whole first, then checked: delimiter, frame count, a signature compared in constant time ({@link
 * MessageDigest#isEqual}), JSON that decodes; whatever fails is dropped with a reason.
 */
final class FrameDecoder {
  private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
  private static final Type JSON_OBJECT = new TypeToken<Map<String, Object>>() {}.getType();
  private static final Gson GSON =
      new GsonBuilder()
          .registerTypeAdapter(KernelTimestamp.class, KernelTimestampAdapter.INSTANCE)
          .registerTypeAdapter(Header.class, HeaderAdapter.INSTANCE)
          .registerTypeAdapter(MessageType.class, MessageTypeAdapter.INSTANCE)
          .registerTypeAdapter(HistoryRequest.class, HistoryRequestAdapter.INSTANCE)
          .create();

  /** A decoded request, or why the frames were dropped. */
  record Decoded(Message<?> message, String refusal) {
    static Decoded refused(String why) {
      return new Decoded(null, why);
    }

    boolean ok() {
      return message != null;
    }
  }

  private final HMACGenerator signer;
  private final boolean signed;

  /**
   * @param signed whether the connection has a key: without one, messages carry no signature
   */
  FrameDecoder(HMACGenerator signer, boolean signed) {
    this.signer = signer;
    this.signed = signed;
  }

  Decoded decode(List<byte[]> frames) {
    int delimiter = indexOfDelimiter(frames);
    if (delimiter < 0) {
      return Decoded.refused("no <IDS|MSG> delimiter in " + frames.size() + " frames");
    }
    if (frames.size() < delimiter + 6) {
      return Decoded.refused("only " + (frames.size() - delimiter - 1) + " frames after <IDS|MSG>");
    }
    byte[] signature = frames.get(delimiter + 1);
    byte[] header = frames.get(delimiter + 2);
    byte[] parent = frames.get(delimiter + 3);
    byte[] metadata = frames.get(delimiter + 4);
    byte[] content = frames.get(delimiter + 5);
    if (signed) {
      byte[] expected =
          signer
              .calculateSignature(header, parent, metadata, content)
              .getBytes(StandardCharsets.US_ASCII);
      if (!MessageDigest.isEqual(expected, signature)) {
        return Decoded.refused("bad signature");
      }
    }
    try {
      return new Decoded(
          message(frames.subList(0, delimiter), header, parent, metadata, content), null);
    } catch (RuntimeException malformed) {
      return Decoded.refused("malformed message: " + malformed);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // the content's class is the header type's
  private static Message<?> message(
      List<byte[]> identities, byte[] header, byte[] parent, byte[] metadata, byte[] content) {
    Header<?> decodedHeader = GSON.fromJson(text(header), Header.class);
    JsonElement parentJson = JsonParser.parseString(text(parent));
    Header<?> parentHeader =
        parentJson.isJsonObject() && !parentJson.getAsJsonObject().isEmpty()
            ? GSON.fromJson(parentJson, Header.class)
            : null;
    Map<String, Object> meta = GSON.fromJson(text(metadata), JSON_OBJECT);
    Object body = GSON.fromJson(text(content), decodedHeader.getType().getContentType());
    if (body == null) {
      throw new IllegalArgumentException("no content");
    }
    return new Message(List.copyOf(identities), decodedHeader, parentHeader, meta, body, null);
  }

  private static int indexOfDelimiter(List<byte[]> frames) {
    for (int i = 0; i < frames.size(); i++) {
      if (Arrays.equals(DELIMITER, frames.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String text(byte[] frame) {
    return new String(frame, StandardCharsets.UTF_8);
  }
}
