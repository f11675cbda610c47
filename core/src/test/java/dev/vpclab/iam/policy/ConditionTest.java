package dev.vpclab.iam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The condition operators, against the IAM user guide's "Condition operators" page. */
class ConditionTest {
  private static final ContextKeys THROUGH_ENDPOINT =
      new ContextKeys(
          Map.of(
              "aws:SourceVpce", List.of("vpce-0aaa"),
              "aws:SourceVpc", List.of("vpc-0123"),
              "aws:VpcSourceIp", List.of("10.0.2.40"),
              "aws:SecureTransport", List.of("true"),
              "aws:username", List.of("admin"),
              "s3:max-keys", List.of("10"),
              "aws:CurrentTime", List.of("2026-11-27T10:00:00Z")));

  private static final ContextKeys FROM_INTERNET =
      new ContextKeys(
          Map.of("aws:SourceIp", List.of("3.14.15.92"), "aws:SecureTransport", List.of("true")));

  private static boolean holds(String operator, String key, ContextKeys context, String... values) {
    return condition(operator, key, values).holds(context, true);
  }

  private static Condition condition(String operator, String key, String... values) {
    return new Condition(operator, ConditionOperator.parse(operator), key, List.of(values));
  }

  @Test
  void stringOperators() {
    assertTrue(holds("StringEquals", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0aaa"));
    assertFalse(holds("StringEquals", "aws:SourceVpce", THROUGH_ENDPOINT, "VPCE-0AAA"));
    assertTrue(holds("StringEqualsIgnoreCase", "aws:SourceVpce", THROUGH_ENDPOINT, "VPCE-0AAA"));
    assertFalse(
        holds("StringNotEqualsIgnoreCase", "aws:SourceVpce", THROUGH_ENDPOINT, "VPCE-0AAA"));
    assertTrue(holds("StringNotEquals", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0bbb"));
    assertFalse(holds("StringNotEquals", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0aaa"));
    assertTrue(holds("StringLike", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0a*"));
    assertTrue(holds("StringLike", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0a?a"));
    assertFalse(holds("StringNotLike", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-*"));
    assertTrue(holds("StringNotLike", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-1*"));
  }

  @Test
  void severalValuesOfOneKeyAreOred() {
    assertTrue(holds("StringEquals", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0bbb", "vpce-0aaa"));
    assertFalse(
        holds("StringEquals", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0bbb", "vpce-0ccc"));
  }

  @Test
  void aNegatedOperatorHoldsOnlyWhenNoValueMatches() {
    assertFalse(
        holds("StringNotEquals", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0bbb", "vpce-0aaa"));
    assertTrue(
        holds("StringNotEquals", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0bbb", "vpce-0ccc"));
  }

  @Test
  void keysAreMatchedIgnoringCase() {
    // The lab's bucket policies spell it aws:sourceVpce (VPC user guide 2021).
    assertTrue(holds("StringEquals", "aws:sourceVpce", THROUGH_ENDPOINT, "vpce-0aaa"));
    assertTrue(holds("StringEquals", "AWS:SOURCEVPC", THROUGH_ENDPOINT, "vpc-0123"));
  }

  @Test
  void aMissingKeyFailsAPositiveTestAndSatisfiesANegatedOne() {
    // aws-facts.md §4: a request not through an endpoint has no aws:SourceVpce, so a Deny with
    // StringNotEquals on it fires.
    assertFalse(holds("StringEquals", "aws:SourceVpce", FROM_INTERNET, "vpce-0aaa"));
    assertTrue(holds("StringNotEquals", "aws:SourceVpce", FROM_INTERNET, "vpce-0aaa"));
    assertTrue(holds("StringNotLike", "aws:SourceVpc", FROM_INTERNET, "vpc-*"));
    assertTrue(holds("ArnNotLike", "aws:PrincipalArn", FROM_INTERNET, "arn:aws:iam::*:role/x"));
    assertFalse(holds("ArnLike", "aws:PrincipalArn", FROM_INTERNET, "arn:aws:iam::*:role/x"));
    assertTrue(holds("NotIpAddress", "aws:SourceIp", THROUGH_ENDPOINT, "203.0.113.0/24"));
    assertFalse(holds("IpAddress", "aws:SourceIp", THROUGH_ENDPOINT, "10.0.0.0/8"));
    assertFalse(holds("NumericLessThan", "s3:max-keys", FROM_INTERNET, "100"));
    assertFalse(holds("Bool", "aws:MultiFactorAuthPresent", FROM_INTERNET, "false"));
  }

  @Test
  void ifExistsPassesAMissingKeyAndTestsAPresentOne() {
    assertTrue(holds("StringEqualsIfExists", "aws:SourceVpce", FROM_INTERNET, "vpce-0bbb"));
    assertFalse(holds("StringEqualsIfExists", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0bbb"));
    assertTrue(holds("StringEqualsIfExists", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0aaa"));
    assertTrue(holds("StringNotEqualsIfExists", "aws:SourceVpce", FROM_INTERNET, "vpce-0aaa"));
  }

  @Test
  void nullAsksWhetherTheKeyIsAbsent() {
    assertTrue(holds("Null", "aws:SourceVpce", FROM_INTERNET, "true"));
    assertFalse(holds("Null", "aws:SourceVpce", FROM_INTERNET, "false"));
    assertTrue(holds("Null", "aws:SourceVpce", THROUGH_ENDPOINT, "false"));
    assertFalse(holds("Null", "aws:SourceVpce", THROUGH_ENDPOINT, "true"));
  }

  @Test
  void setQualifiersCombineTheValuesOfAMultivaluedKey() {
    var tags = new ContextKeys(Map.of("aws:TagKeys", List.of("team", "cost")));
    assertTrue(holds("ForAllValues:StringEquals", "aws:TagKeys", tags, "team", "cost", "env"));
    assertFalse(holds("ForAllValues:StringEquals", "aws:TagKeys", tags, "team"));
    assertTrue(holds("ForAnyValue:StringEquals", "aws:TagKeys", tags, "team"));
    assertFalse(holds("ForAnyValue:StringEquals", "aws:TagKeys", tags, "env"));
    assertTrue(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", tags, "team"));
    assertFalse(holds("ForAllValues:StringNotEquals", "aws:TagKeys", tags, "team"));
    assertTrue(holds("ForAllValues:StringNotEquals", "aws:TagKeys", tags, "env"));
  }

  @Test
  void setQualifiersOnAMissingOrEmptyKey() {
    // Multivalued conditions: an empty set makes ForAllValues true and ForAnyValue false.
    assertTrue(holds("ForAllValues:StringEquals", "aws:TagKeys", FROM_INTERNET, "team"));
    assertFalse(holds("ForAnyValue:StringEquals", "aws:TagKeys", FROM_INTERNET, "team"));
    assertFalse(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", FROM_INTERNET, "team"));
    var empty = new ContextKeys(Map.of("aws:TagKeys", List.of()));
    assertTrue(holds("ForAllValues:StringEquals", "aws:TagKeys", empty, "team"));
    assertFalse(holds("ForAnyValue:StringEquals", "aws:TagKeys", empty, "team"));
  }

  @Test
  void ipAddressTakesCidrsAndBareAddresses() {
    assertTrue(holds("IpAddress", "aws:SourceIp", FROM_INTERNET, "3.14.0.0/16"));
    assertTrue(holds("IpAddress", "aws:SourceIp", FROM_INTERNET, "3.14.15.92"));
    assertFalse(holds("IpAddress", "aws:SourceIp", FROM_INTERNET, "3.14.15.93"));
    assertTrue(holds("IpAddress", "aws:SourceIp", FROM_INTERNET, "10.0.0.0/8", "3.0.0.0/8"));
    assertTrue(holds("NotIpAddress", "aws:SourceIp", FROM_INTERNET, "203.0.113.0/24"));
    assertFalse(holds("NotIpAddress", "aws:SourceIp", FROM_INTERNET, "0.0.0.0/0"));
    assertFalse(holds("IpAddress", "aws:SourceIp", FROM_INTERNET, "2001:DB8:1234:5678::/64"));
    assertTrue(holds("IpAddress", "aws:VpcSourceIp", THROUGH_ENDPOINT, "10.0.0.0/16"));
  }

  @Test
  void boolComparesTrueAndFalse() {
    assertTrue(holds("Bool", "aws:SecureTransport", FROM_INTERNET, "true"));
    assertTrue(holds("Bool", "aws:SecureTransport", FROM_INTERNET, "TRUE"));
    assertFalse(holds("Bool", "aws:SecureTransport", FROM_INTERNET, "false"));
  }

  @Test
  void numericAndDateOperatorsCompareValues() {
    assertTrue(holds("NumericLessThanEquals", "s3:max-keys", THROUGH_ENDPOINT, "10"));
    assertFalse(holds("NumericLessThan", "s3:max-keys", THROUGH_ENDPOINT, "10"));
    assertTrue(holds("NumericEquals", "s3:max-keys", THROUGH_ENDPOINT, "10.0"));
    assertTrue(holds("NumericNotEquals", "s3:max-keys", THROUGH_ENDPOINT, "11"));
    assertTrue(holds("NumericGreaterThan", "s3:max-keys", THROUGH_ENDPOINT, "9"));
    assertTrue(holds("NumericGreaterThanEquals", "s3:max-keys", THROUGH_ENDPOINT, "10"));
    assertFalse(holds("NumericEquals", "s3:max-keys", THROUGH_ENDPOINT, "ten"));
    assertTrue(
        holds("DateGreaterThan", "aws:CurrentTime", THROUGH_ENDPOINT, "2020-01-01T00:00:01Z"));
    assertTrue(holds("DateLessThan", "aws:CurrentTime", THROUGH_ENDPOINT, "2027-01-01"));
    assertTrue(holds("DateEquals", "aws:CurrentTime", THROUGH_ENDPOINT, "1795773600"));
    assertTrue(holds("DateNotEquals", "aws:CurrentTime", THROUGH_ENDPOINT, "2026-11-27T10:00:01Z"));
    assertTrue(
        holds(
            "DateLessThanEquals",
            "aws:CurrentTime",
            THROUGH_ENDPOINT,
            "2026-11-27T11:00:00+01:00"));
    assertTrue(
        holds(
            "DateGreaterThanEquals", "aws:CurrentTime", THROUGH_ENDPOINT, "2026-11-27T10:00:00Z"));
  }

  @Test
  void arnOperatorsMatchPartByPart() {
    var role =
        new ContextKeys(
            Map.of("aws:PrincipalArn", List.of("arn:aws:iam::123456789012:role/S3Access")));
    assertTrue(holds("ArnLike", "aws:PrincipalArn", role, "arn:aws:iam::*:role/S3*"));
    assertTrue(
        holds("ArnEquals", "aws:PrincipalArn", role, "arn:aws:iam::123456789012:role/S3Access"));
    assertTrue(holds("ArnNotLike", "aws:PrincipalArn", role, "arn:aws:iam::*:role/Admin"));
    assertFalse(holds("ArnNotEquals", "aws:PrincipalArn", role, "arn:aws:iam::*:role/*"));
  }

  @Test
  void policyVariablesAreReplacedInStringValuesOfCurrentDocuments() {
    var c = condition("StringEquals", "aws:SourceVpce", "${aws:SourceVpce}");
    assertTrue(c.holds(THROUGH_ENDPOINT, true));
    assertFalse(c.holds(THROUGH_ENDPOINT, false));
    var fallback = condition("StringEquals", "aws:username", "${aws:nothere, 'admin'}");
    assertTrue(fallback.holds(THROUGH_ENDPOINT, true));
    var unset = condition("StringEquals", "aws:username", "${aws:nothere}");
    assertFalse(unset.holds(THROUGH_ENDPOINT, true));
  }

  @Test
  void anUnknownOperatorNeverHolds() {
    assertFalse(holds("StringEqualz", "aws:SourceVpce", THROUGH_ENDPOINT, "vpce-0aaa"));
    assertFalse(holds("StringEqualz", "aws:SourceVpce", FROM_INTERNET, "vpce-0aaa"));
  }

  @Test
  void readsAsInThePolicyAndSaysWhatTheRequestHad() {
    var c = condition("StringNotEquals", "aws:sourceVpce", "vpce-0bbb");
    assertEquals("StringNotEquals aws:sourceVpce [\"vpce-0bbb\"]", c.toString());
    assertEquals("the request has aws:sourceVpce = vpce-0aaa", c.requestSide(THROUGH_ENDPOINT));
    assertEquals("the request has no aws:sourceVpce", c.requestSide(FROM_INTERNET));
  }
}
