package dev.vpclab.cli.s3commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.ApiClient;
import dev.vpclab.cli.CliErrors;
import dev.vpclab.cli.Reply;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.args.CustomArgs;
import dev.vpclab.cli.args.UsageError;
import dev.vpclab.shell.CommandResult;

/**
 * {@code aws s3 mb} and {@code aws s3 rb [--force]} ({@code MbCommand}, {@code RbCommand}): one
 * CreateBucket or DeleteBucket, whose error is printed after {@code make_bucket failed: PATH} or
 * {@code remove_bucket failed: PATH} on standard error, with status 1.
 */
final class BucketCommands {
  static final CustomArgs MB_ARGS = CustomArgs.of().positional("path");
  static final CustomArgs RB_ARGS = CustomArgs.of().positional("path").flag("force");
  private static final String US_EAST_1 = "us-east-1";

  private BucketCommands() {}

  /** The bucket goes to the client's region: a location constraint everywhere but us-east-1. */
  static CommandResult makeBucket(CustomArgs.Values args, ApiClient client) {
    String path = args.string("path").orElseThrow();
    if (!S3Uri.isS3(path)) {
      return invalidArgumentType(client);
    }
    String bucket = S3Uri.parse(path).bucket();
    ObjectNode params = Request.object().put("Bucket", bucket);
    if (!client.region().equals(US_EAST_1)) {
      params.set(
          "CreateBucketConfiguration", Request.object().put("LocationConstraint", client.region()));
    }
    Reply reply = client.send("CreateBucket", params);
    if (reply.response().isPresent()) {
      return new CommandResult("make_bucket: " + bucket + "\n", "", 0, client.notes());
    }
    return failed("make_bucket failed: " + path + " " + reply.errorText(), client);
  }

  /**
   * {@code --force} first runs {@code aws s3 rm --recursive} on the bucket; if that fails the
   * bucket is left, with the RuntimeError the CLI's driver prints.
   */
  static CommandResult removeBucket(CustomArgs.Values args, ApiClient client, Transfers transfers) {
    String path = args.string("path").orElseThrow();
    if (!S3Uri.isS3(path)) {
      return invalidArgumentType(client);
    }
    S3Uri uri = S3Uri.parse(path);
    if (!uri.key().isEmpty()) {
      return CliErrors.usage(
          client.version(),
          UsageError.parameter(
              "Please specify a valid bucket name only. E.g. s3://" + uri.bucket()));
    }
    String stdout = "";
    String stderr = "";
    if (args.flag("force")) {
      CommandResult emptied = transfers.removeAll(path);
      stdout = emptied.stdout();
      stderr = emptied.stderr();
      if (emptied.exitStatus() != 0) {
        CommandResult refused =
            CliErrors.usage(
                client.version(),
                UsageError.general(
                    "remove_bucket failed: Unable to delete all objects in the bucket, bucket"
                        + " will not be deleted."));
        return new CommandResult(
            stdout, stderr + refused.stderr(), refused.exitStatus(), client.notes());
      }
    }
    Reply reply = client.send("DeleteBucket", Request.object().put("Bucket", uri.bucket()));
    if (reply.response().isPresent()) {
      return new CommandResult(
          stdout + "remove_bucket: " + uri.bucket() + "\n", stderr, 0, client.notes());
    }
    return new CommandResult(
        stdout,
        stderr + "remove_bucket failed: " + path + " " + reply.errorText() + "\n",
        1,
        client.notes());
  }

  private static CommandResult failed(String line, ApiClient client) {
    return new CommandResult("", line + "\n", 1, client.notes());
  }

  private static CommandResult invalidArgumentType(ApiClient client) {
    return CliErrors.usage(
        client.version(), UsageError.parameter("<S3Uri>\nError: Invalid argument type"));
  }
}
