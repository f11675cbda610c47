package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.cli.api.ApiTester;
import dev.vpclab.model.catalog.Images;
import org.junit.jupiter.api.Test;

class AmisTest {
  private final ApiTester api = new ApiTester();
  private final String al2023 =
      Images.catalog()
          .bySsmParameter(
              "us-east-2", "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64")
          .orElseThrow()
          .id();

  @Test
  void describeByIdShowsTheRealImageKeys() {
    var image =
        api.ok("ec2", "DescribeImages", "{\"ImageIds\": [\"" + al2023 + "\"]}")
            .get("Images")
            .get(0);
    // Values of real describe-images output for Amazon Linux 2023.
    assertEquals(
        "amazon/al2023-ami-2023.6.20241111.0-kernel-6.1-x86_64", at(image, "ImageLocation"));
    assertEquals("Linux/UNIX", at(image, "PlatformDetails"));
    assertEquals("RunInstances", at(image, "UsageOperation"));
    assertEquals("/dev/xvda", at(image, "RootDeviceName"));
    assertEquals("gp3", at(image, "BlockDeviceMappings.0.Ebs.VolumeType"));
    assertEquals("uefi-preferred", at(image, "BootMode"));
    assertEquals("v2.0", at(image, "ImdsSupport"));
    assertEquals("2024-11-12T00:06:55.000Z", at(image, "CreationDate"));
    assertEquals("2026-11-12T00:06:00.000Z", at(image, "DeprecationTime"));
    assertEquals("amazon", at(image, "ImageOwnerAlias"));
  }

  @Test
  void filtersAndOwners() {
    var al2 =
        api.ok(
            "ec2",
            "DescribeImages",
            "{\"Owners\": [\"amazon\"], \"Filters\": [{\"Name\": \"name\", \"Values\":"
                + " [\"amzn2-ami-hvm-*-x86_64-gp2\"]}]}");
    assertEquals(1, al2.get("Images").size());
    assertEquals("gp2", at(al2, "Images.0.BlockDeviceMappings.0.Ebs.VolumeType"));
    var self = api.ok("ec2", "DescribeImages", "{\"Owners\": [\"self\"]}");
    assertEquals(0, self.get("Images").size());
    var all =
        api.ok(
            "ec2",
            "DescribeImages",
            "{\"Filters\": [{\"Name\": \"architecture\", \"Values\": [\"x86_64\"]},"
                + " {\"Name\": \"owner-alias\", \"Values\": [\"amazon\"]}]}");
    assertEquals(3, all.get("Images").size());
  }

  @Test
  void unknownAndMalformedIds() {
    // Real messages (SDK error parsers expect the bracketed list; terraform transcript).
    assertEquals(
        "InvalidAMIID.NotFound: The image id '[ami-0123456789abcdef0]' does not exist",
        api.error("ec2", "DescribeImages", "{\"ImageIds\": [\"ami-0123456789abcdef0\"]}"));
    assertEquals(
        "InvalidAMIID.Malformed: Invalid id: \"ubuntu\" (expecting \"ami-...\")",
        api.error("ec2", "DescribeImages", "{\"ImageIds\": [\"ubuntu\"]}"));
    // Images are regional: the us-east-2 AMI does not exist in us-east-1.
    api.inRegion("us-east-1");
    assertEquals(
        "InvalidAMIID.NotFound: The image id '[" + al2023 + "]' does not exist",
        api.error("ec2", "DescribeImages", "{\"ImageIds\": [\"" + al2023 + "\"]}"));
  }
}
