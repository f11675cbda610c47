package dev.vpclab.cli.iam;

import static dev.vpclab.cli.api.ApiTester.at;
import static dev.vpclab.cli.iam.IamFixtures.createRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.Test;

class InstanceProfilesTest {
  private final ApiTester api = new ApiTester();

  private String pair(String profile, String role) {
    return "{\"InstanceProfileName\": \"" + profile + "\", \"RoleName\": \"" + role + "\"}";
  }

  private String named(String profile) {
    return "{\"InstanceProfileName\": \"" + profile + "\"}";
  }

  @Test
  void createInstanceProfileStartsWithoutRoles() {
    var out = api.ok("iam", "CreateInstanceProfile", named("s3access-profile"));
    // Shape of create-instance-profile in aws-facts.md section 10.
    assertEquals("s3access-profile", at(out, "InstanceProfile.InstanceProfileName"));
    assertTrue(at(out, "InstanceProfile.InstanceProfileId").matches("AIPA[A-Z2-7]{17}"));
    assertEquals(
        "arn:aws:iam::123456789012:instance-profile/s3access-profile",
        at(out, "InstanceProfile.Arn"));
    assertEquals(0, out.get("InstanceProfile").get("Roles").size());
    // Real CLI output (public test stubs).
    assertEquals(
        "EntityAlreadyExists: Instance Profile S3ACCESS-PROFILE already exists.",
        api.error("iam", "CreateInstanceProfile", named("S3ACCESS-PROFILE")));
  }

  @Test
  void aProfileCarriesOneRole() {
    createRole(api, "s3access");
    createRole(api, "other");
    api.ok("iam", "CreateInstanceProfile", named("profile"));
    api.ok("iam", "AddRoleToInstanceProfile", pair("profile", "s3access"));
    var out = api.ok("iam", "GetInstanceProfile", named("profile"));
    // CLI example get-instance-profile: the role's core fields, trust policy as JSON.
    assertEquals("s3access", at(out, "InstanceProfile.Roles.0.RoleName"));
    assertEquals(
        "sts:AssumeRole",
        at(out, "InstanceProfile.Roles.0.AssumeRolePolicyDocument.Statement.0.Action"));
    // Real CLI output (public test stubs): the one-role quota.
    assertEquals(
        "LimitExceeded: Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1",
        api.error("iam", "AddRoleToInstanceProfile", pair("profile", "other")));
    var forRole = api.ok("iam", "ListInstanceProfilesForRole", "{\"RoleName\": \"s3access\"}");
    assertEquals("profile", at(forRole, "InstanceProfiles.0.InstanceProfileName"));
    assertEquals(
        0,
        api.ok("iam", "ListInstanceProfilesForRole", "{\"RoleName\": \"other\"}")
            .get("InstanceProfiles")
            .size());
  }

  @Test
  void unknownProfilesAndRoles() {
    // Real CLI output (public transcripts).
    assertEquals(
        "NoSuchEntity: Instance Profile nope cannot be found.",
        api.error("iam", "GetInstanceProfile", named("nope")));
    api.ok("iam", "CreateInstanceProfile", named("profile"));
    assertEquals(
        "NoSuchEntity: The role with name ghost cannot be found.",
        api.error("iam", "AddRoleToInstanceProfile", pair("profile", "ghost")));
    assertEquals(
        "NoSuchEntity: The role with name ghost cannot be found.",
        api.error("iam", "ListInstanceProfilesForRole", "{\"RoleName\": \"ghost\"}"));
  }

  @Test
  void removingARoleAndDeletingTheProfile() {
    createRole(api, "s3access");
    createRole(api, "other");
    api.ok("iam", "CreateInstanceProfile", named("profile"));
    api.ok("iam", "AddRoleToInstanceProfile", pair("profile", "s3access"));
    // Real CLI output (public issues).
    assertEquals(
        "DeleteConflict: Cannot delete entity, must remove roles from instance profile first.",
        api.error("iam", "DeleteInstanceProfile", named("profile")));
    // IAM's role-not-found wording; not confirmed for a role the profile does not hold.
    assertEquals(
        "NoSuchEntity: The role with name other cannot be found.",
        api.error("iam", "RemoveRoleFromInstanceProfile", pair("profile", "other")));
    api.ok("iam", "RemoveRoleFromInstanceProfile", pair("profile", "S3ACCESS"));
    api.ok("iam", "DeleteInstanceProfile", named("profile"));
    assertEquals(
        "NoSuchEntity: Instance Profile profile cannot be found.",
        api.error("iam", "DeleteInstanceProfile", named("profile")));
  }

  @Test
  void listInstanceProfilesByPath() {
    api.ok("iam", "CreateInstanceProfile", named("b"));
    api.ok("iam", "CreateInstanceProfile", "{\"InstanceProfileName\": \"a\", \"Path\": \"/lab/\"}");
    var all = api.ok("iam", "ListInstanceProfiles", "{}");
    assertEquals("a", at(all, "InstanceProfiles.0.InstanceProfileName"));
    assertEquals(
        "arn:aws:iam::123456789012:instance-profile/lab/a", at(all, "InstanceProfiles.0.Arn"));
    assertEquals(
        1,
        api.ok("iam", "ListInstanceProfiles", "{\"PathPrefix\": \"/lab/\"}")
            .get("InstanceProfiles")
            .size());
    assertEquals(
        "ValidationError: 1 validation error detected: Value 'no space' at 'instanceProfileName'"
            + " failed to satisfy constraint: Member must satisfy regular expression pattern:"
            + " [\\w+=,.@-]+",
        api.error("iam", "CreateInstanceProfile", named("no space")));
  }
}
