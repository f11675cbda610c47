package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.Test;

class EndpointServicesTest {
  private final ApiTester api = new ApiTester();

  @Test
  void theGatewayServicesOfTheRegion() {
    var out = api.ok("ec2", "DescribeVpcEndpointServices", "{}");
    assertEquals(
        "[\"com.amazonaws.us-east-2.dynamodb\",\"com.amazonaws.us-east-2.s3\"]",
        out.get("ServiceNames").toString());
    var s3 = out.get("ServiceDetails").get(1);
    // Keys and values of the CLI example of describe-vpc-endpoint-services.
    assertEquals("Gateway", at(s3, "ServiceType.0.ServiceType"));
    assertEquals("amazon", at(s3, "Owner"));
    assertEquals("s3.us-east-2.amazonaws.com", at(s3, "BaseEndpointDnsNames.0"));
    assertEquals("true", at(s3, "VpcEndpointPolicySupported"));
    assertEquals(
        "[\"us-east-2a\",\"us-east-2b\",\"us-east-2c\"]", s3.get("AvailabilityZones").toString());
  }

  @Test
  void serviceNamesMustExist() {
    var one =
        api.ok(
            "ec2",
            "DescribeVpcEndpointServices",
            "{\"ServiceNames\": [\"com.amazonaws.us-east-2.s3\"]}");
    assertEquals(1, one.get("ServiceDetails").size());
    // Message as moto words it (not confirmed on real AWS).
    assertEquals(
        "InvalidServiceName: The Vpc Endpoint Service 'com.amazonaws.us-east-2.sqs' does not"
            + " exist",
        api.error(
            "ec2",
            "DescribeVpcEndpointServices",
            "{\"ServiceNames\": [\"com.amazonaws.us-east-2.sqs\"]}"));
  }
}
