package dev.vpclab.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.model.catalog.Regions;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The internet's DNS as vpclab knows it: S3 names resolve into their region's S3 prefix list (so a
 * gateway endpoint's route matches exactly its own region's names), the legacy global names into
 * us-east-1 (aws-facts.md sections 1.2 and 4), EC2 public names into the address they spell.
 */
class PublicDnsTest {

  private static Answer resolve(String name) {
    return PublicDns.resolve(name).orElseThrow(() -> new AssertionError(name + " did not resolve"));
  }

  private static boolean inPrefixList(String region, String service, Ipv4 address) {
    return Regions.catalog().require(region).prefixList(service).orElseThrow().contains(address);
  }

  @Test
  void aRegionalS3NameResolvesIntoThatRegionsS3PrefixList() {
    Answer answer = resolve("s3.us-east-2.amazonaws.com");

    assertTrue(inPrefixList("us-east-2", "s3", answer.address()));
    assertTrue(Cidr.of("52.219.80.0/20").contains(answer.address()));
    assertEquals(Optional.of("s3"), answer.service());
    assertEquals(Optional.of("us-east-2"), answer.region());
  }

  @Test
  void theGlobalS3NameIsUsEast1s() {
    Answer answer = resolve("s3.amazonaws.com");

    assertTrue(inPrefixList("us-east-1", "s3", answer.address()));
    assertEquals(Optional.of("us-east-1"), answer.region());
    assertEquals(false, inPrefixList("us-east-2", "s3", answer.address()));
  }

  @Test
  void theOtherGlobalNamesAreInUsEast1() {
    assertEquals(Optional.of("us-east-1"), resolve("sts.amazonaws.com").region());
    assertEquals(Optional.of("iam"), resolve("iam.amazonaws.com").service());
    assertEquals(Optional.empty(), PublicDns.resolve("ec2.amazonaws.com"));
  }

  @Test
  void dynamoDbResolvesIntoItsOwnPrefixList() {
    assertTrue(
        inPrefixList(
            "us-east-2", "dynamodb", resolve("dynamodb.us-east-2.amazonaws.com").address()));
  }

  @Test
  void servicesWithoutAPrefixListAnswerInAmazonsServiceRange() {
    Answer answer = resolve("sqs.us-east-2.amazonaws.com");

    assertTrue(Cidr.of("52.94.0.0/15").contains(answer.address()));
    assertEquals(Optional.of("sqs"), answer.service());
  }

  @Test
  void aRegionVpclabDoesNotSimulateDoesNotResolve() {
    assertEquals(Optional.empty(), PublicDns.resolve("s3.ap-south-9.amazonaws.com"));
  }

  @Test
  void ec2PublicNamesResolveToTheAddressTheySpell() {
    assertEquals(
        Ipv4.of("18.188.22.65"),
        resolve("ec2-18-188-22-65.us-east-2.compute.amazonaws.com").address());
    assertEquals(Ipv4.of("3.80.1.2"), resolve("ec2-3-80-1-2.compute-1.amazonaws.com").address());
  }

  @Test
  void namesAreCaseInsensitiveAndMayEndWithADot() {
    assertEquals(
        resolve("s3.us-east-2.amazonaws.com").address(),
        resolve("S3.US-EAST-2.amazonaws.com.").address());
  }

  @Test
  void anAddressResolvesToItself() {
    assertEquals(Ipv4.of("203.0.113.25"), resolve("203.0.113.25").address());
  }

  @Test
  void privateNamesAndSingleLabelsDoNotResolveOnTheInternet() {
    assertEquals(Optional.empty(), PublicDns.resolve("ip-10-0-1-57.us-east-2.compute.internal"));
    assertEquals(Optional.empty(), PublicDns.resolve("bastion"));
  }

  @Test
  void otherNamesGetAStableDocumentationAddress() {
    Ipv4 first = resolve("example.com").address();

    assertTrue(Cidr.of("198.51.100.0/24").contains(first));
    assertEquals(first, resolve("example.com").address());
  }
}
