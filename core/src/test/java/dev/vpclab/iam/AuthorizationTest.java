package dev.vpclab.iam;

import static dev.vpclab.iam.LabAccount.BUCKET;
import static dev.vpclab.iam.LabAccount.ENDPOINT;
import static dev.vpclab.iam.LabAccount.FROM_LAPTOP;
import static dev.vpclab.iam.LabAccount.OTHER_ENDPOINT;
import static dev.vpclab.iam.LabAccount.SESSION;
import static dev.vpclab.iam.LabAccount.THROUGH_ENDPOINT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.iam.PolicyResult.Outcome;
import dev.vpclab.iam.policy.PolicyType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lab's calls and failure modes (issue 3, "Calls from an instance", step 7). */
class AuthorizationTest {
  private static final String SESSION_ARN =
      "arn:aws:sts::123456789012:assumed-role/S3Role/i-0123456789abcdef0";

  /** The VPC user guide's bucket policy that admits one endpoint only (aws-facts.md §4). */
  private static final String ONLY_OTHER_ENDPOINT =
      "{\"Version\":\"2012-10-17\",\"Id\":\"Policy1415115909152\",\"Statement\":[{\"Sid\":\"Access-to-specific-VPCE-only\","
          + "\"Principal\":\"*\",\"Action\":\"s3:*\",\"Effect\":\"Deny\","
          + "\"Resource\":[\"arn:aws:s3:::lab-bucket\",\"arn:aws:s3:::lab-bucket/*\"],"
          + "\"Condition\":{\"StringNotEquals\":{\"aws:sourceVpce\":\""
          + OTHER_ENDPOINT
          + "\"}}}]}";

  /** The VPC user guide's endpoint policy that admits one bucket only. */
  private static final String ENDPOINT_FOR_ANOTHER_BUCKET =
      "{\"Statement\":[{\"Sid\":\"Access-to-specific-bucket-only\",\"Principal\":\"*\","
          + "\"Action\":[\"s3:GetObject\",\"s3:PutObject\"],\"Effect\":\"Allow\","
          + "\"Resource\":[\"arn:aws:s3:::my_secure_bucket\",\"arn:aws:s3:::my_secure_bucket/*\"]}]}";

  private static final String ENDPOINT_DENYING_DELETES =
      "{\"Version\":\"2012-10-17\",\"Statement\":["
          + "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"},"
          + "{\"Sid\":\"NoDeletes\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:Delete*\",\"Resource\":\"*\"}]}";

  private final LabAccount lab = new LabAccount();

  private static Decision.Denied denied(Decision decision) {
    assertFalse(decision.allowed(), "expected a denial");
    return (Decision.Denied) decision;
  }

  private static Decision.Allowed allowed(Decision decision) {
    if (decision instanceof Decision.Denied d) {
      throw new AssertionError("denied: " + d.error().enhancedMessage());
    }
    return (Decision.Allowed) decision;
  }

  @Test
  void aRoleWithoutS3PermissionCannotListBuckets() {
    var denial = denied(lab.check(SESSION, THROUGH_ENDPOINT, "s3api", "ListBuckets", "{}"));
    assertEquals(Decision.Reason.NO_ALLOW, denial.reason());
    assertEquals(PolicyType.IDENTITY, denial.policyType());
    assertEquals(Optional.empty(), denial.decidedBy());
    assertEquals(
        "no identity-based policy allows s3:ListAllMyBuckets (the caller has none)", denial.why());
    // aws-facts.md §2 and §12: S3's answer before and after August 2024.
    assertEquals("AccessDenied", denial.error().code());
    assertEquals("Access Denied", denial.error().classicMessage());
    assertEquals(
        "User: "
            + SESSION_ARN
            + " is not authorized to perform: s3:ListAllMyBuckets because no identity-based"
            + " policy allows the s3:ListAllMyBuckets action",
        denial.error().enhancedMessage());
    // The endpoint's default policy was checked and allowed; the role has no policy at all.
    assertEquals(1, denial.considered().size());
    assertEquals(Outcome.ALLOWS, denial.considered().get(0).outcome());
  }

  @Test
  void aRoleWithS3FullAccessListsThroughTheDefaultEndpointPolicy() {
    lab.attach("AmazonS3FullAccess");
    var allowed = allowed(lab.check(SESSION, THROUGH_ENDPOINT, "s3api", "ListBuckets", "{}"));
    var grant = allowed.grantedBy().orElseThrow();
    assertEquals("managed policy AmazonS3FullAccess (v2)", grant.source().label());
    assertEquals(Optional.of("arn:aws:iam::aws:policy/AmazonS3FullAccess"), grant.source().arn());
    assertEquals(0, grant.deciding().orElseThrow().index());
    assertEquals("allowed by managed policy AmazonS3FullAccess (v2), statement 0", allowed.why());
    assertEquals(
        List.of("endpoint policy of " + ENDPOINT, "managed policy AmazonS3FullAccess (v2)"),
        allowed.considered().stream().map(r -> r.source().label()).toList());
  }

  @Test
  void listingAllBucketsIsGrantedOnAllBucketsNotOnOne() {
    lab.inline(
        "one-bucket",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
            + "\"Resource\":[\"arn:aws:s3:::lab-bucket\",\"arn:aws:s3:::lab-bucket/*\"]}]}");
    denied(lab.check(SESSION, THROUGH_ENDPOINT, "s3api", "ListBuckets", "{}"));
    lab.inline(
        "all-buckets",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListAllMyBuckets\","
            + "\"Resource\":\"arn:aws:s3:::*\"}]}");
    allowed(lab.check(SESSION, THROUGH_ENDPOINT, "s3api", "ListBuckets", "{}"));
  }

  @Test
  void aReadOnlyRoleMayListButNotWrite() {
    lab.attach("AmazonS3ReadOnlyAccess");
    allowed(
        lab.check(
            SESSION, THROUGH_ENDPOINT, "s3api", "ListObjectsV2", "{\"Bucket\":\"lab-bucket\"}"));
    var put =
        denied(
            lab.check(
                SESSION,
                THROUGH_ENDPOINT,
                "s3api",
                "PutObject",
                "{\"Bucket\":\"lab-bucket\",\"Key\":\"a.txt\"}"));
    // Real S3 output quotes the resource (aws-ia/terraform-aws-bedrock #41).
    assertEquals(
        "User: "
            + SESSION_ARN
            + " is not authorized to perform: s3:PutObject on resource: \"arn:aws:s3:::lab-bucket/a.txt\""
            + " because no identity-based policy allows the s3:PutObject action",
        put.error().enhancedMessage());
    var miss = put.considered().get(1).statements().get(0).mismatch().orElseThrow();
    assertEquals(
        "action: s3:PutObject is not covered by Action [s3:Get*, s3:List*, s3:Describe*, s3-object-lambda:Get*, s3-object-lambda:List*]",
        miss.toString());
  }

  @Test
  void anEndpointPolicyDenyIsAnExplicitDeny() {
    lab.attach("AmazonS3FullAccess").endpoint(ENDPOINT, ENDPOINT_DENYING_DELETES);
    var denial =
        denied(
            lab.check(
                SESSION,
                THROUGH_ENDPOINT,
                "s3api",
                "DeleteObject",
                "{\"Bucket\":\"lab-bucket\",\"Key\":\"a.txt\"}"));
    assertEquals(Decision.Reason.EXPLICIT_DENY, denial.reason());
    assertEquals(PolicyType.VPC_ENDPOINT, denial.policyType());
    assertEquals(
        "endpoint policy of " + ENDPOINT, denial.decidedBy().orElseThrow().source().label());
    assertEquals("statement 1 (Sid \"NoDeletes\")", denial.statement().orElseThrow().label());
    assertEquals(
        "denied by endpoint policy of " + ENDPOINT + ", statement 1 (Sid \"NoDeletes\")",
        denial.why());
    // S3 troubleshooting guide, "Access denied due to a VPC endpoint policy – explicit denial".
    assertEquals(
        "User: "
            + SESSION_ARN
            + " is not authorized to perform: s3:DeleteObject on resource: \"arn:aws:s3:::lab-bucket/a.txt\""
            + " with an explicit deny in a VPC endpoint policy",
        denial.error().enhancedMessage());
    allowed(lab.check(SESSION, THROUGH_ENDPOINT, "s3api", "ListBuckets", "{}"));
  }

  @Test
  void anEndpointPolicyForAnotherBucketAllowsNothingHere() {
    lab.attach("AmazonS3FullAccess").endpoint(ENDPOINT, ENDPOINT_FOR_ANOTHER_BUCKET);
    var denial =
        denied(
            lab.check(
                SESSION,
                THROUGH_ENDPOINT,
                "s3api",
                "ListObjectsV2",
                "{\"Bucket\":\"lab-bucket\"}"));
    assertEquals(Decision.Reason.NO_ALLOW, denial.reason());
    assertEquals(PolicyType.VPC_ENDPOINT, denial.policyType());
    assertEquals(
        "User: "
            + SESSION_ARN
            + " is not authorized to perform: s3:ListBucket on resource: \"arn:aws:s3:::lab-bucket\""
            + " because no VPC endpoint policy allows the s3:ListBucket action",
        denial.error().enhancedMessage());
    assertEquals(Outcome.DOES_NOT_APPLY, denial.decidedBy().orElseThrow().outcome());
    assertEquals(
        "no statement of endpoint policy of "
            + ENDPOINT
            + " allows s3:ListBucket on arn:aws:s3:::lab-bucket",
        denial.why());
    // The same role over the internet does not meet that endpoint.
    allowed(
        lab.check(
            SESSION,
            RequestContext.fromInternet(dev.vpclab.net.Ipv4.of("3.14.15.92")),
            "s3api",
            "ListObjectsV2",
            "{\"Bucket\":\"lab-bucket\"}"));
  }

  @Test
  void aBucketPolicyForAnotherEndpointDeniesThisOne() {
    lab.attach("AmazonS3FullAccess").bucketPolicy(ONLY_OTHER_ENDPOINT);
    var denial =
        denied(
            lab.check(
                SESSION,
                THROUGH_ENDPOINT,
                "s3api",
                "ListObjectsV2",
                "{\"Bucket\":\"lab-bucket\"}"));
    assertEquals(Decision.Reason.EXPLICIT_DENY, denial.reason());
    assertEquals(PolicyType.RESOURCE, denial.policyType());
    assertEquals("bucket policy of " + BUCKET, denial.decidedBy().orElseThrow().source().label());
    assertEquals(
        "statement 0 (Sid \"Access-to-specific-VPCE-only\")",
        denial.statement().orElseThrow().label());
    // Real S3 wording for a bucket-policy deny (noobaa-core #10060 quotes AWS).
    assertEquals(
        "User: "
            + SESSION_ARN
            + " is not authorized to perform: s3:ListBucket on resource: \"arn:aws:s3:::lab-bucket\""
            + " with an explicit deny in a resource-based policy",
        denial.error().enhancedMessage());
    assertEquals(
        List.of(Outcome.ALLOWS, Outcome.ALLOWS, Outcome.DENIES),
        denial.considered().stream().map(PolicyResult::outcome).toList());

    // Through the endpoint the policy names, the Deny's condition does not hold.
    var named =
        RequestContext.throughEndpoint(OTHER_ENDPOINT, LabAccount.VPC, LabAccount.PRIVATE_IP);
    var allowed =
        allowed(lab.check(SESSION, named, "s3api", "ListObjectsV2", "{\"Bucket\":\"lab-bucket\"}"));
    var bucket = allowed.considered().get(2);
    assertEquals(Outcome.DOES_NOT_APPLY, bucket.outcome());
    assertEquals(
        "condition: StringNotEquals aws:sourceVpce [\""
            + OTHER_ENDPOINT
            + "\"] does not hold:"
            + " the request has aws:sourceVpce = "
            + OTHER_ENDPOINT,
        bucket.statements().get(0).mismatch().orElseThrow().toString());

    // ListBuckets is about no bucket, so the bucket policy does not take part.
    allowed(lab.check(SESSION, THROUGH_ENDPOINT, "s3api", "ListBuckets", "{}"));
  }

  @Test
  void theEndpointOnlyBucketRefusesEvenTheAdministratorOnTheInternet() {
    lab.bucketPolicy(ONLY_OTHER_ENDPOINT);
    var denial =
        denied(
            lab.check(
                Caller.admin(),
                FROM_LAPTOP,
                "s3api",
                "GetObject",
                "{\"Bucket\":\"lab-bucket\",\"Key\":\"k\"}"));
    assertEquals(Decision.Reason.EXPLICIT_DENY, denial.reason());
    assertEquals(
        "User: arn:aws:iam::123456789012:user/admin is not authorized to perform: s3:GetObject"
            + " on resource: \"arn:aws:s3:::lab-bucket/k\" with an explicit deny in a resource-based policy",
        denial.error().enhancedMessage());
    // aws-facts.md §4: without an endpoint the request has no aws:SourceVpce, so the Deny fires.
    assertEquals(
        "statement 0 (Sid \"Access-to-specific-VPCE-only\")",
        denial.statement().orElseThrow().label());
  }

  @Test
  void theAdministratorMayDoAnythingFromTheLaptop() {
    var allowed =
        allowed(
            lab.check(
                Caller.admin(),
                FROM_LAPTOP,
                "ec2",
                "CreateVpc",
                "{\"CidrBlock\":\"10.0.0.0/16\"}"));
    assertEquals(
        "managed policy AdministratorAccess (v1)",
        allowed.grantedBy().orElseThrow().source().label());
    allowed(lab.check(Caller.admin(), FROM_LAPTOP, "iam", "ListRoles", "{}"));
    allowed(lab.check(Caller.admin(), FROM_LAPTOP, "s3api", "ListBuckets", "{}"));
  }

  @Test
  void aBucketPolicyNamingTheRoleGrantsWithoutAnIdentityPolicy() {
    lab.bucketPolicy(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:role/S3Role\"},"
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lab-bucket/*\"}]}");
    var allowed =
        allowed(
            lab.check(
                SESSION,
                THROUGH_ENDPOINT,
                "s3api",
                "GetObject",
                "{\"Bucket\":\"lab-bucket\",\"Key\":\"k\"}"));
    assertEquals("bucket policy of lab-bucket", allowed.grantedBy().orElseThrow().source().label());
  }

  @Test
  void aBucketPolicyNamingTheAccountOnlyDelegatesToIam() {
    lab.bucketPolicy(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},"
            + "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::lab-bucket/*\"}]}");
    var denial =
        denied(
            lab.check(
                SESSION,
                THROUGH_ENDPOINT,
                "s3api",
                "GetObject",
                "{\"Bucket\":\"lab-bucket\",\"Key\":\"k\"}"));
    assertEquals(PolicyType.IDENTITY, denial.policyType());
    var bucket = denial.considered().get(1).statements().get(0);
    assertEquals(
        "principal: Principal [arn:aws:iam::123456789012:root] names only the account 123456789012,"
            + " which does not grant to "
            + SESSION_ARN
            + " by itself",
        bucket.mismatch().orElseThrow().toString());
  }

  @Test
  void anInlineDenyOutweighsAManagedAllow() {
    lab.attach("AmazonS3FullAccess")
        .inline(
            "no-deletes",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:DeleteBucket\",\"Resource\":\"*\"}]}");
    var denial =
        denied(
            lab.check(
                SESSION, THROUGH_ENDPOINT, "s3api", "DeleteBucket", "{\"Bucket\":\"lab-bucket\"}"));
    assertEquals(Decision.Reason.EXPLICIT_DENY, denial.reason());
    assertEquals(PolicyType.IDENTITY, denial.policyType());
    assertEquals(
        "inline policy no-deletes of role S3Role",
        denial.decidedBy().orElseThrow().source().label());
    assertTrue(
        denial
            .error()
            .enhancedMessage()
            .endsWith(" with an explicit deny in an identity-based policy"));
  }

  @Test
  void aDenyOnAddressesOutsideTheOfficeFiresThroughAnEndpoint() {
    // aws-facts.md §4: through an endpoint S3 has no aws:SourceIp, so NotIpAddress holds.
    lab.attach("AmazonS3FullAccess")
        .inline(
            "office-only",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"NotIpAddress\":{\"aws:SourceIp\":\"3.14.0.0/16\"}}}]}");
    denied(lab.check(SESSION, THROUGH_ENDPOINT, "s3api", "ListBuckets", "{}"));
    allowed(
        lab.check(
            SESSION,
            RequestContext.fromInternet(dev.vpclab.net.Ipv4.of("3.14.15.92")),
            "s3api",
            "ListBuckets",
            "{}"));
  }

  @Test
  void getCallerIdentityNeedsNoPermissionEvenUnderADeny() {
    lab.inline(
        "deny-all",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}");
    var allowed = allowed(lab.check(SESSION, THROUGH_ENDPOINT, "sts", "GetCallerIdentity", "{}"));
    assertEquals(Optional.empty(), allowed.grantedBy());
    assertFalse(allowed.target().needsPermission());
    assertEquals("sts:GetCallerIdentity needs no permission", allowed.why());
  }

  @Test
  void aSessionOfADeletedRoleHoldsNothing() {
    lab.attach("AmazonS3FullAccess");
    lab.check(SESSION, THROUGH_ENDPOINT, "s3api", "ListBuckets", "{}");
    lab.deleteRole();
    denied(lab.check(SESSION, THROUGH_ENDPOINT, "s3api", "ListBuckets", "{}"));
  }

  @Test
  void iamEc2SsmAndDynamoDbAnswerInTheirOwnWords() {
    var iam = denied(lab.check(SESSION, THROUGH_ENDPOINT, "iam", "ListRoles", "{}")).error();
    // Real IAM output (public transcripts), before and after the policy type was added.
    assertEquals("AccessDenied", iam.code());
    assertEquals(
        "User: "
            + SESSION_ARN
            + " is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role/",
        iam.classicMessage());
    assertEquals(
        iam.classicMessage() + " because no identity-based policy allows the iam:ListRoles action",
        iam.enhancedMessage());

    var ec2 = denied(lab.check(SESSION, THROUGH_ENDPOINT, "ec2", "DescribeVpcs", "{}")).error();
    // EC2's own sentence, then the IAM template (aws-facts.md §2), as AccessDenied records EC2's
    // real output.
    assertEquals("UnauthorizedOperation", ec2.code());
    assertEquals("You are not authorized to perform this operation.", ec2.classicMessage());
    assertEquals(
        "You are not authorized to perform this operation. User: "
            + SESSION_ARN
            + " is not authorized to perform: ec2:DescribeVpcs because no identity-based policy allows the ec2:DescribeVpcs action",
        ec2.enhancedMessage());

    var ssm =
        denied(
                lab.check(
                    SESSION,
                    THROUGH_ENDPOINT,
                    "ssm",
                    "GetParameter",
                    "{\"Name\":\"/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2\"}"))
            .error();
    // JSON-protocol services answer AccessDeniedException (real output, noted at
    // AccessDenied.codeOf); the message is the IAM template of aws-facts.md §2.
    assertEquals("AccessDeniedException", ssm.code());
    assertEquals(
        "User: "
            + SESSION_ARN
            + " is not authorized to perform: ssm:GetParameter on resource:"
            + " arn:aws:ssm:us-east-2::parameter/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2",
        ssm.classicMessage());

    var dynamo =
        denied(lab.check(SESSION, THROUGH_ENDPOINT, "dynamodb", "ListTables", "{}")).error();
    assertEquals("AccessDeniedException", dynamo.code());
    assertEquals(
        "User: "
            + SESSION_ARN
            + " is not authorized to perform: dynamodb:ListTables on resource:"
            + " arn:aws:dynamodb:us-east-2:123456789012:table/* because no identity-based policy"
            + " allows the dynamodb:ListTables action",
        dynamo.enhancedMessage());
  }

  @Test
  void aRefusedHeadRequestIsABare403() {
    var error =
        denied(
                lab.check(
                    SESSION,
                    THROUGH_ENDPOINT,
                    "s3api",
                    "HeadObject",
                    "{\"Bucket\":\"lab-bucket\",\"Key\":\"k\"}"))
            .error();
    assertEquals("403", error.code());
    assertEquals("Forbidden", error.message(false));
    assertEquals("Forbidden", error.message(true));
  }

  @Test
  void aCallOnSeveralResourcesMustBeAllowedOnEach() {
    lab.inline(
        "one-instance",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"ec2:StopInstances\","
            + "\"Resource\":\"arn:aws:ec2:us-east-2:123456789012:instance/i-1\"}]}");
    allowed(
        lab.check(
            SESSION, THROUGH_ENDPOINT, "ec2", "StopInstances", "{\"InstanceIds\":[\"i-1\"]}"));
    var denial =
        denied(
            lab.check(
                SESSION,
                THROUGH_ENDPOINT,
                "ec2",
                "StopInstances",
                "{\"InstanceIds\":[\"i-1\",\"i-2\"]}"));
    assertEquals("arn:aws:ec2:us-east-2:123456789012:instance/i-2", denial.resource().arn());
    assertTrue(
        denial
            .error()
            .enhancedMessage()
            .contains(
                "ec2:StopInstances on resource: arn:aws:ec2:us-east-2:123456789012:instance/i-2 because"));
  }

  @Test
  void conditionsSeeTheCallersOwnKeys() {
    lab.inline(
        "own-keys",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:ListAllMyBuckets\",\"Resource\":\"*\","
            + "\"Condition\":{\"ArnEquals\":{\"aws:PrincipalArn\":\"arn:aws:iam::123456789012:role/S3Role\"},"
            + "\"StringEquals\":{\"aws:PrincipalType\":\"AssumedRole\",\"aws:RequestedRegion\":\"us-east-2\",\"aws:SourceVpc\":\""
            + LabAccount.VPC
            + "\"},\"StringLike\":{\"aws:userid\":\"AROA*:i-0123456789abcdef0\"},"
            + "\"IpAddress\":{\"aws:VpcSourceIp\":\"10.0.0.0/16\"},\"Bool\":{\"aws:SecureTransport\":\"true\"}}}]}");
    allowed(lab.check(SESSION, THROUGH_ENDPOINT, "s3api", "ListBuckets", "{}"));
  }
}
