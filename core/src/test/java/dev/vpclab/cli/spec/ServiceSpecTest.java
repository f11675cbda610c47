package dev.vpclab.cli.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceSpecTest {

  // Expected spellings are the real CLI's (aws ec2 help / aws iam help list them this way).
  @ParameterizedTest
  @CsvSource({
    "CreateVpc, create-vpc",
    "VpcId, vpc-id",
    "DescribeVpcEndpointServices, describe-vpc-endpoint-services",
    "AmazonProvidedIpv6CidrBlock, amazon-provided-ipv6-cidr-block",
    "MapPublicIpOnLaunch, map-public-ip-on-launch",
    "GetManagedPrefixListEntries, get-managed-prefix-list-entries",
    "DescribeIamInstanceProfileAssociations, describe-iam-instance-profile-associations",
    "ListWebACLs, list-web-acls",
    "DryRun, dry-run",
    "IpPermissions, ip-permissions",
    "EnableDnsHostnames, enable-dns-hostnames",
    "ListObjectsV2, list-objects-v2",
  })
  void cliNamesFollowBotocore(String model, String cli) {
    assertEquals(cli, CliNames.of(model));
  }

  @Test
  void createVpcInputAndOutputComeFromTheModel() {
    var ec2 = ServiceSpec.load("ec2");
    var op = ec2.operation("create-vpc").orElseThrow();
    assertEquals("CreateVpc", op.name());
    var vpc = ec2.shape(op.output().orElseThrow().members().get("Vpc").shape());
    // botocore's current Vpc member order (printed order of `aws ec2 create-vpc` in CLI v2).
    assertEquals(
        List.of("OwnerId", "InstanceTenancy", "Ipv6CidrBlockAssociationSet"),
        List.copyOf(vpc.members().keySet()).subList(0, 3));
    assertTrue(op.input().orElseThrow().members().containsKey("CidrBlock"));
  }

  @Test
  void knowsOperationsItDoesNotSimulate() {
    var ec2 = ServiceSpec.load("ec2");
    assertTrue(ec2.allOperationCliNames().contains("create-transit-gateway"));
    assertTrue(ec2.operation("create-transit-gateway").isEmpty());
  }

  @Test
  void paginatedOperationsCarryTheirPaginator() {
    var p = ServiceSpec.load("ec2").operation("describe-vpcs").orElseThrow().paginator();
    assertEquals(List.of("NextToken"), p.orElseThrow().inputTokens());
    assertEquals(List.of("Vpcs"), p.orElseThrow().resultKeys());
  }
}
