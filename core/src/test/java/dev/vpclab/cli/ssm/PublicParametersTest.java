package dev.vpclab.cli.ssm;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.vpclab.cli.api.ApiTester;
import dev.vpclab.model.catalog.Images;
import org.junit.jupiter.api.Test;

class PublicParametersTest {
  private static final String AL2023 =
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64";
  private final ApiTester api = new ApiTester();

  @Test
  void theLatestAmazonLinuxOfTheRequestsRegion() {
    var out = api.ok("ssm", "GetParameter", "{\"Name\": \"" + AL2023 + "\"}");
    String ami = Images.catalog().bySsmParameter("us-east-2", AL2023).orElseThrow().id();
    // Fields of real get-parameters-by-path output captured by moto
    // (resources/ami-amazon-linux-latest).
    assertEquals(AL2023, at(out, "Parameter.Name"));
    assertEquals("String", at(out, "Parameter.Type"));
    assertEquals(ami, at(out, "Parameter.Value"));
    assertEquals("160", at(out, "Parameter.Version"));
    assertEquals("text", at(out, "Parameter.DataType"));
    assertEquals("arn:aws:ssm:us-east-2::parameter" + AL2023, at(out, "Parameter.ARN"));
    var west =
        new ApiTester()
            .inRegion("us-west-2")
            .ok("ssm", "GetParameter", "{\"Name\": \"" + AL2023 + "\"}");
    assertNotEquals(ami, at(west, "Parameter.Value"));
  }

  @Test
  void unknownNames() {
    // Real CLI output: ParameterNotFound with an empty message (public scripts and test stubs).
    assertEquals(
        "ParameterNotFound: ",
        api.error("ssm", "GetParameter", "{\"Name\": \"/aws/service/nope\"}"));
    var out = api.ok("ssm", "GetParameters", "{\"Names\": [\"" + AL2023 + "\", \"/my/param\"]}");
    assertEquals(1, out.get("Parameters").size());
    assertEquals("/my/param", at(out, "InvalidParameters.0"));
  }

  @Test
  void parametersByPath() {
    String path = "/aws/service/ami-amazon-linux-latest";
    assertEquals(
        4,
        api.ok("ssm", "GetParametersByPath", "{\"Path\": \"" + path + "\"}")
            .get("Parameters")
            .size());
    assertEquals(
        0,
        api.ok("ssm", "GetParametersByPath", "{\"Path\": \"/aws/service\"}")
            .get("Parameters")
            .size());
    assertEquals(
        4,
        api.ok("ssm", "GetParametersByPath", "{\"Path\": \"/aws/service\", \"Recursive\": true}")
            .get("Parameters")
            .size());
  }
}
