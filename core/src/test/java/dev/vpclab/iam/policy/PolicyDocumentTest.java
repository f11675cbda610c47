package dev.vpclab.iam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading documents and matching their statements' actions, resources and conditions. */
class PolicyDocumentTest {
  private static final Requester ROLE_SESSION =
      new Requester(
          "arn:aws:sts::123456789012:assumed-role/S3Role/i-0abc",
          Optional.of("arn:aws:iam::123456789012:role/S3Role"),
          "123456789012");

  private static AccessRequest request(String action, String resource) {
    return new AccessRequest(action, resource, ROLE_SESSION, ContextKeys.NONE);
  }

  private static List<StatementResult> identity(String document, AccessRequest request) {
    return PolicyDocument.read(document).check(request, PolicyType.IDENTITY);
  }

  @Test
  void statementMayBeOneObjectOrAList() {
    String single =
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}}";
    String list =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"},"
            + "{\"Sid\":\"Two\",\"Effect\":\"Deny\",\"Action\":\"s3:Delete*\",\"Resource\":\"*\"}]}";
    assertEquals(1, PolicyDocument.read(single).statements().size());
    var statements = PolicyDocument.read(list).statements();
    assertEquals(2, statements.size());
    assertEquals(Optional.of("Two"), statements.get(1).sid());
    assertEquals(1, statements.get(1).index());
    assertEquals(Optional.of(Effect.DENY), statements.get(1).effect());
  }

  @Test
  void versionDefaultsToTheOldOneWhichHasNoVariables() {
    assertEquals("2008-10-17", PolicyDocument.read("{\"Statement\":[]}").version());
    assertFalse(PolicyDocument.read("{\"Statement\":[]}").takesVariables());
    assertTrue(
        PolicyDocument.read("{\"Version\":\"2012-10-17\",\"Statement\":[]}").takesVariables());
  }

  @Test
  void textThatIsNoObjectHasNoStatements() {
    assertTrue(PolicyDocument.read("not json").statements().isEmpty());
    assertTrue(PolicyDocument.read("[1,2]").statements().isEmpty());
  }

  @Test
  void actionsMatchIgnoringCaseWithWildcards() {
    String doc =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:list*\",\"ec2:Describe?pcs\"],\"Resource\":\"*\"}]}";
    assertTrue(identity(doc, request("s3:ListBucket", "arn:aws:s3:::b")).get(0).allows());
    assertTrue(identity(doc, request("s3:ListAllMyBuckets", "*")).get(0).allows());
    assertTrue(identity(doc, request("ec2:DescribeVpcs", "*")).get(0).allows());
    var miss = identity(doc, request("s3:GetObject", "arn:aws:s3:::b/k")).get(0);
    assertFalse(miss.applies());
    assertEquals(Mismatch.Element.ACTION, miss.mismatch().orElseThrow().element());
    assertEquals(
        "action: s3:GetObject is not covered by Action [s3:list*, ec2:Describe?pcs]",
        miss.mismatch().orElseThrow().toString());
  }

  @Test
  void notActionCoversEverythingElse() {
    String doc =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}]}";
    assertTrue(identity(doc, request("s3:ListAllMyBuckets", "*")).get(0).allows());
    assertFalse(identity(doc, request("iam:CreateRole", "*")).get(0).applies());
  }

  @Test
  void resourcesMatchCaseSensitivelyWithWildcards() {
    String doc =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::lab-bucket\",\"arn:aws:s3:::lab-bucket/*\"]}]}";
    assertTrue(identity(doc, request("s3:ListBucket", "arn:aws:s3:::lab-bucket")).get(0).allows());
    assertTrue(
        identity(doc, request("s3:GetObject", "arn:aws:s3:::lab-bucket/a/b")).get(0).allows());
    assertFalse(
        identity(doc, request("s3:ListBucket", "arn:aws:s3:::Lab-Bucket")).get(0).applies());
    var other = identity(doc, request("s3:ListBucket", "arn:aws:s3:::other")).get(0);
    assertEquals(Mismatch.Element.RESOURCE, other.mismatch().orElseThrow().element());
    // A "*" request resource (an action without resource-level permissions) needs Resource "*".
    assertFalse(identity(doc, request("s3:ListAllMyBuckets", "*")).get(0).applies());
  }

  @Test
  void notResourceCoversEverythingElse() {
    String doc =
        "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"NotResource\":\"arn:aws:s3:::lab-bucket/*\"}]}";
    assertTrue(identity(doc, request("s3:GetObject", "arn:aws:s3:::other/k")).get(0).denies());
    assertFalse(
        identity(doc, request("s3:GetObject", "arn:aws:s3:::lab-bucket/k")).get(0).applies());
  }

  @Test
  void resourceVariablesAreReplacedInCurrentDocumentsOnly() {
    String body =
        "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::home/${aws:username}/*\"}]";
    var keys = new ContextKeys(Map.of("aws:username", List.of("alice")));
    var request =
        new AccessRequest("s3:GetObject", "arn:aws:s3:::home/alice/x", ROLE_SESSION, keys);
    assertTrue(
        PolicyDocument.read("{\"Version\":\"2012-10-17\"," + body + "}")
            .check(request, PolicyType.IDENTITY)
            .get(0)
            .allows());
    assertFalse(
        PolicyDocument.read("{\"Version\":\"2008-10-17\"," + body + "}")
            .check(request, PolicyType.IDENTITY)
            .get(0)
            .applies());
  }

  @Test
  void aStatementWithoutActionResourceOrValidEffectNeverApplies() {
    assertFalse(
        identity(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"*\"}]}",
                request("s3:GetObject", "*"))
            .get(0)
            .applies());
    assertFalse(
        identity(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\"}]}",
                request("s3:GetObject", "*"))
            .get(0)
            .applies());
    var lowercase =
        identity(
                "{\"Statement\":[{\"Effect\":\"allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}",
                request("s3:GetObject", "*"))
            .get(0);
    assertEquals(Mismatch.Element.EFFECT, lowercase.mismatch().orElseThrow().element());
  }

  @Test
  void conditionsOfSeveralKeysAndOperatorsAreAnded() {
    String doc =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\",\"Condition\":{"
            + "\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1\",\"aws:SourceVpc\":\"vpc-1\"},"
            + "\"Bool\":{\"aws:SecureTransport\":true}}}]}";
    var all =
        new ContextKeys(
            Map.of(
                "aws:SourceVpce", List.of("vpce-1"),
                "aws:SourceVpc", List.of("vpc-1"),
                "aws:SecureTransport", List.of("true")));
    assertTrue(check(doc, all).allows());
    var wrongVpc = all.with("aws:SourceVpc", "vpc-2");
    StatementResult result = check(doc, wrongVpc);
    assertFalse(result.applies());
    assertEquals(
        "condition: StringEquals aws:SourceVpc [\"vpc-1\"] does not hold: the request has aws:SourceVpc = vpc-2",
        result.mismatch().orElseThrow().toString());
    assertFalse(check(doc, all.with("aws:SecureTransport", "false")).applies());
  }

  @Test
  void anUnknownOperatorMakesTheStatementInapplicable() {
    String doc =
        "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringEqualz\":{\"aws:SourceVpce\":\"v\"}}}]}";
    var result = check(doc, ContextKeys.NONE);
    assertEquals(
        "condition: unknown condition operator StringEqualz",
        result.mismatch().orElseThrow().toString());
  }

  @Test
  void labelsNameTheIndexAndSid() {
    String doc =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
            + "{\"Sid\":\"Deny-it\",\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}";
    var results = identity(doc, request("s3:GetObject", "*"));
    assertEquals("statement 0", results.get(0).label());
    assertEquals("statement 1 (Sid \"Deny-it\")", results.get(1).label());
  }

  private static StatementResult check(String doc, ContextKeys keys) {
    var request = new AccessRequest("s3:GetObject", "arn:aws:s3:::b/k", ROLE_SESSION, keys);
    return PolicyDocument.read(doc).check(request, PolicyType.IDENTITY).get(0);
  }
}
