package dev.vpclab.cli;

import dev.vpclab.model.catalog.Region;
import dev.vpclab.model.catalog.Regions;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The commercial regions real AWS has (botocore endpoints), so that {@code --region ap-south-1} is
 * told apart from a typo: vpclab does not simulate the first; the real CLI cannot resolve the
 * second.
 */
final class RealRegions {
  private static final Set<String> ALL =
      Set.of(
          "af-south-1",
          "ap-east-1",
          "ap-east-2",
          "ap-northeast-1",
          "ap-northeast-2",
          "ap-northeast-3",
          "ap-south-1",
          "ap-south-2",
          "ap-southeast-1",
          "ap-southeast-2",
          "ap-southeast-3",
          "ap-southeast-4",
          "ap-southeast-5",
          "ap-southeast-7",
          "ca-central-1",
          "ca-west-1",
          "eu-central-1",
          "eu-central-2",
          "eu-north-1",
          "eu-south-1",
          "eu-south-2",
          "eu-west-1",
          "eu-west-2",
          "eu-west-3",
          "il-central-1",
          "me-central-1",
          "me-south-1",
          "mx-central-1",
          "sa-east-1",
          "us-east-1",
          "us-east-2",
          "us-west-1",
          "us-west-2");

  private RealRegions() {}

  static boolean exists(String region) {
    return ALL.contains(region);
  }

  static String simulated() {
    return Regions.catalog().all().stream().map(Region::name).collect(Collectors.joining(", "));
  }
}
