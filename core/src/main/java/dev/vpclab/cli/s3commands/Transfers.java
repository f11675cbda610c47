package dev.vpclab.cli.s3commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.ApiClient;
import dev.vpclab.cli.AwsCli;
import dev.vpclab.cli.AwsHost;
import dev.vpclab.cli.CliErrors;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.Reply;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.args.CustomArgs;
import dev.vpclab.cli.args.UsageError;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.CommandResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code aws s3 cp|mv|rm|sync} ({@code S3TransferCommand}, {@code CommandParameters} and {@code
 * CommandArchitecture} in subcommands.py): checks the paths, lists what to act on, then acts on
 * each file in turn, printing a line per file as the CLI's result printer does.
 */
final class Transfers {
  private static final Map<String, String> USAGE =
      Map.of(
          "cp", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>",
          "mv", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>",
          "sync", "<LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>",
          "rm", "<S3Uri>");
  private static final List<String> TWO_PATH_TYPES = List.of("locals3", "s3local", "s3s3");

  private final ApiClient client;
  private final AwsHost host;

  Transfers(ApiClient client, AwsHost host) {
    this.client = client;
    this.host = host;
  }

  CommandResult run(String command, CustomArgs.Values args) {
    CliVersion version = client.version();
    List<String> paths = new ArrayList<>(args.strings("paths"));
    String type =
        paths.stream().map(p -> S3Uri.isS3(p) ? "s3" : "local").reduce("", String::concat);
    boolean allowed = command.equals("rm") ? type.equals("s3") : TWO_PATH_TYPES.contains(type);
    if (!allowed) {
      return CliErrors.usage(
          version,
          UsageError.parameter(
              "usage: aws s3 "
                  + command
                  + " "
                  + USAGE.get(command)
                  + "\nError: Invalid argument type"));
    }
    paths.replaceAll(Transfers::withBucketSlash);
    String src = paths.get(0);
    String dest = paths.get(paths.size() - 1);
    boolean recursive = args.flag("recursive") || command.equals("sync");
    if (src.equals("-") || dest.equals("-")) {
      if (!command.equals("cp") || recursive) {
        return CliErrors.usage(
            version,
            UsageError.parameter(
                "Streaming currently is only compatible with non-recursive cp commands"));
      }
      return dest.equals("-") && type.equals("s3local")
          ? toStandardOutput(src)
          : AwsCli.notSimulated("aws s3 cp - (an upload from standard input)");
    }
    if (command.equals("mv") && type.equals("s3s3") && samePath(src, dest)) {
      String quote = version == CliVersion.V2 ? "'" : "";
      return CliErrors.usage(
          version,
          UsageError.parameter(
              "Cannot mv a file onto itself: "
                  + quote
                  + src
                  + quote
                  + " - "
                  + quote
                  + dest
                  + quote));
    }
    if (type.equals("locals3") && host.stat(src).isEmpty()) {
      return CliErrors.usage(
          version, UsageError.general("The user-provided path " + src + " does not exist."));
    }
    if (type.equals("s3local") && recursive && host.stat(dest).isEmpty()) {
      host.makeDirectories(dest);
    }
    var options =
        new TransferRun.Options(
            command,
            recursive,
            args.flag("dryrun"),
            args.flag("quiet"),
            args.flag("only-show-errors"),
            args.string("content-type"),
            !args.flag("no-guess-mime-type"),
            args.flag("delete"),
            args.flag("size-only"));
    CommandResult result = new TransferRun(client, host, options).run(src, dest);
    List<String> ignored =
        TransferArgs.IGNORED.stream().filter(o -> args.given(o) || args.flag(o)).toList();
    if (!ignored.isEmpty()) {
      result =
          result.withNote(
              Note.info(
                  "vpclab does not simulate --"
                      + String.join(", --", ignored)
                      + "; the command ran as if it was not given."));
    }
    return result;
  }

  /**
   * {@code aws s3 cp s3://b/k -}: the object's body on standard output and nothing else; s3transfer
   * asks HeadObject for the size first, and its error is printed as is (CLI v2 against moto).
   */
  private CommandResult toStandardOutput(String src) {
    S3Uri uri = S3Uri.parse(src);
    String failed = "download failed: " + src + " to - ";
    if (uri.key().isEmpty()) {
      return new CommandResult(
          "",
          failed
              + "Parameter validation failed:\nInvalid length for parameter Key, value: 0, valid"
              + " min length: 1\n",
          1,
          client.notes());
    }
    ObjectNode params = Request.object().put("Bucket", uri.bucket()).put("Key", uri.key());
    Reply reply = client.send("HeadObject", params);
    if (reply.response().isPresent()) {
      reply = client.send("GetObject", params);
    }
    if (reply.response().isEmpty()) {
      return new CommandResult("", failed + reply.errorText() + "\n", 1, client.notes());
    }
    return new CommandResult(reply.response().get().path("Body").asText(), "", 0, client.notes());
  }

  /** {@code rm --recursive PATH}, as {@code rb --force} runs it first. */
  CommandResult removeAll(String path) {
    var options =
        new TransferRun.Options(
            "rm", true, false, false, false, Optional.empty(), true, false, false);
    return new TransferRun(client, host, options).run(withBucketSlash(path), path);
  }

  /** {@code s3://bucket} means the whole bucket: {@code s3://bucket/}. */
  private static String withBucketSlash(String path) {
    return S3Uri.isS3(path) && S3Uri.parse(path).key().isEmpty() && !path.endsWith("/")
        ? path + "/"
        : path;
  }

  private static boolean samePath(String src, String dest) {
    if (src.equals(dest)) {
      return true;
    }
    return dest.endsWith("/") && src.equals(dest + src.substring(src.lastIndexOf('/') + 1));
  }
}
