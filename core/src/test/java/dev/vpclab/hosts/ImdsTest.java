package dev.vpclab.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.vpclab.model.ec2.Instance;
import dev.vpclab.trace.Net;
import dev.vpclab.trace.Net.Launch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which credentials the metadata service hands an instance (EC2 user guide,
 * iam-roles-for-amazon-ec2; IAM user guide, troubleshoot_iam-ec2; aws-facts.md section 8).
 */
class ImdsTest {
  private final Net net = new Net();
  private String subnet;

  @BeforeEach
  void subnet() {
    subnet = net.subnet(net.vpc("10.0.0.0/16"), "10.0.1.0/24");
  }

  private Instance launch() {
    return net.instance(subnet, Launch.al2());
  }

  private String noneCode(Instance instance) {
    var credentials = Imds.of(net.world(), net.instance(instance.id()));
    return assertInstanceOf(Imds.Credentials.None.class, credentials).code();
  }

  @Test
  void anInstanceWithoutAProfileHasNoCredentials() {
    Instance instance = launch();

    var none = assertInstanceOf(Imds.Credentials.None.class, Imds.of(net.world(), instance));
    assertEquals("NO_INSTANCE_PROFILE", none.code());
    assertEquals(
        instance.id()
            + " has no IAM instance profile, so"
            + " http://169.254.169.254/latest/meta-data/iam/security-credentials/ answers 404",
        none.why());
  }

  @Test
  void aProfileWhoseRoleTrustsEc2GivesThatRolesCredentials() {
    Instance instance = launch();
    net.role("S3AdminAccess", Net.EC2_TRUST);
    net.instanceProfile("S3AdminProfile", "S3AdminAccess");
    net.associateProfile(instance.id(), "S3AdminProfile");

    var granted = assertInstanceOf(Imds.Credentials.Granted.class, Imds.of(net.world(), instance));
    assertEquals("S3AdminAccess", granted.role().name());
    assertEquals("S3AdminProfile", granted.profile().name());
  }

  @Test
  void aProfileGivenAtLaunchCountsToo() {
    net.role("S3AdminAccess", Net.EC2_TRUST);
    net.instanceProfile("S3AdminAccess", "S3AdminAccess");
    Instance instance =
        net.instance(
            subnet, Launch.al2().with("\"IamInstanceProfile\": {\"Name\": \"S3AdminAccess\"}"));

    assertInstanceOf(Imds.Credentials.Granted.class, Imds.of(net.world(), instance));
  }

  @Test
  void anEmptyProfileHasNoRoleToHandOut() {
    Instance instance = launch();
    net.instanceProfile("Empty", null);
    net.associateProfile(instance.id(), "Empty");

    assertEquals("NO_ROLE", noneCode(instance));
  }

  @Test
  void aRoleThatDoesNotTrustEc2CannotBeAssumed() {
    Instance instance = launch();
    net.role("ForLambda", Net.LAMBDA_TRUST);
    net.instanceProfile("ForLambda", "ForLambda");
    net.associateProfile(instance.id(), "ForLambda");

    assertEquals("AssumeRoleUnauthorizedAccess", noneCode(instance));
  }

  @Test
  void aRoleRemovedFromTheProfileLeavesItEmpty() {
    Instance instance = launch();
    net.role("S3AdminAccess", Net.EC2_TRUST);
    net.instanceProfile("S3AdminProfile", "S3AdminAccess");
    net.associateProfile(instance.id(), "S3AdminProfile");
    net.api.ok(
        "iam",
        "RemoveRoleFromInstanceProfile",
        "{\"InstanceProfileName\": \"S3AdminProfile\", \"RoleName\": \"S3AdminAccess\"}");

    assertEquals("NO_ROLE", noneCode(instance));
  }

  @Test
  void aDeletedProfileIsNotFound() {
    Instance instance = launch();
    net.instanceProfile("Gone", null);
    net.associateProfile(instance.id(), "Gone");
    net.api.ok("iam", "DeleteInstanceProfile", "{\"InstanceProfileName\": \"Gone\"}");

    assertEquals("InstanceProfileNotFound", noneCode(instance));
  }

  @Test
  void theMetadataServiceTurnedOffGivesNothing() {
    net.role("S3AdminAccess", Net.EC2_TRUST);
    net.instanceProfile("S3AdminAccess", "S3AdminAccess");
    Instance instance =
        net.instance(
            subnet,
            Launch.al2()
                .with(
                    "\"IamInstanceProfile\": {\"Name\": \"S3AdminAccess\"},"
                        + " \"MetadataOptions\": {\"HttpEndpoint\": \"disabled\"}"));

    assertEquals("IMDS_DISABLED", noneCode(instance));
  }

  @Test
  void aDisassociatedProfileNoLongerCounts() {
    Instance instance = launch();
    net.role("S3AdminAccess", Net.EC2_TRUST);
    net.instanceProfile("S3AdminAccess", "S3AdminAccess");
    net.associateProfile(instance.id(), "S3AdminAccess");
    String association =
        net.api
            .ok(
                "ec2",
                "DescribeIamInstanceProfileAssociations",
                "{\"Filters\": [{\"Name\": \"instance-id\", \"Values\": [\""
                    + instance.id()
                    + "\"]}]}")
            .path("IamInstanceProfileAssociations")
            .path(0)
            .path("AssociationId")
            .asText();
    net.api.ok(
        "ec2", "DisassociateIamInstanceProfile", "{\"AssociationId\": \"" + association + "\"}");

    assertEquals("NO_INSTANCE_PROFILE", noneCode(instance));
  }
}
