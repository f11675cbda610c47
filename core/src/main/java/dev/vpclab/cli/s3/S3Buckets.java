package dev.vpclab.cli.s3;

import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.View;
import dev.vpclab.model.s3.Bucket;
import java.util.regex.Pattern;

/**
 * What every S3 operation needs: finding a bucket by name (buckets are global; the CLI follows a
 * bucket to its region by itself, so the request's region does not matter here), the naming rules
 * and the account's canonical user ID.
 */
final class S3Buckets {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");

  private S3Buckets() {}

  /**
   * Real S3 wording (aws-cli issues): {@code NoSuchBucket: The specified bucket does not exist}.
   */
  static Bucket require(View view, String name) {
    return view.find(Bucket.class, name)
        .orElseThrow(() -> new ServiceFault("NoSuchBucket", "The specified bucket does not exist"));
  }

  /**
   * The general purpose bucket naming rules (S3 user guide, bucketnamingrules): 3 to 63 lower-case
   * letters, digits, dots and hyphens, starting and ending with a letter or digit, no two adjacent
   * dots, not an IP address, none of the reserved prefixes and suffixes.
   */
  static boolean isValidName(String name) {
    return NAME.matcher(name).matches()
        && !name.contains("..")
        && !IP_ADDRESS.matcher(name).matches()
        && !name.startsWith("xn--")
        && !name.startsWith("sthree-")
        && !name.startsWith("amzn-s3-demo-")
        && !name.endsWith("-s3alias")
        && !name.endsWith("--ol-s3")
        && !name.endsWith(".mrap")
        && !name.endsWith("--x-s3")
        && !name.endsWith("--table-s3");
  }

  /** The account's canonical user ID, 64 hex digits, stable for the simulated account. */
  static String canonicalUserId() {
    return Ids.hex(Ids.digest("s3-canonical-user@" + Account.ID), 64);
  }
}
