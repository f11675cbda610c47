package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.cli.api.ApiTester;
import dev.vpclab.model.ec2.Vpc;
import org.junit.jupiter.api.Test;

class AccountAttributesTest {
  private final ApiTester api = new ApiTester();

  @Test
  void allAttributesInTheOrderOfTheCliExample() {
    var attributes = api.ok("ec2", "DescribeAccountAttributes", "{}").get("AccountAttributes");
    // Names and quotas of CLI-EX describe-account-attributes; an account made after EC2-Classic
    // was retired supports only VPC.
    assertEquals(6, attributes.size());
    assertEquals("vpc-max-security-groups-per-interface", at(attributes, "0.AttributeName"));
    assertEquals("5", at(attributes, "0.AttributeValues.0.AttributeValue"));
    assertEquals("max-instances", at(attributes, "1.AttributeName"));
    assertEquals("20", at(attributes, "1.AttributeValues.0.AttributeValue"));
    assertEquals("supported-platforms", at(attributes, "2.AttributeName"));
    assertEquals(1, attributes.get(2).get("AttributeValues").size());
    assertEquals("VPC", at(attributes, "2.AttributeValues.0.AttributeValue"));
  }

  @Test
  void defaultVpcIsTheRegionsOwn() {
    var out = api.ok("ec2", "DescribeAccountAttributes", "{\"AttributeNames\": [\"default-vpc\"]}");
    String expected =
        api.world()
            .all(Vpc.class, "us-east-2")
            .filter(Vpc::isDefault)
            .findFirst()
            .orElseThrow()
            .id();
    assertEquals(1, out.get("AccountAttributes").size());
    assertEquals(expected, at(out, "AccountAttributes.0.AttributeValues.0.AttributeValue"));
  }
}
