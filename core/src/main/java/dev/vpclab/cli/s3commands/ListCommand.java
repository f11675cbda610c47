package dev.vpclab.cli.s3commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.ApiClient;
import dev.vpclab.cli.Reply;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.args.CustomArgs;
import dev.vpclab.shell.CommandResult;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * {@code aws s3 ls} ({@code ListCommand} in awscli/customizations/s3/subcommands.py): the buckets,
 * or one level of a bucket (common prefixes as {@code PRE} lines, then objects by base name), or
 * every key under a prefix with {@code --recursive}. A prefix that matches nothing ends with status
 * 1, with no message.
 */
final class ListCommand {
  static final CustomArgs ARGS =
      CustomArgs.of()
          .optionalPositional("paths", "s3://")
          .flag("recursive")
          .integer("page-size")
          .flag("human-readable")
          .flag("summarize")
          .optionalValue("request-payer", "requester");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final ApiClient client;
  private final ZoneId zone;
  private final boolean humanReadable;
  private final StringBuilder out = new StringBuilder();
  private boolean emptyFirstPage;
  private long totalObjects;
  private long totalSize;

  private ListCommand(ApiClient client, ZoneId zone, boolean humanReadable) {
    this.client = client;
    this.zone = zone;
    this.humanReadable = humanReadable;
  }

  static CommandResult run(CustomArgs.Values args, ApiClient client, ZoneId zone) {
    return new ListCommand(client, zone, args.flag("human-readable")).list(args);
  }

  private CommandResult list(CustomArgs.Values args) {
    S3Uri path = S3Uri.parse(args.string("paths").orElse("s3://"));
    Optional<CommandResult> failed;
    if (path.bucket().isEmpty()) {
      failed = buckets();
    } else {
      failed = objects(path, args.flag("recursive"), args.string("page-size"));
    }
    if (failed.isPresent()) {
      CommandResult error = failed.get();
      return new CommandResult(out.toString(), error.stderr(), error.exitStatus(), client.notes());
    }
    if (args.flag("summarize")) {
      out.append("\nTotal Objects: ").append(totalObjects).append('\n');
      out.append("   Total Size: ").append(size(totalSize)).append('\n');
    }
    int status = !path.key().isEmpty() && emptyFirstPage ? 1 : 0;
    return new CommandResult(out.toString(), "", status, client.notes());
  }

  private Optional<CommandResult> buckets() {
    Reply reply = client.send("ListBuckets", Request.object());
    if (reply.response().isEmpty()) {
      return Optional.of(reply.uncaught(client.version()));
    }
    for (JsonNode bucket : reply.response().get().path("Buckets")) {
      out.append(time(bucket.path("CreationDate").asText()))
          .append(' ')
          .append(bucket.path("Name").asText())
          .append('\n');
    }
    return Optional.empty();
  }

  /** ListObjectsV2, page after page as the paginator follows the continuation token. */
  private Optional<CommandResult> objects(
      S3Uri path, boolean recursive, Optional<String> pageSize) {
    String token = null;
    boolean first = true;
    do {
      ObjectNode params = Request.object().put("Bucket", path.bucket()).put("Prefix", path.key());
      if (!recursive) {
        params.put("Delimiter", "/");
      }
      pageSize.ifPresent(size -> params.put("MaxKeys", Integer.parseInt(size)));
      if (token != null) {
        params.put("ContinuationToken", token);
      }
      Reply reply = client.send("ListObjectsV2", params);
      if (reply.response().isEmpty()) {
        return Optional.of(reply.uncaught(client.version()));
      }
      ObjectNode page = reply.response().get();
      boolean empty = page.path("Contents").isEmpty() && page.path("CommonPrefixes").isEmpty();
      if (empty && first) {
        emptyFirstPage = true;
      }
      display(page, !recursive);
      first = false;
      token = page.path("NextContinuationToken").asText(null);
    } while (token != null);
    return Optional.empty();
  }

  private void display(ObjectNode page, boolean baseNames) {
    for (JsonNode prefix : page.path("CommonPrefixes")) {
      String[] parts = prefix.path("Prefix").asText().split("/", -1);
      out.append(" ".repeat(27)).append("PRE ").append(parts[parts.length - 2]).append("/\n");
    }
    for (JsonNode content : page.path("Contents")) {
      long size = content.path("Size").asLong();
      totalSize += size;
      totalObjects++;
      String key = content.path("Key").asText();
      String name = baseNames ? key.substring(key.lastIndexOf('/') + 1) : key;
      out.append(time(content.path("LastModified").asText()))
          .append(' ')
          .append(String.format("%10s", size(size)))
          .append(' ')
          .append(name)
          .append('\n');
    }
  }

  private String size(long bytes) {
    return humanReadable ? HumanSize.of(bytes) : Long.toString(bytes);
  }

  /** The time in the machine's zone, as {@code tzlocal()} shows it. */
  private String time(String iso) {
    return TIME.format(Instant.parse(iso).atZone(zone));
  }
}
