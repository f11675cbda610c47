package dev.vpclab.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.iam.action.ApiCall;
import dev.vpclab.iam.policy.Glob;
import dev.vpclab.iam.policy.PolicyType;
import dev.vpclab.model.World;
import dev.vpclab.model.iam.Role;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the evaluation logic that must hold whatever the policy says. */
class AuthorizationPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final World LAB = new LabAccount().world();

  /** Calls of every service the lab uses, with the parameters their resources come from. */
  private static final List<ApiCall> CALLS =
      List.of(
          call("s3api", "ListBuckets", "{}"),
          call("s3api", "GetObject", "{\"Bucket\":\"lab-bucket\",\"Key\":\"logs/a.txt\"}"),
          call("s3api", "ListObjectsV2", "{\"Bucket\":\"lab-bucket\"}"),
          call("s3api", "PutObject", "{\"Bucket\":\"lab-bucket\",\"Key\":\"b\"}"),
          call("ec2", "DescribeVpcs", "{}"),
          call("ec2", "DeleteVpc", "{\"VpcId\":\"vpc-0a1b\"}"),
          call("iam", "ListRoles", "{}"),
          call("iam", "GetRole", "{\"RoleName\":\"S3Role\"}"),
          call("ssm", "GetParameter", "{\"Name\":\"/aws/service/x\"}"),
          call("dynamodb", "ListTables", "{}"));

  /** Statements an identity policy of the lab might hold. */
  private static final List<String> STATEMENTS =
      List.of(
          "{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}",
          "{\"Effect\":\"Allow\",\"Action\":[\"s3:Get*\",\"s3:List*\"],\"Resource\":\"*\"}",
          "{\"Effect\":\"Allow\",\"Action\":\"ec2:Describe*\",\"Resource\":\"*\"}",
          "{\"Effect\":\"Deny\",\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::lab-bucket/*\"}",
          "{\"Effect\":\"Allow\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}",
          "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":{\"aws:SourceVpce\":\"vpce-0ffffffffffffffff\"}}}",
          "{\"Effect\":\"Allow\",\"Action\":\"iam:Get*\",\"Resource\":\"arn:aws:iam::123456789012:role/*\"}",
          "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"IpAddress\":{\"aws:VpcSourceIp\":\"10.0.0.0/16\"}}}");

  /** Statements about services no call above uses. */
  private static final List<String> UNRELATED =
      List.of(
          "{\"Effect\":\"Deny\",\"Action\":\"sqs:*\",\"Resource\":\"*\"}",
          "{\"Effect\":\"Allow\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}",
          "{\"Effect\":\"Deny\",\"Action\":[\"sns:Publish\",\"logs:*\"],\"Resource\":\"*\"}",
          "{\"Effect\":\"Allow\",\"Action\":\"lambda:*\",\"Resource\":\"*\"}");

  private static ApiCall call(String service, String operation, String params) {
    try {
      return new ApiCall(service, operation, JSON.readTree(params), "us-east-2");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Decision check(List<String> statements, ApiCall call) {
    String document =
        "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    var tx = LAB.begin();
    Role role = tx.find(Role.class, "s3role").orElseThrow();
    tx.put(role.withInline(Map.of("generated", document)));
    return Authorization.check(tx.commit(), LabAccount.SESSION, call, LabAccount.THROUGH_ENDPOINT);
  }

  @Provide
  Arbitrary<ApiCall> calls() {
    return Arbitraries.of(CALLS);
  }

  @Provide
  Arbitrary<List<String>> policies() {
    return Arbitraries.of(STATEMENTS).list().ofMinSize(0).ofMaxSize(5);
  }

  /**
   * A pattern covering the action: itself, {@code *}, its service's {@code *}, a {@code ?}, case.
   */
  private static Arbitrary<String> patternsCovering(String action) {
    String prefix = action.substring(0, action.indexOf(':') + 1);
    Arbitrary<String> questionMarks =
        Arbitraries.integers()
            .between(prefix.length(), action.length() - 1)
            .map(i -> action.substring(0, i) + "?" + action.substring(i + 1));
    return Arbitraries.oneOf(
        Arbitraries.just(action),
        Arbitraries.just("*"),
        Arbitraries.just(prefix + "*"),
        Arbitraries.just(action.toUpperCase()),
        questionMarks);
  }

  @Provide
  Arbitrary<Object[]> denials() {
    return calls()
        .flatMap(
            call -> {
              String action = Authorization.target(LAB, call).action();
              return Combinators.combine(
                      patternsCovering(action), Arbitraries.of("\"*\"", "[\"*\"]", "\"arn:*\""))
                  .as((pattern, resource) -> new Object[] {call, pattern, resource});
            });
  }

  @Property
  void anApplicableDenyBeatsAllowingEverything(@ForAll("denials") Object[] denial) {
    ApiCall call = (ApiCall) denial[0];
    String deny =
        "{\"Effect\":\"Deny\",\"Action\":\"" + denial[1] + "\",\"Resource\":" + denial[2] + "}";
    var statements = List.of("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}", deny);
    Decision decision = check(statements, call);
    String resource = (String) denial[2];
    boolean coversAll =
        Authorization.target(LAB, call).resources().stream()
            .allMatch(r -> !resource.contains("arn:") || r.arn().startsWith("arn:"));
    if (!coversAll) {
      return; // "arn:*" cannot cover an action that takes no resource ("*")
    }
    assertFalse(decision.allowed(), call + " with " + deny);
    var denied = (Decision.Denied) decision;
    assertEquals(Decision.Reason.EXPLICIT_DENY, denied.reason());
    assertEquals(PolicyType.IDENTITY, denied.policyType());
    assertEquals(1, denied.statement().orElseThrow().index());
  }

  @Property
  void anUnrelatedStatementNeverChangesADecision(
      @ForAll("policies") List<String> policy,
      @ForAll("calls") ApiCall call,
      @ForAll("unrelated") String unrelated,
      @ForAll boolean first) {
    Decision before = check(policy, call);
    var more = new java.util.ArrayList<>(policy);
    more.add(first ? 0 : more.size(), unrelated);
    Decision after = check(more, call);
    assertEquals(before.allowed(), after.allowed());
    if (before instanceof Decision.Denied was && after instanceof Decision.Denied now) {
      assertEquals(was.reason(), now.reason());
      assertEquals(was.policyType(), now.policyType());
      assertEquals(was.error(), now.error());
    }
  }

  @Provide
  Arbitrary<String> unrelated() {
    return Arbitraries.of(UNRELATED);
  }

  @Property
  void theDefaultEndpointPolicyNeverDecides(
      @ForAll("policies") List<String> policy, @ForAll("calls") ApiCall call) {
    Decision decision = check(policy, call);
    if (decision instanceof Decision.Denied denied && denied.target().needsPermission()) {
      assertTrue(denied.policyType() != PolicyType.VPC_ENDPOINT, denied.error().enhancedMessage());
    }
  }

  @Provide
  Arbitrary<String[]> textsAndCoveringPatterns() {
    return Arbitraries.strings()
        .withChars("ab:/-*?")
        .ofMaxLength(12)
        .flatMap(
            text ->
                Arbitraries.integers()
                    .between(0, text.length())
                    .tuple2()
                    .map(
                        t -> {
                          int from = Math.min(t.get1(), t.get2());
                          int to = Math.max(t.get1(), t.get2());
                          return new String[] {
                            text, text.substring(0, from) + "*" + text.substring(to)
                          };
                        }));
  }

  @Property
  void aStarInPlaceOfAnyRunStillMatches(@ForAll("textsAndCoveringPatterns") String[] pair) {
    assertTrue(Glob.matches(pair[1], pair[0]), pair[1] + " vs " + pair[0]);
    assertTrue(Glob.matches(pair[0], pair[0]), "a text read as a pattern matches itself");
  }
}
