package dev.vpclab.cli.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.s3.Bucket;
import dev.vpclab.model.s3.S3Object;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Objects: put, get, head, delete. The body is text for now. Every new object is encrypted with
 * SSE-S3 by default since January 2023, so responses name AES256; the ETag of a single-part upload
 * is the quoted MD5 of the body (S3 user guide, checking-object-integrity).
 */
public final class Objects implements Handlers.Group {

  @Override
  public void register(Handlers.Builder on) {
    on.on("s3api", "PutObject", this::put)
        .on("s3api", "GetObject", this::get)
        .on("s3api", "HeadObject", this::head)
        .on("s3api", "DeleteObject", this::delete)
        .on("s3api", "CopyObject", this::copy);
  }

  private ObjectNode put(Request request, Tx tx) {
    Bucket bucket = S3Buckets.require(tx, request.required("Bucket"));
    String body = body(request);
    var object =
        new S3Object(
            request.required("Key"),
            body,
            tx.now(),
            etag(body),
            request.string("ContentType").orElse(S3Object.DEFAULT_CONTENT_TYPE));
    tx.put(bucket.withObject(object));
    return Request.object().put("ETag", object.etag()).put("ServerSideEncryption", "AES256");
  }

  /** The body goes under {@code Body}; the CLI writes it to the outfile, not to its output. */
  private ObjectNode get(Request request, Tx tx) {
    S3Object object = object(request, tx);
    return metadata(object).put("Body", object.content());
  }

  /**
   * HeadObject has no body, so a missing key, or a missing bucket, is only the HTTP status, like
   * HeadBucket.
   */
  private ObjectNode head(Request request, Tx tx) {
    S3Object object =
        tx.find(Bucket.class, request.required("Bucket"))
            .map(bucket -> bucket.objects().get(request.required("Key")))
            .orElse(null);
    if (object == null) {
      throw new ServiceFault("404", "Not Found");
    }
    return metadata(object);
  }

  /** Deleting a key that is not there succeeds: S3 answers 204 either way. */
  private ObjectNode delete(Request request, Tx tx) {
    Bucket bucket = S3Buckets.require(tx, request.required("Bucket"));
    String key = request.required("Key");
    if (bucket.objects().containsKey(key)) {
      tx.put(bucket.withoutObject(key));
    }
    return Request.object();
  }

  /**
   * Copies an object within or between buckets, keeping its body and content type (the default
   * {@code COPY} metadata directive). {@code CopySource} is {@code bucket/key}, optionally with a
   * leading slash, as the S3 API reference describes it.
   */
  private ObjectNode copy(Request request, Tx tx) {
    String source = request.required("CopySource");
    String path = source.startsWith("/") ? source.substring(1) : source;
    int slash = path.indexOf('/');
    if (slash <= 0 || slash == path.length() - 1) {
      throw new ServiceFault("InvalidArgument", "Invalid copy source object key");
    }
    Bucket from = S3Buckets.require(tx, path.substring(0, slash));
    S3Object original = from.objects().get(path.substring(slash + 1));
    if (original == null) {
      throw new ServiceFault("NoSuchKey", "The specified key does not exist.");
    }
    Bucket to = S3Buckets.require(tx, request.required("Bucket"));
    var copy =
        new S3Object(
            request.required("Key"),
            original.content(),
            tx.now(),
            original.etag(),
            original.contentType());
    tx.put(to.withObject(copy));
    ObjectNode out = Request.object();
    out.set(
        "CopyObjectResult",
        Request.object()
            .put("ETag", copy.etag())
            .put("LastModified", copy.lastModified().toString()));
    return out.put("ServerSideEncryption", "AES256");
  }

  /**
   * The uploaded bytes as text: {@code --body FILE} reaches the handler as the file's bytes (a
   * streaming blob), a request built in a test as a string.
   */
  private static String body(Request request) {
    JsonNode node = request.node("Body");
    return node instanceof BinaryNode binary
        ? new String(binary.binaryValue(), StandardCharsets.UTF_8)
        : node.asText("");
  }

  /** Real wording (S3 error reference): {@code NoSuchKey: The specified key does not exist.} */
  private static S3Object object(Request request, Tx tx) {
    Bucket bucket = S3Buckets.require(tx, request.required("Bucket"));
    S3Object object = bucket.objects().get(request.required("Key"));
    if (object == null) {
      throw new ServiceFault("NoSuchKey", "The specified key does not exist.");
    }
    return object;
  }

  private static ObjectNode metadata(S3Object object) {
    ObjectNode json =
        Request.object()
            .put("AcceptRanges", "bytes")
            .put("LastModified", object.lastModified().toString())
            .put("ContentLength", object.size())
            .put("ETag", object.etag())
            .put("ContentType", object.contentType())
            .put("ServerSideEncryption", "AES256");
    json.set("Metadata", Request.object());
    return json;
  }

  static String etag(String body) {
    try {
      byte[] md5 = MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8));
      return "\"" + Ids.hex(md5, 32) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
