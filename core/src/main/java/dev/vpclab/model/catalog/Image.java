package dev.vpclab.model.catalog;

import java.time.Instant;
import java.util.List;

/**
 * An AMI of the catalogue. {@code os} decides what an instance launched from it runs, e.g. which
 * AWS CLI major version comes preinstalled.
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
    /** Amazon Linux 2: AWS CLI v1 (aws-cli/1.18.147) preinstalled. */
    AMAZON_LINUX_2,
    /** Amazon Linux 2023: AWS CLI v2 preinstalled. */
    AMAZON_LINUX_2023
  }

  /** The account that publishes Amazon Linux AMIs (ImageOwnerAlias {@code amazon}). */
  public static final String AMAZON_OWNER_ID = "137112412989";

  public Image {
    ssmParameters = List.copyOf(ssmParameters);
  }
}
