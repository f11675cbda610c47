package dev.vpclab.cli.s3commands;

import dev.vpclab.cli.args.CustomArgs;
import java.util.List;

/**
 * The argument tables of {@code cp}, {@code mv}, {@code rm} and {@code sync} (subcommands.py's
 * {@code TRANSFER_ARGS} and friends), so that the same words are accepted and refused. vpclab acts
 * on the paths, {@code --recursive}, {@code --dryrun}, {@code --quiet}, {@code --only-show-errors},
 * {@code --content-type}, {@code --no-guess-mime-type}, {@code --page-size} and sync's {@code
 * --delete} and {@code --size-only}; {@link #IGNORED} are accepted and said to be ignored.
 */
final class TransferArgs {
  /** Options whose effect vpclab does not model: encryption, ACLs, metadata, filters… */
  static final List<String> IGNORED =
      List.of(
          "include",
          "exclude",
          "acl",
          "follow-symlinks",
          "no-follow-symlinks",
          "sse",
          "sse-c",
          "sse-c-key",
          "sse-kms-key-id",
          "sse-c-copy-source",
          "sse-c-copy-source-key",
          "storage-class",
          "grants",
          "website-redirect",
          "cache-control",
          "content-disposition",
          "content-encoding",
          "content-language",
          "expires",
          "source-region",
          "ignore-glacier-warnings",
          "force-glacier-transfer",
          "request-payer",
          "metadata",
          "copy-props",
          "metadata-directive",
          "expected-size",
          "exact-timestamps");

  static final CustomArgs CP = transfer(CustomArgs.of().twoPositionals("paths")).flag("recursive");
  static final CustomArgs MV = CP;
  static final CustomArgs SYNC =
      transfer(CustomArgs.of().twoPositionals("paths"))
          .flag("delete")
          .flag("exact-timestamps")
          .flag("size-only");
  static final CustomArgs RM =
      CustomArgs.of()
          .positional("paths")
          .flag("dryrun")
          .flag("quiet")
          .flag("recursive")
          .optionalValue("request-payer", "requester")
          .value("include")
          .value("exclude")
          .flag("only-show-errors")
          .integer("page-size");

  private TransferArgs() {}

  private static CustomArgs transfer(CustomArgs paths) {
    return paths
        .flag("dryrun")
        .flag("quiet")
        .value("include")
        .value("exclude")
        .choice(
            "acl",
            List.of(
                "private",
                "public-read",
                "public-read-write",
                "authenticated-read",
                "aws-exec-read",
                "bucket-owner-read",
                "bucket-owner-full-control",
                "log-delivery-write"))
        .flag("follow-symlinks")
        .flag("no-follow-symlinks")
        .flag("no-guess-mime-type")
        .optionalValue("sse", "AES256")
        .optionalValue("sse-c", "AES256")
        .value("sse-c-key")
        .value("sse-kms-key-id")
        .optionalValue("sse-c-copy-source", "AES256")
        .value("sse-c-copy-source-key")
        .choice(
            "storage-class",
            List.of(
                "STANDARD",
                "REDUCED_REDUNDANCY",
                "STANDARD_IA",
                "ONEZONE_IA",
                "INTELLIGENT_TIERING",
                "GLACIER",
                "DEEP_ARCHIVE",
                "GLACIER_IR"))
        .values("grants")
        .value("website-redirect")
        .value("content-type")
        .value("cache-control")
        .value("content-disposition")
        .value("content-encoding")
        .value("content-language")
        .value("expires")
        .value("source-region")
        .flag("only-show-errors")
        .flag("no-progress")
        .integer("page-size")
        .flag("ignore-glacier-warnings")
        .flag("force-glacier-transfer")
        .optionalValue("request-payer", "requester")
        .value("metadata")
        .choice("copy-props", List.of("none", "metadata-directive", "default"))
        .choice("metadata-directive", List.of("COPY", "REPLACE"))
        .value("expected-size");
  }
}
