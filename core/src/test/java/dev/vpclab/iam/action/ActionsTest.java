package dev.vpclab.iam.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.cli.Services;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.World;
import dev.vpclab.model.iam.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which IAM action and resource every simulated operation is authorized for. */
class ActionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final World world = FreshAccount.create();

  private Target target(String service, String operation, String params) {
    try {
      JsonNode node = JSON.readTree(params);
      return Actions.of(new ApiCall(service, operation, node, "us-east-2"), world);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static TargetResource only(Target target) {
    assertEquals(1, target.resources().size(), target.toString());
    return target.resources().get(0);
  }

  @Test
  void s3ActionsWhoseNamesDifferFromTheOperations() {
    // botocore's s3 model documentation, "Permissions" sections; Service Authorization Reference.
    Map<String, String> renamed =
        Map.of(
            "ListBuckets", "s3:ListAllMyBuckets",
            "HeadBucket", "s3:ListBucket",
            "ListObjects", "s3:ListBucket",
            "ListObjectsV2", "s3:ListBucket",
            "HeadObject", "s3:GetObject",
            "GetObject", "s3:GetObject",
            "PutBucketPolicy", "s3:PutBucketPolicy",
            "GetBucketLocation", "s3:GetBucketLocation");
    renamed.forEach(
        (op, action) -> assertEquals(action, target("s3api", op, "{\"Bucket\":\"b\"}").action()));
  }

  @Test
  void s3ResourcesAreTheBucketOrTheObject() {
    assertEquals(
        new TargetResource("arn:aws:s3:::*", Optional.empty()),
        only(target("s3api", "ListBuckets", "{}")));
    assertEquals(
        TargetResource.of("arn:aws:s3:::lab-bucket"),
        only(target("s3api", "ListObjectsV2", "{\"Bucket\":\"lab-bucket\",\"Prefix\":\"logs/\"}")));
    assertEquals(
        TargetResource.of("arn:aws:s3:::lab-bucket/logs/a.txt"),
        only(target("s3api", "PutObject", "{\"Bucket\":\"lab-bucket\",\"Key\":\"logs/a.txt\"}")));
    assertEquals(
        TargetResource.of("arn:aws:s3:::new-bucket"),
        only(target("s3", "CreateBucket", "{\"Bucket\":\"new-bucket\"}")));
  }

  @Test
  void iamOperationsAreAboutTheEntityTheyName() {
    assertEquals(
        TargetResource.of("arn:aws:iam::123456789012:role/S3Role"),
        only(target("iam", "GetRole", "{\"RoleName\":\"S3Role\"}")));
    assertEquals(
        TargetResource.of("arn:aws:iam::123456789012:role/app/S3Role"),
        only(target("iam", "CreateRole", "{\"RoleName\":\"S3Role\",\"Path\":\"/app/\"}")));
    assertEquals(
        TargetResource.of("arn:aws:iam::123456789012:instance-profile/S3Profile"),
        only(
            target(
                "iam",
                "AddRoleToInstanceProfile",
                "{\"InstanceProfileName\":\"S3Profile\",\"RoleName\":\"S3Role\"}")));
    assertEquals(
        TargetResource.of("arn:aws:iam::123456789012:role/S3Role"),
        only(
            target(
                "iam",
                "AttachRolePolicy",
                "{\"RoleName\":\"S3Role\",\"PolicyArn\":\"arn:aws:iam::aws:policy/AmazonS3FullAccess\"}")));
    assertEquals(
        TargetResource.of("arn:aws:iam::aws:policy/AmazonS3FullAccess"),
        only(
            target(
                "iam",
                "GetPolicy",
                "{\"PolicyArn\":\"arn:aws:iam::aws:policy/AmazonS3FullAccess\"}")));
    assertEquals(
        TargetResource.of("arn:aws:iam::123456789012:policy/lab/Mine"),
        only(target("iam", "CreatePolicy", "{\"PolicyName\":\"Mine\",\"Path\":\"/lab/\"}")));
  }

  @Test
  void anExistingRoleIsNamedWithItsPath() {
    var tx = world.begin();
    tx.put(
        new Role(
            "Pathed",
            "AROAEXAMPLE",
            "/team/",
            "{}",
            null,
            3600,
            List.of(),
            Map.of(),
            Instant.EPOCH));
    var withRole = tx.commit();
    var call =
        new ApiCall(
            "iam", "DeleteRole", JSON.createObjectNode().put("RoleName", "pathed"), "us-east-2");
    assertEquals(
        "arn:aws:iam::123456789012:role/team/Pathed", only(Actions.of(call, withRole)).arn());
  }

  @Test
  void iamListsAreAuthorizedOnThePathTheyList() {
    // Real AccessDenied output: "iam:ListRoles on resource: arn:aws:iam::…:role/",
    // "iam:ListInstanceProfiles on resource: arn:aws:iam::…:instance-profile/",
    // "iam:ListPolicies on resource: policy path /".
    assertEquals(
        TargetResource.of("arn:aws:iam::123456789012:role/"),
        only(target("iam", "ListRoles", "{}")));
    assertEquals(
        TargetResource.of("arn:aws:iam::123456789012:role/aws-service-role/"),
        only(target("iam", "ListRoles", "{\"PathPrefix\":\"/aws-service-role/\"}")));
    assertEquals(
        TargetResource.of("arn:aws:iam::123456789012:instance-profile/"),
        only(target("iam", "ListInstanceProfiles", "{}")));
    assertEquals(
        new TargetResource("*", Optional.of("policy path /")),
        only(target("iam", "ListPolicies", "{\"Scope\":\"All\"}")));
  }

  @Test
  void ec2DescribesTakeNoResource() {
    assertEquals("ec2:DescribeVpcs", target("ec2", "DescribeVpcs", "{}").action());
    assertEquals(
        TargetResource.ANY, only(target("ec2", "DescribeVpcs", "{\"VpcIds\":[\"vpc-1\"]}")));
    assertEquals(TargetResource.ANY, only(target("ec2", "DescribeInstances", "{}")));
  }

  @Test
  void ec2ChangesAreAuthorizedOnTheirPrimaryResource() {
    assertEquals(
        TargetResource.of("arn:aws:ec2:us-east-2:123456789012:vpc/vpc-0a1b"),
        only(target("ec2", "DeleteVpc", "{\"VpcId\":\"vpc-0a1b\"}")));
    assertEquals(
        TargetResource.of("arn:aws:ec2:us-east-2:123456789012:instance/*"),
        only(target("ec2", "RunInstances", "{\"ImageId\":\"ami-1\",\"SubnetId\":\"subnet-1\"}")));
    assertEquals(
        TargetResource.of("arn:aws:ec2:us-east-2:123456789012:key-pair/MyPvKey"),
        only(target("ec2", "CreateKeyPair", "{\"KeyName\":\"MyPvKey\"}")));
    var stop = target("ec2", "StopInstances", "{\"InstanceIds\":[\"i-1\",\"i-2\"]}");
    assertEquals(2, stop.resources().size());
    assertEquals("arn:aws:ec2:us-east-2:123456789012:instance/i-2", stop.resources().get(1).arn());
    var tags = target("ec2", "CreateTags", "{\"Resources\":[\"vpc-1\",\"rtb-2\"],\"Tags\":[]}");
    assertEquals(
        List.of(
            "arn:aws:ec2:us-east-2:123456789012:vpc/vpc-1",
            "arn:aws:ec2:us-east-2:123456789012:route-table/rtb-2"),
        tags.resources().stream().map(TargetResource::arn).toList());
  }

  @Test
  void ssmParametersAreTheirArns() {
    // Real AccessDenied output: public parameters have no account in their ARN.
    assertEquals(
        TargetResource.of(
            "arn:aws:ssm:us-east-2::parameter/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2"),
        only(
            target(
                "ssm",
                "GetParameter",
                "{\"Name\":\"/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2\"}")));
    assertEquals(
        TargetResource.of("arn:aws:ssm:us-east-2:123456789012:parameter/app/db"),
        only(target("ssm", "GetParameter", "{\"Name\":\"app/db\"}")));
    assertEquals(
        2, target("ssm", "GetParameters", "{\"Names\":[\"/a\",\"/b\"]}").resources().size());
  }

  @Test
  void dynamoDbListTablesNamesEveryTable() {
    // Real AccessDenied output: "dynamodb:ListTables on resource:
    // arn:aws:dynamodb:REGION:ACCOUNT:table/*".
    var list = only(target("dynamodb", "ListTables", "{}"));
    assertEquals("*", list.arn());
    assertEquals(Optional.of("arn:aws:dynamodb:us-east-2:123456789012:table/*"), list.inMessage());
    assertEquals(
        TargetResource.of("arn:aws:dynamodb:us-east-2:123456789012:table/Music"),
        only(target("dynamodb", "DescribeTable", "{\"TableName\":\"Music\"}")));
  }

  @Test
  void getCallerIdentityNeedsNoPermission() {
    var target = target("sts", "GetCallerIdentity", "{}");
    assertEquals("sts:GetCallerIdentity", target.action());
    assertFalse(target.needsPermission());
  }

  @Test
  void everySimulatedOperationHasAnActionOfItsService() {
    for (String name : Services.shared().handlers().names()) {
      String service = name.substring(0, name.indexOf('/'));
      String operation = name.substring(name.indexOf('/') + 1);
      var target = target(service, operation, "{}");
      String prefix = service.equals("s3api") ? "s3:" : service + ":";
      assertTrue(target.action().startsWith(prefix), name + " -> " + target.action());
      assertFalse(target.resources().isEmpty(), name);
    }
  }
}
