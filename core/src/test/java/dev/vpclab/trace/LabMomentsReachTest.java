package dev.vpclab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.dns.PublicDns;
import dev.vpclab.net.Ipv4;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The path walker on the lab topology: the exact steps of the lab's moments, in order. */
class LabMomentsReachTest {
  @TempDir java.nio.file.Path directory;

  private static final Ipv4 S3_GLOBAL =
      PublicDns.resolve("s3.amazonaws.com").orElseThrow().address();
  private static final Ipv4 S3_US_EAST_2 =
      PublicDns.resolve("s3.us-east-2.amazonaws.com").orElseThrow().address();

  @Test
  void throughTheNatGatewayAndItsPublicSubnet() {
    LabNetwork lab = LabNetwork.build(directory);
    Path path = toS3(lab, S3_GLOBAL, "s3.amazonaws.com");
    assertTrue(path.delivered());
    assertEquals(
        "✔ instance, ✔ security group, ✔ route table, ✔ network ACL, ✔ network ACL,"
            + " ✔ NAT gateway, ✔ route table, ✔ network ACL, ✔ internet gateway, ✔ internet,"
            + " ✔ network ACL, ✔ network ACL, ✔ network ACL",
        kinds(path.steps()));
  }

  @Test
  void withoutTheNatRouteTheMainTableSaysWhatItHas() {
    LabNetwork lab = LabNetwork.build(directory);
    lab.run("aws ec2 delete-route --route-table-id $MAINRT --destination-cidr-block 0.0.0.0/0");
    Path path = toS3(lab, S3_GLOBAL, "s3.amazonaws.com");
    assertFalse(path.delivered());
    Step failed = path.failure().orElseThrow();
    assertEquals("NO_ROUTE_TO_DESTINATION", failed.explanationCode().orElseThrow());
    assertTrue(
        failed
            .detail()
            .startsWith("no route matches " + S3_GLOBAL + " (s3.amazonaws.com) (the main route"),
        failed.detail());
    assertTrue(failed.detail().endsWith("; its routes: 10.0.0.0/16 → local"), failed.detail());
  }

  @Test
  void theGatewayEndpointCarriesItsRegionOnly() {
    LabNetwork lab = LabNetwork.build(directory);
    lab.run(
        "aws ec2 delete-route --route-table-id $MAINRT --destination-cidr-block 0.0.0.0/0",
        "aws ec2 create-vpc-endpoint --vpc-id $VPC --service-name com.amazonaws.us-east-2.s3"
            + " --route-table-ids $MAINRT");
    Path regional = toS3(lab, S3_US_EAST_2, "s3.us-east-2.amazonaws.com");
    assertTrue(regional.delivered());
    assertEquals(
        "✔ instance, ✔ security group, ✔ route table, ✔ network ACL, ✔ VPC endpoint,"
            + " ✔ network ACL",
        kinds(regional.steps()));
    assertTrue(regional.endpoint().isPresent());

    Path global = toS3(lab, S3_GLOBAL, "s3.amazonaws.com");
    assertFalse(global.delivered());
    assertTrue(
        global.failure().orElseThrow().detail().contains("pl-7ba54012 → vpce-"),
        global.failure().orElseThrow().detail());
  }

  @Test
  void aDeletedNatGatewayLeavesABlackhole() {
    LabNetwork lab = LabNetwork.build(directory);
    lab.run("aws ec2 delete-nat-gateway --nat-gateway-id $NAT", "true");
    Step failed = toS3(lab, S3_GLOBAL, "s3.amazonaws.com").failure().orElseThrow();
    assertEquals("BAD_STATE_ROUTE", failed.explanationCode().orElseThrow());
    assertEquals(Component.Kind.ROUTE_TABLE, failed.component().kind());
  }

  private static Path toS3(LabNetwork lab, Ipv4 address, String name) {
    return Reach.fromInstance(lab.world(), lab.instance("Private"), address, 443, name);
  }

  private static String kinds(List<Step> steps) {
    return steps.stream()
        .map(s -> s.verdict().mark() + " " + s.component().kind().words())
        .collect(Collectors.joining(", "));
  }
}
