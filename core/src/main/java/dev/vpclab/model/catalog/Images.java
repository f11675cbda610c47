package dev.vpclab.model.catalog;

import dev.vpclab.model.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The AMI catalogue: Amazon Linux 2 and Amazon Linux 2023 in every simulated region, reachable by
 * ID, by describe-images filters and through the public SSM parameters under {@code
 * /aws/service/ami-amazon-linux-latest/}. IDs are stable per region so scripts can hard-code them.
 */
public final class Images {
  public static final String SSM_PREFIX = "/aws/service/ami-amazon-linux-latest/";
  private static final Images CATALOG = build();

  private final List<Image> images;

  private Images(List<Image> images) {
    this.images = List.copyOf(images);
  }

  public static Images catalog() {
    return CATALOG;
  }

  public List<Image> inRegion(String region) {
    return images.stream().filter(i -> i.region().equals(region)).toList();
  }

  public Optional<Image> get(String region, String imageId) {
    return inRegion(region).stream().filter(i -> i.id().equals(imageId)).findFirst();
  }

  /** The image an SSM parameter name (full path) points to in a region. */
  public Optional<Image> bySsmParameter(String region, String parameter) {
    return inRegion(region).stream().filter(i -> i.ssmParameters().contains(parameter)).findFirst();
  }

  private static Images build() {
    var out = new ArrayList<Image>();
    for (Region region : Regions.catalog().all()) {
      String r = region.name();
      out.add(
          image(
              r,
              "amzn2-ami-hvm-2.0.20241113.1-x86_64-gp2",
              "Amazon Linux 2 AMI 2.0.20241113.1 x86_64 HVM gp2",
              Image.Os.AMAZON_LINUX_2,
              "2024-11-14T00:37:22.000Z",
              "amzn2-ami-hvm-x86_64-gp2"));
      out.add(
          image(
              r,
              "amzn2-ami-kernel-5.10-hvm-2.0.20241113.1-x86_64-gp2",
              "Amazon Linux 2 Kernel 5.10 AMI 2.0.20241113.1 x86_64 HVM gp2",
              Image.Os.AMAZON_LINUX_2,
              "2024-11-14T00:38:10.000Z",
              "amzn2-ami-kernel-5.10-hvm-x86_64-gp2"));
      out.add(
          image(
              r,
              "al2023-ami-2023.6.20241111.0-kernel-6.1-x86_64",
              "Amazon Linux 2023 AMI 2023.6.20241111.0 x86_64 HVM kernel-6.1",
              Image.Os.AMAZON_LINUX_2023,
              "2024-11-12T00:06:55.000Z",
              "al2023-ami-kernel-default-x86_64",
              "al2023-ami-kernel-6.1-x86_64"));
    }
    return new Images(out);
  }

  private static Image image(
      String region,
      String name,
      String description,
      Image.Os os,
      String created,
      String... parameters) {
    var params = new ArrayList<String>();
    for (String p : parameters) {
      params.add(SSM_PREFIX + p);
    }
    return new Image(
        Ids.ec2Fixed("ami", region + "/" + name),
        region,
        name,
        description,
        os,
        "x86_64",
        Instant.parse(created),
        params);
  }
}
