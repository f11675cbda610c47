package dev.vpclab.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One output in several representations, keyed by MIME type, {@code text/plain} first (what the
 * REPL prints). JSON types hold the document's text; the Jupyter side embeds it as JSON.
 */
public record MimeBundle(Map<String, String> data) {
  public static final String PLAIN = "text/plain";
  public static final String HTML = "text/html";
  public static final String JSON = "application/json";
  public static final String SVG = "image/svg+xml";

  public MimeBundle {
    data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }

  public static MimeBundle plain(String text) {
    return new MimeBundle(Map.of(PLAIN, text));
  }

  public MimeBundle with(String mimeType, String content) {
    var more = new LinkedHashMap<>(data);
    more.put(mimeType, content);
    return new MimeBundle(more);
  }

  public String plainText() {
    return data.getOrDefault(PLAIN, "");
  }

  /** Whether the representation of {@code mimeType} is a JSON document rather than text. */
  public static boolean isJson(String mimeType) {
    return mimeType.equals(JSON) || mimeType.endsWith("+json");
  }
}
