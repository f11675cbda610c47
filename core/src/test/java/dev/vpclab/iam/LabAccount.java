package dev.vpclab.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.cli.api.ApiTester;
import dev.vpclab.iam.action.ApiCall;
import dev.vpclab.model.World;
import dev.vpclab.model.ec2.VpcEndpoint;
import dev.vpclab.net.Ipv4;
import java.time.Instant;
import java.util.List;

/**
 * The account of the VPC endpoints lab, built through the simulated IAM and S3 APIs: a role for the
 * private instance, a bucket, and two S3 gateway endpoints in the lab's VPC.
 */
final class LabAccount {
  static final String ROLE = "S3Role";
  static final String INSTANCE = "i-0123456789abcdef0";
  static final String BUCKET = "lab-bucket";
  static final String VPC = "vpc-0a1b2c3d4e5f67890";
  static final String ENDPOINT = "vpce-035934e1a19b46f78";
  static final String OTHER_ENDPOINT = "vpce-0ffffffffffffffff";
  static final Ipv4 PRIVATE_IP = Ipv4.of("10.0.2.40");
  static final Ipv4 LAPTOP_IP = Ipv4.of("203.0.113.7");

  /** The default endpoint policy AWS attaches (real 2022 output, aws-facts.md §4). */
  static final String FULL_ACCESS =
      "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

  static final String EC2_TRUST =
      "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\":"
          + " {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}";

  static final Caller SESSION = Caller.instanceRole(ROLE, INSTANCE);
  static final RequestContext THROUGH_ENDPOINT =
      RequestContext.throughEndpoint(ENDPOINT, VPC, PRIVATE_IP);
  static final RequestContext FROM_LAPTOP = RequestContext.fromInternet(LAPTOP_IP);

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ApiTester api = new ApiTester();

  LabAccount() {
    api.ok(
        "iam",
        "CreateRole",
        "{\"RoleName\": \""
            + ROLE
            + "\", \"AssumeRolePolicyDocument\": "
            + quoted(EC2_TRUST)
            + "}");
    api.ok(
        "s3api",
        "CreateBucket",
        "{\"Bucket\": \""
            + BUCKET
            + "\", \"CreateBucketConfiguration\": {\"LocationConstraint\": \"us-east-2\"}}");
    endpoint(ENDPOINT, FULL_ACCESS);
    endpoint(OTHER_ENDPOINT, FULL_ACCESS);
  }

  World world() {
    return api.world();
  }

  LabAccount attach(String policyName) {
    api.ok(
        "iam",
        "AttachRolePolicy",
        "{\"RoleName\": \""
            + ROLE
            + "\", \"PolicyArn\": \"arn:aws:iam::aws:policy/"
            + policyName
            + "\"}");
    return this;
  }

  LabAccount inline(String name, String document) {
    api.ok(
        "iam",
        "PutRolePolicy",
        "{\"RoleName\": \""
            + ROLE
            + "\", \"PolicyName\": \""
            + name
            + "\", \"PolicyDocument\": "
            + quoted(document)
            + "}");
    return this;
  }

  LabAccount bucketPolicy(String document) {
    api.ok(
        "s3api",
        "PutBucketPolicy",
        "{\"Bucket\": \"" + BUCKET + "\", \"Policy\": " + quoted(document) + "}");
    return this;
  }

  LabAccount endpoint(String id, String policy) {
    api.change(
        tx ->
            tx.put(
                new VpcEndpoint(
                    id,
                    "us-east-2",
                    VPC,
                    "com.amazonaws.us-east-2.s3",
                    VpcEndpoint.Type.GATEWAY,
                    policy,
                    List.of(),
                    List.of(),
                    List.of(),
                    false,
                    "available",
                    Instant.EPOCH)));
    return this;
  }

  LabAccount deleteRole() {
    api.change(
        tx ->
            tx.remove(tx.find(dev.vpclab.model.iam.Role.class, ROLE.toLowerCase()).orElseThrow()));
    return this;
  }

  Decision check(
      Caller caller, RequestContext where, String service, String operation, String params) {
    try {
      var call = new ApiCall(service, operation, JSON.readTree(params), "us-east-2");
      return Authorization.check(world(), caller, call, where);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  static String quoted(String document) {
    return "\"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
