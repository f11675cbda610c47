package dev.vpclab.cli.iam;

import static dev.vpclab.cli.api.ApiTester.at;
import static dev.vpclab.cli.iam.IamFixtures.S3_READ;
import static dev.vpclab.cli.iam.IamFixtures.createRole;
import static dev.vpclab.cli.iam.IamFixtures.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.Test;

class PoliciesTest {
  private static final String MINE = "arn:aws:iam::123456789012:policy/s3-read";
  private final ApiTester api = new ApiTester();

  private void create() {
    api.ok(
        "iam",
        "CreatePolicy",
        "{\"PolicyName\": \"s3-read\", \"Description\": \"read buckets\", \"PolicyDocument\": "
            + quoted(S3_READ)
            + "}");
  }

  private String version(String document, boolean makeDefault) {
    return "{\"PolicyArn\": \""
        + MINE
        + "\", \"SetAsDefault\": "
        + makeDefault
        + ", \"PolicyDocument\": "
        + quoted(document)
        + "}";
  }

  @Test
  void awsManagedPoliciesAreThereFromTheStart() {
    var out =
        api.ok(
            "iam", "GetPolicy", "{\"PolicyArn\": \"arn:aws:iam::aws:policy/AdministratorAccess\"}");
    // Real get-policy output for AdministratorAccess (public transcript), attachments aside.
    assertEquals("ANPAIWMBCKSKIEE64ZLYK", at(out, "Policy.PolicyId"));
    assertEquals("v1", at(out, "Policy.DefaultVersionId"));
    assertEquals(
        "Provides full access to AWS services and resources.", at(out, "Policy.Description"));
    assertEquals("2015-02-06T18:39:46+00:00", at(out, "Policy.CreateDate"));
    assertEquals(0, out.get("Policy").get("Tags").size());
    var document =
        api.ok(
            "iam",
            "GetPolicyVersion",
            "{\"PolicyArn\": \"arn:aws:iam::aws:policy/AmazonS3FullAccess\", \"VersionId\":"
                + " \"v2\"}");
    // AmazonS3FullAccess v2 (aws-facts.md section 8).
    assertEquals("s3-object-lambda:*", at(document, "PolicyVersion.Document.Statement.0.Action.1"));
    assertEquals("true", at(document, "PolicyVersion.IsDefaultVersion"));
  }

  @Test
  void listPoliciesChecksItsEnums() {
    // IAM's framework validates enums (same wording as its pattern errors; enum set from the
    // model).
    assertEquals(
        "ValidationError: 1 validation error detected: Value 'Everything' at 'scope' failed to"
            + " satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]",
        api.error("iam", "ListPolicies", "{\"Scope\": \"Everything\"}"));
  }

  @Test
  void createPolicyMakesVersionOneOfACustomerManagedPolicy() {
    var out =
        api.ok(
            "iam",
            "CreatePolicy",
            "{\"PolicyName\": \"s3-read\", \"Description\": \"read buckets\", \"PolicyDocument\": "
                + quoted(S3_READ)
                + "}");
    // CLI example create-policy (example 2): no Description in the create output.
    assertEquals(MINE, at(out, "Policy.Arn"));
    assertTrue(at(out, "Policy.PolicyId").matches("ANPA[A-Z2-7]{17}"));
    assertEquals("v1", at(out, "Policy.DefaultVersionId"));
    assertEquals("0", at(out, "Policy.AttachmentCount"));
    assertEquals("true", at(out, "Policy.IsAttachable"));
    assertFalse(out.get("Policy").has("Description"));
    assertEquals(
        "read buckets",
        at(api.ok("iam", "GetPolicy", "{\"PolicyArn\": \"" + MINE + "\"}"), "Policy.Description"));
    // Real CLI output (public notes): duplicate policy names.
    assertEquals(
        "EntityAlreadyExists: A policy called S3-READ already exists. Duplicate names are not"
            + " allowed.",
        api.error(
            "iam",
            "CreatePolicy",
            "{\"PolicyName\": \"S3-READ\", \"PolicyDocument\": " + quoted(S3_READ) + "}"));
  }

  @Test
  void unknownPoliciesAndVersions() {
    // Real CLI output (public script log): "Policy <arn> was not found."
    assertEquals(
        "NoSuchEntity: Policy " + MINE + " was not found.",
        api.error("iam", "GetPolicy", "{\"PolicyArn\": \"" + MINE + "\"}"));
    create();
    // Emulator wording, not confirmed.
    assertEquals(
        "NoSuchEntity: Policy " + MINE + " version v7 does not exist or is not attachable.",
        api.error(
            "iam", "GetPolicyVersion", "{\"PolicyArn\": \"" + MINE + "\", \"VersionId\": \"v7\"}"));
  }

  @Test
  void policyNamesPathsAndSizesAreChecked() {
    // Limits and patterns of the model, in IAM's validation wording.
    assertEquals(
        "ValidationError: 1 validation error detected: Value 'lab' at 'path' failed to satisfy"
            + " constraint: Member must satisfy regular expression pattern:"
            + " ((/[A-Za-z0-9\\.,\\+@=_-]+)*)/",
        api.error(
            "iam",
            "CreatePolicy",
            "{\"PolicyName\": \"p\", \"Path\": \"lab\", \"PolicyDocument\": "
                + quoted(S3_READ)
                + "}"));
    String huge = S3_READ.replace("\"s3:Get*\"", "\"s3:" + "x".repeat(6200) + "\"");
    // IAM quota message for managed policy documents (6,144 characters).
    assertEquals(
        "LimitExceeded: Cannot exceed quota for PolicySize: 6144",
        api.error(
            "iam",
            "CreatePolicy",
            "{\"PolicyName\": \"p\", \"PolicyDocument\": " + quoted(huge) + "}"));
  }

  @Test
  void listingsOfAnUnknownPolicy() {
    assertEquals(
        "NoSuchEntity: Policy " + MINE + " was not found.",
        api.error("iam", "ListPolicyVersions", "{\"PolicyArn\": \"" + MINE + "\"}"));
    assertEquals(
        "NoSuchEntity: Policy " + MINE + " was not found.",
        api.error("iam", "ListEntitiesForPolicy", "{\"PolicyArn\": \"" + MINE + "\"}"));
    assertEquals(
        "NoSuchEntity: Policy " + MINE + " was not found.",
        api.error(
            "iam",
            "CreatePolicyVersion",
            "{\"PolicyArn\": \"" + MINE + "\", \"PolicyDocument\": " + quoted(S3_READ) + "}"));
  }

  @Test
  void newVersionsBecomeDefaultOnlyWhenAsked() {
    create();
    String write = S3_READ.replace("s3:List*", "s3:Put*");
    var v2 = api.ok("iam", "CreatePolicyVersion", version(write, false));
    // CLI example create-policy-version: VersionId, IsDefaultVersion, CreateDate; no document.
    assertEquals("v2", at(v2, "PolicyVersion.VersionId"));
    assertEquals("false", at(v2, "PolicyVersion.IsDefaultVersion"));
    assertFalse(v2.get("PolicyVersion").has("Document"));
    api.ok("iam", "CreatePolicyVersion", version(write, true));
    assertEquals(
        "v3",
        at(
            api.ok("iam", "GetPolicy", "{\"PolicyArn\": \"" + MINE + "\"}"),
            "Policy.DefaultVersionId"));
    var versions = api.ok("iam", "ListPolicyVersions", "{\"PolicyArn\": \"" + MINE + "\"}");
    // CLI example list-policy-versions: newest first.
    assertEquals("v3", at(versions, "Versions.0.VersionId"));
    assertEquals("true", at(versions, "Versions.0.IsDefaultVersion"));
    assertEquals("v1", at(versions, "Versions.2.VersionId"));
    api.ok("iam", "CreatePolicyVersion", version(write, false));
    api.ok("iam", "CreatePolicyVersion", version(write, false));
    // Real CLI output (public scripts): the five-version limit.
    assertEquals(
        "LimitExceeded: A managed policy can have up to 5 versions. Before you create a new"
            + " version, you must delete an existing version.",
        api.error("iam", "CreatePolicyVersion", version(write, false)));
  }

  @Test
  void deletePolicyRefusesWhileAttachedOrVersioned() {
    create();
    createRole(api, "app");
    api.ok("iam", "AttachRolePolicy", "{\"RoleName\": \"app\", \"PolicyArn\": \"" + MINE + "\"}");
    String delete = "{\"PolicyArn\": \"" + MINE + "\"}";
    // Real CloudFormation/CLI output: "Cannot delete a policy attached to entities."
    assertEquals(
        "DeleteConflict: Cannot delete a policy attached to entities.",
        api.error("iam", "DeletePolicy", delete));
    api.ok("iam", "DetachRolePolicy", "{\"RoleName\": \"app\", \"PolicyArn\": \"" + MINE + "\"}");
    api.ok("iam", "CreatePolicyVersion", version(S3_READ, true));
    // Real CLI output (public scripts).
    assertEquals(
        "DeleteConflict: This policy has more than one version. Before you delete a policy, you"
            + " must delete the policy's versions. The default version is deleted with the"
            + " policy.",
        api.error("iam", "DeletePolicy", delete));
  }

  @Test
  void awsManagedPoliciesCannotBeChanged() {
    // LocalStack's wording, recorded against real AWS in its snapshot tests.
    assertEquals(
        "AccessDenied: Cannot delete policies outside your own account.",
        api.error(
            "iam",
            "DeletePolicy",
            "{\"PolicyArn\": \"arn:aws:iam::aws:policy/AdministratorAccess\"}"));
    // Another emulator's wording; not confirmed.
    assertEquals(
        "AccessDenied: Cannot create versions for policies outside your own account.",
        api.error(
            "iam",
            "CreatePolicyVersion",
            "{\"PolicyArn\": \"arn:aws:iam::aws:policy/AdministratorAccess\", \"PolicyDocument\": "
                + quoted(S3_READ)
                + "}"));
  }

  @Test
  void deletingAnUnattachedSingleVersionPolicy() {
    create();
    api.ok("iam", "DeletePolicy", "{\"PolicyArn\": \"" + MINE + "\"}");
    assertEquals(
        "NoSuchEntity: Policy " + MINE + " was not found.",
        api.error("iam", "DeletePolicy", "{\"PolicyArn\": \"" + MINE + "\"}"));
  }

  @Test
  void listPoliciesByScopeAndAttachment() {
    create();
    createRole(api, "app");
    api.ok(
        "iam",
        "AttachRolePolicy",
        "{\"RoleName\": \"app\", \"PolicyArn\": \"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\"}");
    var local = api.ok("iam", "ListPolicies", "{\"Scope\": \"Local\"}");
    assertEquals(1, local.get("Policies").size());
    // CLI example list-policies: no Description in the list.
    assertFalse(local.get("Policies").get(0).has("Description"));
    var aws = api.ok("iam", "ListPolicies", "{\"Scope\": \"AWS\"}");
    assertEquals(9, aws.get("Policies").size());
    assertEquals("AdministratorAccess", at(aws, "Policies.0.PolicyName"));
    var attached = api.ok("iam", "ListPolicies", "{\"OnlyAttached\": true}");
    assertEquals(1, attached.get("Policies").size());
    assertEquals("1", at(attached, "Policies.0.AttachmentCount"));
    assertEquals(10, api.ok("iam", "ListPolicies", "{}").get("Policies").size());
  }

  @Test
  void listEntitiesForPolicyShowsTheRolesUsingIt() {
    createRole(api, "app");
    String arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess";
    api.ok("iam", "AttachRolePolicy", "{\"RoleName\": \"app\", \"PolicyArn\": \"" + arn + "\"}");
    var out = api.ok("iam", "ListEntitiesForPolicy", "{\"PolicyArn\": \"" + arn + "\"}");
    // CLI example list-entities-for-policy: groups, users and roles, each a list.
    assertEquals("app", at(out, "PolicyRoles.0.RoleName"));
    assertTrue(at(out, "PolicyRoles.0.RoleId").startsWith("AROA"));
    assertEquals(0, out.get("PolicyUsers").size());
    assertEquals(
        0,
        api.ok(
                "iam",
                "ListEntitiesForPolicy",
                "{\"PolicyArn\": \"" + arn + "\", \"EntityFilter\": \"User\"}")
            .get("PolicyRoles")
            .size());
  }
}
