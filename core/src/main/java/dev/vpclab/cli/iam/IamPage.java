package dev.vpclab.cli.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Request;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of an IAM List operation: at most {@code MaxItems} (default 100) entries from {@code
 * Marker} on, with {@code IsTruncated} and the next opaque {@code Marker} as IAM answers them.
 */
final class IamPage {
  private static final int DEFAULT_MAX_ITEMS = 100;

  private IamPage() {}

  /** Puts one page of {@code all}, rendered, under {@code listKey} in {@code out}. */
  static <T> ObjectNode put(
      ObjectNode out,
      String listKey,
      List<T> all,
      Request request,
      Function<T, ? extends JsonNode> render) {
    int from = request.string("Marker").map(IamPage::decode).orElse(0);
    int max = request.integer("MaxItems").orElse(DEFAULT_MAX_ITEMS);
    IamConstraints.rules().range("maxItems", max, 1, 1000).check();
    int to = Math.min(all.size(), from + max);
    ArrayNode items = Request.array();
    for (T item : all.subList(Math.min(from, all.size()), to)) {
      items.add(render.apply(item));
    }
    out.set(listKey, items);
    out.put("IsTruncated", to < all.size());
    if (to < all.size()) {
      out.put("Marker", encode(to));
    }
    return out;
  }

  private static String encode(int index) {
    return Base64.getEncoder()
        .encodeToString(("vpclab-page:" + index).getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String marker) {
    try {
      String text = new String(Base64.getDecoder().decode(marker), StandardCharsets.UTF_8);
      return text.startsWith("vpclab-page:") ? Integer.parseInt(text.substring(12)) : 0;
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }
}
