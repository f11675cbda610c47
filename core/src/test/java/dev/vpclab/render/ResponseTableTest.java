package dev.vpclab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vpclab.Vpclab;
import dev.vpclab.shell.Terminal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResponseTableTest {
  private final Vpclab vpclab = Vpclab.start(Terminal.NONE, Path.of("."));

  private JsonNode run(String line) throws Exception {
    return new ObjectMapper().readTree(vpclab.eval(line).stdout());
  }

  @Test
  void aDescribeResponseIsOneRowPerItemNameFirst() throws Exception {
    vpclab.eval(
        "aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications"
            + " 'ResourceType=vpc,Tags=[{Key=Name,Value=MyVPC}]'");
    var table =
        ResponseTable.of(run("aws ec2 describe-vpcs --filters Name=tag:Name,Values=MyVPC"))
            .orElseThrow();
    assertEquals("Vpcs", table.title());
    assertEquals("Name", table.headers().get(0));
    assertEquals(1, table.rows().size());
    assertEquals("MyVPC", table.rows().get(0).get(0));
    assertTrue(table.rows().get(0).contains("10.0.0.0/16"), table.toString());
  }

  @Test
  void reservationsAreFlattenedIntoTheirInstances() throws Exception {
    vpclab.eval(
        "aws ec2 run-instances --image-id"
            + " resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2 --count 2"
            + " > /dev/null");
    var table = ResponseTable.of(run("aws ec2 describe-instances")).orElseThrow();
    assertEquals(2, table.rows().size());
    assertTrue(table.headers().contains("InstanceId"), table.headers().toString());
    assertTrue(table.headers().size() <= 10);
  }

  @Test
  void aResponseWithoutOneListHasNoTable() throws Exception {
    assertTrue(ResponseTable.of(run("aws sts get-caller-identity")).isEmpty());
    assertTrue(ResponseTable.of(new ObjectMapper().readTree("{\"Return\": true}")).isEmpty());
    assertTrue(ResponseTable.of(new ObjectMapper().readTree("{\"A\": [1, 2]}")).isEmpty());
  }
}
