package dev.vpclab.iam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Principal element of resource-based and endpoint policies. */
class PrincipalElementTest {
  private static final String ACCOUNT = "123456789012";
  private static final String ROLE_ARN = "arn:aws:iam::123456789012:role/S3Role";
  private static final String SESSION_ARN = "arn:aws:sts::123456789012:assumed-role/S3Role/i-0abc";
  private static final Requester SESSION =
      new Requester(SESSION_ARN, Optional.of(ROLE_ARN), ACCOUNT);
  private static final Requester ADMIN =
      new Requester("arn:aws:iam::123456789012:user/admin", Optional.empty(), ACCOUNT);

  private static PrincipalMatch match(String statementJson, Requester requester) throws Exception {
    return PrincipalElement.read(new ObjectMapper().readTree(statementJson)).match(requester);
  }

  @Test
  void aStarNamesEveryone() throws Exception {
    assertEquals(PrincipalMatch.DIRECT, match("{\"Principal\":\"*\"}", SESSION));
    assertEquals(PrincipalMatch.DIRECT, match("{\"Principal\":{\"AWS\":\"*\"}}", ADMIN));
  }

  @Test
  void aUserRoleOrSessionArnNamesTheCallerItself() throws Exception {
    assertEquals(
        PrincipalMatch.DIRECT,
        match("{\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:user/admin\"}}", ADMIN));
    assertEquals(
        PrincipalMatch.DIRECT, match("{\"Principal\":{\"AWS\":\"" + ROLE_ARN + "\"}}", SESSION));
    assertEquals(
        PrincipalMatch.DIRECT,
        match(
            "{\"Principal\":{\"AWS\":[\"arn:aws:iam::1:user/x\",\"" + SESSION_ARN + "\"]}}",
            SESSION));
    assertEquals(
        PrincipalMatch.NONE, match("{\"Principal\":{\"AWS\":\"" + ROLE_ARN + "\"}}", ADMIN));
  }

  @Test
  void theAccountIdOrRootArnNamesOnlyTheAccount() throws Exception {
    assertEquals(
        PrincipalMatch.ACCOUNT, match("{\"Principal\":{\"AWS\":\"123456789012\"}}", SESSION));
    assertEquals(
        PrincipalMatch.ACCOUNT,
        match("{\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"}}", ADMIN));
    assertEquals(PrincipalMatch.NONE, match("{\"Principal\":{\"AWS\":\"999999999999\"}}", ADMIN));
  }

  @Test
  void serviceAndFederatedPrincipalsNeverNameACaller() throws Exception {
    assertEquals(
        PrincipalMatch.NONE, match("{\"Principal\":{\"Service\":\"ec2.amazonaws.com\"}}", SESSION));
  }

  @Test
  void wildcardsInArnsAreLiteral() throws Exception {
    assertEquals(
        PrincipalMatch.NONE,
        match("{\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:role/*\"}}", SESSION));
  }

  @Test
  void notPrincipalSparesOnlyACallerNamedAtEveryLevel() throws Exception {
    String all =
        "{\"NotPrincipal\":{\"AWS\":[\""
            + SESSION_ARN
            + "\",\""
            + ROLE_ARN
            + "\",\"arn:aws:iam::123456789012:root\"]}}";
    assertEquals(PrincipalMatch.NONE, match(all, SESSION));
    String withoutAccount =
        "{\"NotPrincipal\":{\"AWS\":[\"" + SESSION_ARN + "\",\"" + ROLE_ARN + "\"]}}";
    assertEquals(PrincipalMatch.DIRECT, match(withoutAccount, SESSION));
    String withoutSession =
        "{\"NotPrincipal\":{\"AWS\":[\"" + ROLE_ARN + "\",\"" + ACCOUNT + "\"]}}";
    assertEquals(PrincipalMatch.DIRECT, match(withoutSession, SESSION));
    String userAndAccount =
        "{\"NotPrincipal\":{\"AWS\":[\"arn:aws:iam::123456789012:user/admin\",\""
            + ACCOUNT
            + "\"]}}";
    assertEquals(PrincipalMatch.NONE, match(userAndAccount, ADMIN));
    assertEquals(PrincipalMatch.DIRECT, match(userAndAccount, SESSION));
  }

  @Test
  void noPrincipalElementNamesNobody() throws Exception {
    assertEquals(PrincipalMatch.NONE, match("{\"Effect\":\"Allow\"}", SESSION));
  }

  @Test
  void eachPolicyTypeReadsTheMatchItsOwnWay() {
    assertTrue(PolicyType.IDENTITY.covers(Effect.ALLOW, PrincipalMatch.NONE));
    assertTrue(PolicyType.RESOURCE.covers(Effect.ALLOW, PrincipalMatch.DIRECT));
    assertFalse(PolicyType.RESOURCE.covers(Effect.ALLOW, PrincipalMatch.ACCOUNT));
    assertTrue(PolicyType.RESOURCE.covers(Effect.DENY, PrincipalMatch.ACCOUNT));
    assertFalse(PolicyType.RESOURCE.covers(Effect.DENY, PrincipalMatch.NONE));
    assertTrue(PolicyType.VPC_ENDPOINT.covers(Effect.ALLOW, PrincipalMatch.DIRECT));
    assertFalse(PolicyType.VPC_ENDPOINT.covers(Effect.ALLOW, PrincipalMatch.ACCOUNT));
    assertFalse(PolicyType.VPC_ENDPOINT.covers(Effect.DENY, PrincipalMatch.ACCOUNT));
  }
}
