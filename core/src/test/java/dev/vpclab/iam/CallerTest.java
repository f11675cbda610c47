package dev.vpclab.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void theAdministratorAndAnInstanceSessionHaveTheirRealArns() {
    assertEquals("arn:aws:iam::123456789012:user/admin", Caller.admin().arn());
    // aws-facts.md §2: an instance role's session is named after the instance.
    assertEquals(
        "arn:aws:sts::123456789012:assumed-role/S3Role/i-0199bf97fb9d996f1",
        Caller.instanceRole("S3Role", "i-0199bf97fb9d996f1").arn());
  }

  @Test
  void aPrincipalArnOfThisAccountReadsBack() {
    assertEquals(
        Optional.of(new Caller.RoleSession("S3Role", "i-0abc")),
        Caller.fromArn("arn:aws:sts::123456789012:assumed-role/S3Role/i-0abc"));
    assertEquals(
        Optional.of(Caller.admin()), Caller.fromArn("arn:aws:iam::123456789012:user/admin"));
    assertEquals(
        Optional.of(new Caller.User("bob")),
        Caller.fromArn("arn:aws:iam::123456789012:user/team/bob"));
  }

  @Test
  void otherAccountsAndOtherPrincipalsAreNoCallers() {
    assertTrue(Caller.fromArn("arn:aws:iam::999999999999:user/admin").isEmpty());
    assertTrue(Caller.fromArn("arn:aws:iam::123456789012:role/S3Role").isEmpty());
    assertTrue(Caller.fromArn("arn:aws:iam::123456789012:root").isEmpty());
  }
}
