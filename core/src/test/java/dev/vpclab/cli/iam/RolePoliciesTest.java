package dev.vpclab.cli.iam;

import static dev.vpclab.cli.api.ApiTester.at;
import static dev.vpclab.cli.iam.IamFixtures.S3_READ;
import static dev.vpclab.cli.iam.IamFixtures.createRole;
import static dev.vpclab.cli.iam.IamFixtures.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RolePoliciesTest {
  private static final String S3_FULL = "arn:aws:iam::aws:policy/AmazonS3FullAccess";
  private final ApiTester api = new ApiTester();

  @BeforeEach
  void role() {
    createRole(api, "app");
  }

  private String attach(String role, String arn) {
    return "{\"RoleName\": \"" + role + "\", \"PolicyArn\": \"" + arn + "\"}";
  }

  private String put(String name, String document) {
    return "{\"RoleName\": \"app\", \"PolicyName\": \""
        + name
        + "\", \"PolicyDocument\": "
        + quoted(document)
        + "}";
  }

  @Test
  void attachedPoliciesAreListedOnceEach() {
    api.ok("iam", "AttachRolePolicy", attach("app", S3_FULL));
    api.ok("iam", "AttachRolePolicy", attach("APP", S3_FULL));
    var out = api.ok("iam", "ListAttachedRolePolicies", "{\"RoleName\": \"app\"}");
    // Shape of list-attached-role-policies in real transcripts: PolicyName and PolicyArn.
    assertEquals(1, out.get("AttachedPolicies").size());
    assertEquals("AmazonS3FullAccess", at(out, "AttachedPolicies.0.PolicyName"));
    assertEquals(S3_FULL, at(out, "AttachedPolicies.0.PolicyArn"));
    assertEquals("false", at(out, "IsTruncated"));
  }

  @Test
  void attachRefusesUnknownPoliciesRolesAndArns() {
    // Real terraform/CLI output: "Policy <arn> does not exist or is not attachable."
    assertEquals(
        "NoSuchEntity: Policy arn:aws:iam::aws:policy/AmazonS3FullAcess does not exist or is not"
            + " attachable.",
        api.error(
            "iam", "AttachRolePolicy", attach("app", "arn:aws:iam::aws:policy/AmazonS3FullAcess")));
    // Real CLI output (boto issue #2960): "ARN <value> is not valid."
    assertEquals(
        "InvalidInput: ARN policy/AmazonS3FullAccess is not valid.",
        api.error("iam", "AttachRolePolicy", attach("app", "policy/AmazonS3FullAccess")));
    // Shorter than the model's 20 characters: the CLI refuses it itself; the service would say
    // this (AWS validation wording).
    assertEquals(
        "ValidationError: 1 validation error detected: Value 'AmazonS3FullAccess' at 'policyArn'"
            + " failed to satisfy constraint: Member must have length greater than or equal to 20",
        api.error("iam", "AttachRolePolicy", attach("app", "AmazonS3FullAccess")));
    assertEquals(
        "ValidationError: 1 validation error detected: Value 'my app' at 'roleName' failed to"
            + " satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
        api.error("iam", "AttachRolePolicy", attach("my app", S3_FULL)));
    assertEquals(
        "NoSuchEntity: The role with name ghost cannot be found.",
        api.error("iam", "AttachRolePolicy", attach("ghost", S3_FULL)));
  }

  @Test
  void listingsOfAnUnknownRole() {
    // Real CLI output (prowler PR #2872 quotes it for ListRolePolicies).
    assertEquals(
        "NoSuchEntity: The role with name ghost cannot be found.",
        api.error("iam", "ListRolePolicies", "{\"RoleName\": \"ghost\"}"));
    assertEquals(
        "NoSuchEntity: The role with name ghost cannot be found.",
        api.error("iam", "ListAttachedRolePolicies", "{\"RoleName\": \"ghost\"}"));
    assertEquals(
        "NoSuchEntity: The role with name ghost cannot be found.",
        api.error("iam", "DetachRolePolicy", attach("ghost", S3_FULL)));
  }

  @Test
  void aRoleTakesAtMostTenManagedPolicies() {
    var aws = api.ok("iam", "ListPolicies", "{\"Scope\": \"AWS\"}").get("Policies");
    for (var policy : aws) {
      api.ok("iam", "AttachRolePolicy", attach("app", policy.get("Arn").asText()));
    }
    api.ok(
        "iam",
        "CreatePolicy",
        "{\"PolicyName\": \"p1\", \"PolicyDocument\": " + quoted(S3_READ) + "}");
    api.ok(
        "iam",
        "CreatePolicy",
        "{\"PolicyName\": \"p2\", \"PolicyDocument\": " + quoted(S3_READ) + "}");
    api.ok("iam", "AttachRolePolicy", attach("app", "arn:aws:iam::123456789012:policy/p1"));
    // IAM quota message as the CLI prints it for managed policies per role (default quota 10).
    assertEquals(
        "LimitExceeded: Cannot exceed quota for PoliciesPerRole: 10",
        api.error("iam", "AttachRolePolicy", attach("app", "arn:aws:iam::123456789012:policy/p2")));
  }

  @Test
  void detachingAPolicyThatIsNotAttached() {
    // moto's wording (models.py detach_role_policy); not confirmed on real AWS.
    assertEquals(
        "NoSuchEntity: Policy arn:aws:iam::aws:policy/AmazonS3FullAccess was not found.",
        api.error("iam", "DetachRolePolicy", attach("app", S3_FULL)));
    api.ok("iam", "AttachRolePolicy", attach("app", S3_FULL));
    api.ok("iam", "DetachRolePolicy", attach("app", S3_FULL));
    assertEquals(
        0,
        api.ok("iam", "ListAttachedRolePolicies", "{\"RoleName\": \"app\"}")
            .get("AttachedPolicies")
            .size());
  }

  @Test
  void inlinePoliciesComeBackAsJson() {
    api.ok("iam", "PutRolePolicy", put("s3-read", S3_READ));
    api.ok("iam", "PutRolePolicy", put("a-first", S3_READ));
    var out =
        api.ok("iam", "GetRolePolicy", "{\"RoleName\": \"app\", \"PolicyName\": \"s3-read\"}");
    // CLI example get-role-policy: RoleName, PolicyName and the decoded PolicyDocument.
    assertEquals("app", at(out, "RoleName"));
    assertEquals("s3:List*", at(out, "PolicyDocument.Statement.0.Action.1"));
    var names = api.ok("iam", "ListRolePolicies", "{\"RoleName\": \"app\"}");
    assertEquals("a-first", at(names, "PolicyNames.0"));
    assertEquals("s3-read", at(names, "PolicyNames.1"));
    api.ok("iam", "DeleteRolePolicy", "{\"RoleName\": \"app\", \"PolicyName\": \"s3-read\"}");
    // Real CLI output (aws/aws-cli issue #6139).
    assertEquals(
        "NoSuchEntity: The role policy with name s3-read cannot be found.",
        api.error("iam", "GetRolePolicy", "{\"RoleName\": \"app\", \"PolicyName\": \"s3-read\"}"));
    assertEquals(
        "NoSuchEntity: The role policy with name s3-read cannot be found.",
        api.error(
            "iam", "DeleteRolePolicy", "{\"RoleName\": \"app\", \"PolicyName\": \"s3-read\"}"));
  }

  @Test
  void inlinePoliciesAreCheckedAsPermissionsPolicies() {
    // Real PutUserPolicy/CreatePolicy output when the document is not JSON (public READMEs).
    assertEquals(
        "MalformedPolicyDocument: Syntax errors in policy.",
        api.error("iam", "PutRolePolicy", put("p", "policy.json")));
    // Real IAM messages (terraform issues and CreatePolicy transcripts).
    assertEquals(
        "MalformedPolicyDocument: Policy document should not specify a principal.",
        api.error("iam", "PutRolePolicy", put("p", IamFixtures.EC2_TRUST)));
    assertEquals(
        "MalformedPolicyDocument: Policy statement must contain resources.",
        api.error(
            "iam",
            "PutRolePolicy",
            put(
                "p",
                "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
                    + " \"s3:*\"}]}")));
    // Emulator wording (not confirmed) for actions and resources of the wrong form.
    assertEquals(
        "MalformedPolicyDocument: Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb,"
            + " ec2, etc.",
        api.error("iam", "PutRolePolicy", put("p", S3_READ.replace("s3:Get*", "GetObject"))));
    assertEquals(
        "MalformedPolicyDocument: Resource my-bucket must be in ARN format or \"*\".",
        api.error(
            "iam",
            "PutRolePolicy",
            put("p", S3_READ.replace("\"Resource\": \"*\"", "\"Resource\": \"my-bucket\""))));
    assertEquals(
        "ValidationError: 1 validation error detected: Value 'bad name' at 'policyName' failed to"
            + " satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
        api.error("iam", "PutRolePolicy", put("bad name", S3_READ)));
  }

  @Test
  void inlinePoliciesOfARoleShareTenThousandCharacters() {
    String big =
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
            + " \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::"
            + "b".repeat(6000)
            + "\"}]}";
    api.ok("iam", "PutRolePolicy", put("one", big));
    // Real IAM message for the 10,240-character inline quota of a role (IAM quotas page).
    assertEquals(
        "LimitExceeded: Maximum policy size of 10240 bytes exceeded for role app",
        api.error("iam", "PutRolePolicy", put("two", big)));
  }
}
