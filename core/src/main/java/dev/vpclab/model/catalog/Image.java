package dev.vpclab.model.catalog;

import dev.vpclab.model.Ids;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * An AMI of the catalogue. {@code os} decides what an instance launched from it runs, e.g. which
 * AWS CLI major version comes preinstalled, and the image attributes that differ between Amazon
 * Linux 2 and Amazon Linux 2023 (root volume type, boot mode, IMDSv2 requirement).
 */
public record Image(
    String id,
    String region,
    String name,
    String description,
    Os os,
    String architecture,
    Instant creationDate,
    List<String> ssmParameters) {

  /** The operating systems of the catalogue. */
  public enum Os {
    /** Amazon Linux 2: AWS CLI v1 (aws-cli/1.18.147) preinstalled; gp2 root, IMDSv1 allowed. */
    AMAZON_LINUX_2,
    /**
     * Amazon Linux 2023: AWS CLI v2 preinstalled; gp3 root, {@code ImdsSupport v2.0} (instances
     * launched from it require IMDSv2 tokens), boot mode {@code uefi-preferred}.
     */
    AMAZON_LINUX_2023
  }

  /** The account that publishes Amazon Linux AMIs (ImageOwnerAlias {@code amazon}). */
  public static final String AMAZON_OWNER_ID = "137112412989";

  public static final String ROOT_DEVICE = "/dev/xvda";

  public Image {
    ssmParameters = List.copyOf(ssmParameters);
  }

  /** {@code ImageLocation}: the owner alias and the name, as describe-images shows it. */
  public String location() {
    return "amazon/" + name;
  }

  public String rootVolumeType() {
    return os == Os.AMAZON_LINUX_2023 ? "gp3" : "gp2";
  }

  public int rootVolumeSize() {
    return 8;
  }

  /** The snapshot behind the root volume, stable per image. */
  public String snapshotId() {
    return Ids.ec2Fixed("snap", id);
  }

  public Optional<String> bootMode() {
    return os == Os.AMAZON_LINUX_2023 ? Optional.of("uefi-preferred") : Optional.empty();
  }

  /** {@code v2.0} when instances launched from the image default to IMDSv2 only. */
  public Optional<String> imdsSupport() {
    return os == Os.AMAZON_LINUX_2023 ? Optional.of("v2.0") : Optional.empty();
  }

  public boolean requiresImdsV2() {
    return imdsSupport().isPresent();
  }

  /**
   * Amazon Linux AMIs are deprecated two years after their creation, to the minute (as their
   * describe-images output shows).
   */
  public Instant deprecationTime() {
    return creationDate
        .atZone(ZoneOffset.UTC)
        .plusYears(2)
        .truncatedTo(ChronoUnit.MINUTES)
        .toInstant();
  }
}
