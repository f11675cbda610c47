package dev.vpclab.cli.iam;

import static dev.vpclab.cli.api.ApiTester.at;
import static dev.vpclab.cli.iam.IamFixtures.EC2_TRUST;
import static dev.vpclab.cli.iam.IamFixtures.createRole;
import static dev.vpclab.cli.iam.IamFixtures.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiTester;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolesTest {
  private final ApiTester api = new ApiTester();

  private String createRoleWith(String name, String document) {
    return api.error(
        "iam",
        "CreateRole",
        "{\"RoleName\": \"" + name + "\", \"AssumeRolePolicyDocument\": " + quoted(document) + "}");
  }

  @Test
  void createRoleShowsTheTrustPolicyAsJsonInTheCallersKeyOrder() {
    var out =
        api.ok(
            "iam",
            "CreateRole",
            "{\"RoleName\": \"s3access\", \"AssumeRolePolicyDocument\": "
                + quoted(EC2_TRUST)
                + "}");
    // Shape of create-role in aws-facts.md section 10: the document is a JSON object.
    assertEquals("s3access", at(out, "Role.RoleName"));
    assertEquals("/", at(out, "Role.Path"));
    assertEquals("arn:aws:iam::123456789012:role/s3access", at(out, "Role.Arn"));
    assertTrue(at(out, "Role.RoleId").matches("AROA[A-Z2-7]{17}"));
    assertEquals("2026-01-12T09:00:00+00:00", at(out, "Role.CreateDate"));
    assertEquals(
        "ec2.amazonaws.com",
        at(out, "Role.AssumeRolePolicyDocument.Statement.0.Principal.Service"));
    var keys = new ArrayList<String>();
    out.get("Role")
        .get("AssumeRolePolicyDocument")
        .get("Statement")
        .get(0)
        .fieldNames()
        .forEachRemaining(keys::add);
    assertEquals(List.of("Effect", "Principal", "Action"), keys);
    // CLI example 2 of create-role: MaxSessionDuration is not part of the create output.
    assertFalse(out.get("Role").has("MaxSessionDuration"));
    assertFalse(out.get("Role").has("RoleLastUsed"));
  }

  @Test
  void tagsAndDescriptionAreShownWhenGiven() {
    var out =
        api.ok(
            "iam",
            "CreateRole",
            "{\"RoleName\": \"Test-Role\", \"Description\": \"lab\", \"Tags\": [{\"Key\":"
                + " \"Department\", \"Value\": \"Accounting\"}], \"AssumeRolePolicyDocument\": "
                + quoted(EC2_TRUST)
                + "}");
    // CLI example create-role (example 3): Tags follow the trust policy.
    assertEquals("Department", at(out, "Role.Tags.0.Key"));
    assertEquals("lab", at(out, "Role.Description"));
    var keys = new ArrayList<String>();
    out.get("Role").fieldNames().forEachRemaining(keys::add);
    assertEquals("Tags", keys.get(keys.size() - 1));
  }

  @Test
  void roleNamesAreUniqueIgnoringCase() {
    createRole(api, "S3Access");
    // Real CLI output (public transcripts): "Role with name X already exists."
    assertEquals(
        "EntityAlreadyExists: Role with name s3access already exists.",
        createRoleWith("s3access", EC2_TRUST));
    assertEquals(
        "S3Access", at(api.ok("iam", "GetRole", "{\"RoleName\": \"s3ACCESS\"}"), "Role.RoleName"));
  }

  @Test
  void namesPathsAndDurationsAreChecked() {
    // Wording of IAM's validation errors in real CloudFormation/CLI output; limits from the model.
    assertEquals(
        "ValidationError: 1 validation error detected: Value 'my role' at 'roleName' failed to"
            + " satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
        createRoleWith("my role", EC2_TRUST));
    String longName = "r".repeat(65);
    assertEquals(
        "ValidationError: 1 validation error detected: Value '"
            + longName
            + "' at 'roleName' failed to satisfy constraint: Member must have length less than or"
            + " equal to 64",
        createRoleWith(longName, EC2_TRUST));
    assertEquals(
        "ValidationError: 1 validation error detected: Value 'apps' at 'path' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern:"
            + " (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)",
        api.error(
            "iam",
            "CreateRole",
            "{\"RoleName\": \"r\", \"Path\": \"apps\", \"AssumeRolePolicyDocument\": "
                + quoted(EC2_TRUST)
                + "}"));
    assertEquals(
        "ValidationError: 1 validation error detected: Value '50000' at 'maxSessionDuration'"
            + " failed to satisfy constraint: Member must have value less than or equal to 43200",
        api.error(
            "iam",
            "CreateRole",
            "{\"RoleName\": \"r\", \"MaxSessionDuration\": 50000, \"AssumeRolePolicyDocument\": "
                + quoted(EC2_TRUST)
                + "}"));
  }

  @Test
  void trustPoliciesAreChecked() {
    // Real CreateRole output: file name passed without file:// (public READMEs).
    assertEquals(
        "MalformedPolicyDocument: This policy contains invalid Json",
        createRoleWith("r", "trust-policy.json"));
    // Real CreateRole output (external-dns issue #3085): a permissions policy used as trust policy.
    assertEquals(
        "MalformedPolicyDocument: Has prohibited field Resource",
        createRoleWith("r", IamFixtures.S3_READ));
    // Real CreateRole output quoted in aws-cdk's tests.
    assertEquals(
        "MalformedPolicyDocument: AssumeRolepolicy contained an invalid principal:"
            + " \"STAR\":\"*\".",
        createRoleWith(
            "r",
            "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\":"
                + " \"*\", \"Action\": \"sts:AssumeRole\"}]}"));
    // Emulator wording (the S3 message), not confirmed for IAM.
    assertEquals(
        "MalformedPolicyDocument: Missing required field Principal",
        createRoleWith(
            "r",
            "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
                + " \"sts:AssumeRole\"}]}"));
    // Real IAM message for a statement without Action (terraform issue output).
    assertEquals(
        "MalformedPolicyDocument: Policy statement must contain actions.",
        createRoleWith(
            "r",
            "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\":"
                + " {\"Service\": \"ec2.amazonaws.com\"}}}"));
  }

  @Test
  void getRoleAddsMaxSessionDurationAndAnEmptyRoleLastUsed() {
    api.ok(
        "iam",
        "CreateRole",
        "{\"RoleName\": \"app\", \"Description\": \"EC2 app role\", \"Tags\": [{\"Key\":"
            + " \"team\", \"Value\": \"lab\"}], \"AssumeRolePolicyDocument\": "
            + quoted(EC2_TRUST)
            + "}");
    var out = api.ok("iam", "GetRole", "{\"RoleName\": \"app\"}");
    // CLI example get-role: MaxSessionDuration 3600 by default; RoleLastUsed {} before first use.
    assertEquals("3600", at(out, "Role.MaxSessionDuration"));
    assertEquals("EC2 app role", at(out, "Role.Description"));
    assertEquals("lab", at(out, "Role.Tags.0.Value"));
    assertEquals(0, out.get("Role").get("RoleLastUsed").size());
    // Real CLI output (public transcripts): "The role with name X cannot be found."
    assertEquals(
        "NoSuchEntity: The role with name nope cannot be found.",
        api.error("iam", "GetRole", "{\"RoleName\": \"nope\"}"));
  }

  @Test
  void listRolesSortsFiltersByPathAndPages() {
    createRole(api, "zeta");
    createRole(api, "Alpha");
    api.ok(
        "iam",
        "CreateRole",
        "{\"RoleName\": \"svc\", \"Path\": \"/service/\", \"AssumeRolePolicyDocument\": "
            + quoted(EC2_TRUST)
            + "}");
    var all = api.ok("iam", "ListRoles", "{}");
    assertEquals("Alpha", at(all, "Roles.0.RoleName"));
    assertEquals("zeta", at(all, "Roles.2.RoleName"));
    // CLI example list-roles: MaxSessionDuration shown, no RoleLastUsed, no tags.
    assertEquals("3600", at(all, "Roles.0.MaxSessionDuration"));
    assertFalse(all.get("Roles").get(0).has("RoleLastUsed"));
    assertEquals("false", at(all, "IsTruncated"));
    var service = api.ok("iam", "ListRoles", "{\"PathPrefix\": \"/service/\"}");
    assertEquals(1, service.get("Roles").size());
    assertEquals("arn:aws:iam::123456789012:role/service/svc", at(service, "Roles.0.Arn"));
    var first = api.ok("iam", "ListRoles", "{\"MaxItems\": 2}");
    assertEquals("true", at(first, "IsTruncated"));
    var rest = api.ok("iam", "ListRoles", "{\"Marker\": \"" + at(first, "Marker") + "\"}");
    assertEquals("zeta", at(rest, "Roles.0.RoleName"));
    // The model's limits for MaxItems, in AWS's validation wording.
    assertEquals(
        "ValidationError: 1 validation error detected: Value '5000' at 'maxItems' failed to"
            + " satisfy constraint: Member must have value less than or equal to 1000",
        api.error("iam", "ListRoles", "{\"MaxItems\": 5000}"));
  }

  @Test
  void updateAssumeRolePolicyReplacesTheTrustPolicy() {
    createRole(api, "app");
    String lambdaTrust = EC2_TRUST.replace("ec2.amazonaws.com", "lambda.amazonaws.com");
    api.ok(
        "iam",
        "UpdateAssumeRolePolicy",
        "{\"RoleName\": \"app\", \"PolicyDocument\": " + quoted(lambdaTrust) + "}");
    assertEquals(
        "lambda.amazonaws.com",
        at(
            api.ok("iam", "GetRole", "{\"RoleName\": \"app\"}"),
            "Role.AssumeRolePolicyDocument.Statement.0.Principal.Service"));
    assertEquals(
        "MalformedPolicyDocument: Has prohibited field Resource",
        api.error(
            "iam",
            "UpdateAssumeRolePolicy",
            "{\"RoleName\": \"app\", \"PolicyDocument\": " + quoted(IamFixtures.S3_READ) + "}"));
    assertEquals(
        "NoSuchEntity: The role with name ghost cannot be found.",
        api.error(
            "iam",
            "UpdateAssumeRolePolicy",
            "{\"RoleName\": \"ghost\", \"PolicyDocument\": " + quoted(lambdaTrust) + "}"));
  }

  @Test
  void deleteRoleRefusesWhileTheRoleStillHoldsSomething() {
    createRole(api, "app");
    api.ok("iam", "CreateInstanceProfile", "{\"InstanceProfileName\": \"app-profile\"}");
    api.ok(
        "iam",
        "AddRoleToInstanceProfile",
        "{\"InstanceProfileName\": \"app-profile\", \"RoleName\": \"app\"}");
    api.ok(
        "iam",
        "AttachRolePolicy",
        "{\"RoleName\": \"app\", \"PolicyArn\": \"arn:aws:iam::aws:policy/AmazonS3FullAccess\"}");
    api.ok(
        "iam",
        "PutRolePolicy",
        "{\"RoleName\": \"app\", \"PolicyName\": \"read\", \"PolicyDocument\": "
            + quoted(IamFixtures.S3_READ)
            + "}");
    String delete = "{\"RoleName\": \"app\"}";
    // The three DeleteConflict messages: real CLI output from public transcripts and issues.
    assertEquals(
        "DeleteConflict: Cannot delete entity, must remove roles from instance profile first.",
        api.error("iam", "DeleteRole", delete));
    api.ok(
        "iam",
        "RemoveRoleFromInstanceProfile",
        "{\"InstanceProfileName\": \"app-profile\", \"RoleName\": \"app\"}");
    assertEquals(
        "DeleteConflict: Cannot delete entity, must detach all policies first.",
        api.error("iam", "DeleteRole", delete));
    api.ok(
        "iam",
        "DetachRolePolicy",
        "{\"RoleName\": \"app\", \"PolicyArn\": \"arn:aws:iam::aws:policy/AmazonS3FullAccess\"}");
    assertEquals(
        "DeleteConflict: Cannot delete entity, must delete policies first.",
        api.error("iam", "DeleteRole", delete));
    api.ok("iam", "DeleteRolePolicy", "{\"RoleName\": \"app\", \"PolicyName\": \"read\"}");
    api.ok("iam", "DeleteRole", delete);
    assertEquals(
        "NoSuchEntity: The role with name app cannot be found.",
        api.error("iam", "DeleteRole", delete));
  }
}
