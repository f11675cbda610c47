package dev.vpclab.cli.sts;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.Test;

class CallerIdentityTest {

  @Test
  void theLaptopIsTheAdministratorUser() {
    var out = new ApiTester().ok("sts", "GetCallerIdentity", "{}");
    // CLI example get-caller-identity: UserId, Account, Arn of the signing IAM user.
    assertEquals("AIDAQ3EGVS4Z7LUNTJ5XM", at(out, "UserId"));
    assertEquals("123456789012", at(out, "Account"));
    assertEquals("arn:aws:iam::123456789012:user/admin", at(out, "Arn"));
  }
}
