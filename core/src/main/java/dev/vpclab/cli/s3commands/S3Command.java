package dev.vpclab.cli.s3commands;

import dev.vpclab.cli.ApiClient;
import dev.vpclab.cli.AwsCli;
import dev.vpclab.cli.AwsHost;
import dev.vpclab.cli.CliErrors;
import dev.vpclab.cli.CustomCommand;
import dev.vpclab.cli.GlobalOptions;
import dev.vpclab.cli.args.CustomArgs;
import dev.vpclab.cli.args.UsageError;
import dev.vpclab.shell.CommandResult;
import java.util.List;
import java.util.Map;

/**
 * {@code aws s3}: the CLI's high-level S3 commands (awscli/customizations/s3), which send their S3
 * requests through the same {@link ApiClient} path as {@code aws s3api}. Object requests go to the
 * configured region whatever the bucket's: the real CLI follows S3's redirect to the bucket's
 * region by itself (botocore's S3RegionRedirector), which vpclab does not show as a second request.
 */
public final class S3Command implements CustomCommand {
  /** The subcommands in the order the CLI lists them in its invalid-choice message. */
  private static final List<String> SUBCOMMANDS =
      List.of("ls", "website", "cp", "mv", "rm", "sync", "mb", "rb", "presign");

  private static final Map<String, CustomArgs> TABLES =
      Map.of(
          "ls", ListCommand.ARGS,
          "cp", TransferArgs.CP,
          "mv", TransferArgs.MV,
          "rm", TransferArgs.RM,
          "sync", TransferArgs.SYNC,
          "mb", BucketCommands.MB_ARGS,
          "rb", BucketCommands.RB_ARGS);

  private final AwsCli cli;

  public S3Command(AwsCli cli) {
    this.cli = cli;
  }

  @Override
  public CommandResult run(List<String> args, GlobalOptions options, AwsHost host) {
    var version = host.cliVersion();
    if (args.isEmpty()) {
      return CliErrors.tooFewArguments(version, "s3");
    }
    String subcommand = args.get(0);
    if (!SUBCOMMANDS.contains(subcommand)) {
      return CliErrors.usage(
          version,
          UsageError.argparse(
              "argument subcommand: " + GlobalOptions.invalidChoice(subcommand, SUBCOMMANDS)));
    }
    List<String> rest = args.subList(1, args.size());
    if (!TABLES.containsKey(subcommand) || rest.contains("help")) {
      return AwsCli.notSimulated("aws s3 " + String.join(" ", args));
    }
    var parsed = TABLES.get(subcommand).parse(rest);
    if (parsed instanceof CustomArgs.Result.Refused refused) {
      return CliErrors.usage(version, refused.error());
    }
    CustomArgs.Values values = ((CustomArgs.Result.Parsed) parsed).values();
    var opening = cli.client("s3api", options, host);
    if (opening instanceof ApiClient.Opening.Refused refused) {
      return refused.result();
    }
    ApiClient client = ((ApiClient.Opening.Ready) opening).client();
    var transfers = new Transfers(client, host);
    return switch (subcommand) {
      case "ls" -> ListCommand.run(values, client, host.zone());
      case "mb" -> BucketCommands.makeBucket(values, client);
      case "rb" -> BucketCommands.removeBucket(values, client, transfers);
      default -> transfers.run(subcommand, values);
    };
  }
}
