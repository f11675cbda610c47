package dev.vpclab.cli.s3commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.ApiClient;
import dev.vpclab.cli.AwsHost;
import dev.vpclab.cli.CliErrors;
import dev.vpclab.cli.Reply;
import dev.vpclab.cli.api.Request;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files or objects a transfer starts from ({@code FileGenerator} in filegenerator.py): a local
 * file, a local tree depth first in key order, one object (checked with HeadObject), or every
 * object under a prefix (ListObjectsV2). Files that cannot be read are skipped with a warning; a
 * failed request ends the command.
 */
final class FileLister {
  /** A file or object found: its path (absolute, or {@code bucket/key}), size and time. */
  record Found(String path, long size, Instant lastUpdate) {}

  /** What a listing came to: what was found, or the error that ends the command. */
  sealed interface Listing {
    record Files(List<Found> found) implements Listing {}

    record Fatal(String message) implements Listing {}
  }

  private final ApiClient client;
  private final AwsHost host;
  private final List<String> warnings = new ArrayList<>();

  FileLister(ApiClient client, AwsHost host) {
    this.client = client;
    this.host = host;
  }

  /** {@code warning: Skipping file ...} lines, in the order they arose. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  Listing local(String path, boolean directoryOperation) {
    var found = new ArrayList<Found>();
    listLocal(path, directoryOperation, found);
    return new Listing.Files(found);
  }

  private void listLocal(String path, boolean directoryOperation, List<Found> found) {
    Optional<AwsHost.FileStat> stat = host.stat(path);
    if (stat.isEmpty()) {
      warnings.add("warning: Skipping file " + path + ". File does not exist.");
      return;
    }
    if (!directoryOperation) {
      found.add(new Found(path, stat.get().size(), stat.get().modified()));
      return;
    }
    for (String name : host.list(path)) {
      String child = path + name;
      if (name.endsWith("/")) {
        listLocal(child, true, found);
      } else {
        host.stat(child).ifPresent(s -> found.add(new Found(child, s.size(), s.modified())));
      }
    }
  }

  /**
   * One object, or all under a prefix. A single object to delete needs no HeadObject; a missing one
   * to read is reported as the CLI rewords HeadObject's bare 404.
   */
  Listing s3(String s3Path, boolean directoryOperation, boolean forDelete) {
    S3Uri uri = S3Uri.parse(s3Path);
    if (!directoryOperation && !uri.key().isEmpty()) {
      return forDelete ? new Listing.Files(List.of(new Found(s3Path, 0, null))) : head(uri);
    }
    var found = new ArrayList<Found>();
    String token = null;
    do {
      ObjectNode params = Request.object().put("Bucket", uri.bucket()).put("Prefix", uri.key());
      if (token != null) {
        params.put("ContinuationToken", token);
      }
      Reply reply = client.send("ListObjectsV2", params);
      if (reply.response().isEmpty()) {
        return new Listing.Fatal(reply.errorText());
      }
      for (JsonNode content : reply.response().get().path("Contents")) {
        String key = content.path("Key").asText();
        String path = uri.bucket() + "/" + key;
        long size = content.path("Size").asLong();
        boolean folderMarker = size == 0 && key.endsWith("/");
        if ((folderMarker && !forDelete) || (!directoryOperation && !s3Path.equals(path))) {
          continue;
        }
        found.add(new Found(path, size, Instant.parse(content.path("LastModified").asText())));
      }
      token = reply.response().get().path("NextContinuationToken").asText(null);
    } while (token != null);
    return new Listing.Files(found);
  }

  private Listing head(S3Uri uri) {
    Reply reply =
        client.send(
            "HeadObject", Request.object().put("Bucket", uri.bucket()).put("Key", uri.key()));
    if (reply.response().isPresent()) {
      ObjectNode head = reply.response().get();
      return new Listing.Files(
          List.of(
              new Found(
                  uri.path(),
                  head.path("ContentLength").asLong(),
                  Instant.parse(head.path("LastModified").asText()))));
    }
    if (reply.errorCode().filter("404"::equals).isPresent()) {
      return new Listing.Fatal(
          CliErrors.clientErrorText(
              "404", "HeadObject", "Key \"" + uri.key() + "\" does not exist"));
    }
    return new Listing.Fatal(reply.errorText());
  }
}
