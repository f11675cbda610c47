package dev.vpclab.cli.s3;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Tx;
import dev.vpclab.model.s3.Bucket;
import dev.vpclab.model.s3.S3Object;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * ListObjects and ListObjectsV2: keys in order, with a prefix, a delimiter that folds keys into
 * CommonPrefixes (what {@code aws s3 ls} shows as {@code PRE}), MaxKeys and continuation. Shapes
 * follow the CLI examples; version 1 shows each object's owner, version 2 only when asked.
 */
public final class ObjectListings implements Handlers.Group {
  private static final int DEFAULT_MAX_KEYS = 1000;

  /** One line of a listing: an object, or a common prefix standing for many. */
  private record Entry(String key, S3Object object) {
    boolean isPrefix() {
      return object == null;
    }
  }

  /** One page of entries and whether more follow. */
  private record Page(List<Entry> entries, boolean truncated) {}

  @Override
  public void register(Handlers.Builder on) {
    on.on("s3api", "ListObjectsV2", this::listV2).on("s3api", "ListObjects", this::listV1);
  }

  private ObjectNode listV2(Request request, Tx tx) {
    Bucket bucket = S3Buckets.require(tx, request.required("Bucket"));
    String after = request.string("StartAfter").orElse("");
    String token = request.string("ContinuationToken").orElse(null);
    if (token != null) {
      after = max(after, decode(token));
    }
    Page page = page(bucket, request, after);
    boolean owners = request.bool("FetchOwner").orElse(false);
    ObjectNode out = Request.object().put("IsTruncated", page.truncated());
    contents(out, page, owners);
    common(out, bucket, request, page);
    out.put("KeyCount", page.entries().size());
    request.string("ContinuationToken").ifPresent(t -> out.put("ContinuationToken", t));
    if (page.truncated()) {
      out.put("NextContinuationToken", encode(last(page)));
    }
    request.string("StartAfter").ifPresent(s -> out.put("StartAfter", s));
    return out;
  }

  /** S3 gives NextMarker only when a delimiter was used (S3 API reference, ListObjects). */
  private ObjectNode listV1(Request request, Tx tx) {
    Bucket bucket = S3Buckets.require(tx, request.required("Bucket"));
    String marker = request.string("Marker").orElse("");
    Page page = page(bucket, request, marker);
    ObjectNode out = Request.object().put("IsTruncated", page.truncated()).put("Marker", marker);
    if (page.truncated() && request.has("Delimiter")) {
      out.put("NextMarker", last(page));
    }
    contents(out, page, true);
    common(out, bucket, request, page);
    return out;
  }

  private static Page page(Bucket bucket, Request request, String after) {
    String prefix = request.string("Prefix").orElse("");
    String delimiter = request.string("Delimiter").orElse("");
    int maxKeys = request.integer("MaxKeys").orElse(DEFAULT_MAX_KEYS);
    var entries = new ArrayList<Entry>();
    boolean truncated = false;
    for (S3Object object : bucket.objects().values()) {
      String key = object.key();
      if (!key.startsWith(prefix) || key.compareTo(after) <= 0) {
        continue;
      }
      Entry entry = entry(object, prefix, delimiter);
      if (entry.isPrefix()
          && (entry.key().compareTo(after) <= 0 || after.startsWith(entry.key()))) {
        continue;
      }
      if (!entries.isEmpty() && entries.get(entries.size() - 1).key().equals(entry.key())) {
        continue;
      }
      if (entries.size() == maxKeys) {
        truncated = true;
        break;
      }
      entries.add(entry);
    }
    return new Page(entries, truncated);
  }

  private static Entry entry(S3Object object, String prefix, String delimiter) {
    String rest = object.key().substring(prefix.length());
    int at = delimiter.isEmpty() ? -1 : rest.indexOf(delimiter);
    return at < 0
        ? new Entry(object.key(), object)
        : new Entry(prefix + rest.substring(0, at + delimiter.length()), null);
  }

  private static void contents(ObjectNode out, Page page, boolean owners) {
    ArrayNode contents = Request.array();
    for (Entry entry : page.entries()) {
      if (entry.isPrefix()) {
        continue;
      }
      S3Object object = entry.object();
      ObjectNode json =
          Request.object()
              .put("Key", object.key())
              .put("LastModified", object.lastModified().toString())
              .put("ETag", object.etag())
              .put("Size", object.size())
              .put("StorageClass", "STANDARD");
      if (owners) {
        json.set("Owner", Request.object().put("ID", S3Buckets.canonicalUserId()));
      }
      contents.add(json);
    }
    if (!contents.isEmpty()) {
      out.set("Contents", contents);
    }
  }

  /** The fields both versions share, after Contents in model order. */
  private static void common(ObjectNode out, Bucket bucket, Request request, Page page) {
    out.put("Name", bucket.name()).put("Prefix", request.string("Prefix").orElse(""));
    request.string("Delimiter").ifPresent(d -> out.put("Delimiter", d));
    out.put("MaxKeys", request.integer("MaxKeys").orElse(DEFAULT_MAX_KEYS));
    ArrayNode prefixes = Request.array();
    page.entries().stream()
        .filter(Entry::isPrefix)
        .forEach(e -> prefixes.add(Request.object().put("Prefix", e.key())));
    if (!prefixes.isEmpty()) {
      out.set("CommonPrefixes", prefixes);
    }
    request.string("EncodingType").ifPresent(e -> out.put("EncodingType", e));
  }

  private static String last(Page page) {
    return page.entries().get(page.entries().size() - 1).key();
  }

  private static String max(String a, String b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static String encode(String key) {
    return Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  /** Real S3 wording for a token it did not hand out (S3 error reference, InvalidArgument). */
  private static String decode(String token) {
    try {
      return new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ServiceFault("InvalidArgument", "The continuation token provided is incorrect");
    }
  }
}
