package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProfileAssociationsTest {
  private final Ec2Fixture lab = new Ec2Fixture();
  private final String instance = lab.run("");

  {
    lab.profile("S3AdminAccess", "S3AdminAccess");
    lab.profile("Other", "Other");
  }

  private String associate(String profile) {
    return "{\"InstanceId\": \""
        + instance
        + "\", \"IamInstanceProfile\": {\"Name\": \""
        + profile
        + "\"}}";
  }

  @Test
  void associateAnswersAssociatingAndIsAssociatedAfterwards() {
    var out = lab.api.ok("ec2", "AssociateIamInstanceProfile", associate("S3AdminAccess"));
    var association = out.get("IamInstanceProfileAssociation");
    // CLI example of associate-iam-instance-profile (aws-facts.md section 10).
    assertTrue(at(association, "AssociationId").matches("iip-assoc-0[0-9a-f]{16}"));
    assertEquals("associating", at(association, "State"));
    assertEquals(
        "arn:aws:iam::123456789012:instance-profile/S3AdminAccess",
        at(association, "IamInstanceProfile.Arn"));
    var described =
        lab.api.ok(
            "ec2",
            "DescribeIamInstanceProfileAssociations",
            "{\"Filters\": [{\"Name\": \"instance-id\", \"Values\": [\"" + instance + "\"]}]}");
    assertEquals("associated", at(described, "IamInstanceProfileAssociations.0.State"));
    assertEquals(
        "2026-01-12T09:00:02+00:00", at(described, "IamInstanceProfileAssociations.0.Timestamp"));
    assertEquals(
        "arn:aws:iam::123456789012:instance-profile/S3AdminAccess",
        at(lab.describe(instance), "IamInstanceProfile.Arn"));
  }

  @Test
  void anInstanceHasOneAssociationAtMost() {
    lab.api.ok("ec2", "AssociateIamInstanceProfile", associate("S3AdminAccess"));
    // Real message (SQA logs and tests quoting EC2).
    assertEquals(
        "IncorrectState: There is an existing association for instance " + instance,
        lab.api.error("ec2", "AssociateIamInstanceProfile", associate("Other")));
    // Real message (aws-facts.md section 8).
    assertEquals(
        "InvalidParameterValue: Value (nope) for parameter iamInstanceProfile.name is invalid."
            + " Invalid IAM Instance Profile name",
        lab.api.error("ec2", "AssociateIamInstanceProfile", associate("nope")));
  }

  @Test
  void replaceGivesANewAssociation() {
    String old =
        at(
            lab.api.ok("ec2", "AssociateIamInstanceProfile", associate("S3AdminAccess")),
            "IamInstanceProfileAssociation.AssociationId");
    var out =
        lab.api.ok(
            "ec2",
            "ReplaceIamInstanceProfileAssociation",
            "{\"AssociationId\": \"" + old + "\", \"IamInstanceProfile\": {\"Name\": \"Other\"}}");
    String replacement = at(out, "IamInstanceProfileAssociation.AssociationId");
    assertTrue(!replacement.equals(old));
    assertEquals("associating", at(out, "IamInstanceProfileAssociation.State"));
    assertEquals(
        "arn:aws:iam::123456789012:instance-profile/Other",
        at(lab.describe(instance), "IamInstanceProfile.Arn"));
    // Message as moto words it (no real transcript found).
    assertEquals(
        "InvalidAssociationID.NotFound: An invalid association-id of '" + old + "' was given",
        lab.api.error(
            "ec2",
            "DescribeIamInstanceProfileAssociations",
            "{\"AssociationIds\": [\"" + old + "\"]}"));
  }

  @Test
  void disassociateAnswersDisassociatingAndTheProfileIsGone() {
    String id =
        at(
            lab.api.ok("ec2", "AssociateIamInstanceProfile", associate("S3AdminAccess")),
            "IamInstanceProfileAssociation.AssociationId");
    var out =
        lab.api.ok("ec2", "DisassociateIamInstanceProfile", "{\"AssociationId\": \"" + id + "\"}");
    assertEquals("disassociating", at(out, "IamInstanceProfileAssociation.State"));
    assertTrue(!lab.describe(instance).has("IamInstanceProfile"));
    assertEquals(
        "InvalidAssociationID.NotFound: An invalid association-id of '" + id + "' was given",
        lab.api.error(
            "ec2", "DisassociateIamInstanceProfile", "{\"AssociationId\": \"" + id + "\"}"));
    var none =
        lab.api.ok(
            "ec2",
            "DescribeIamInstanceProfileAssociations",
            "{\"Filters\": [{\"Name\": \"state\", \"Values\": [\"associated\"]}]}");
    assertEquals(0, none.get("IamInstanceProfileAssociations").size());
  }

  @Test
  void anotherKindOfIdIsAnInvalidAssociationId() {
    // Real message when an instance ID is passed as the association (aws/aws-cli #2570).
    assertEquals(
        "InvalidParameterValue: Invalid value for associationId.",
        lab.api.error(
            "ec2",
            "ReplaceIamInstanceProfileAssociation",
            "{\"AssociationId\": \""
                + instance
                + "\", \"IamInstanceProfile\": {\"Name\": \"Other\"}}"));
  }
}
