package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.model.Ids;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

class VpcEndpointsTest {
  private static final String S3 = "com.amazonaws.us-east-2.s3";
  private static final String S3_LIST = "pl-7ba54012";

  private final Ec2Fixture lab = new Ec2Fixture();
  private final String main = mainTable(lab.vpc);
  private final String privateTable = table("private");

  private String mainTable(String vpcId) {
    return lab.api
        .world()
        .all(RouteTable.class)
        .filter(t -> t.vpcId().equals(vpcId) && t.isMain())
        .findFirst()
        .orElseThrow()
        .id();
  }

  private String table(String seed) {
    return lab.api
        .seed(
            new RouteTable(
                Ids.ec2Fixed("rtb", lab.vpc + "/" + seed),
                "us-east-2",
                lab.vpc,
                List.of(),
                List.of()))
        .id();
  }

  private List<Route> routes(String tableId) {
    return lab.api.world().find(RouteTable.class, tableId).orElseThrow().routes();
  }

  private String create(String tablesJson) {
    return at(
        lab.api.ok(
            "ec2",
            "CreateVpcEndpoint",
            "{\"VpcId\": \""
                + lab.vpc
                + "\", \"ServiceName\": \""
                + S3
                + "\", \"RouteTableIds\": ["
                + tablesJson
                + "]}"),
        "VpcEndpoint.VpcEndpointId");
  }

  @Test
  void aGatewayEndpointIsAvailableWithTheDefaultPolicyAndAPrefixListRoute() {
    var out =
        lab.api.ok(
            "ec2",
            "CreateVpcEndpoint",
            "{\"VpcId\": \""
                + lab.vpc
                + "\", \"ServiceName\": \""
                + S3
                + "\", \"RouteTableIds\": [\""
                + main
                + "\"]}");
    var endpoint = out.get("VpcEndpoint");
    String id = at(endpoint, "VpcEndpointId");
    assertTrue(id.matches("vpce-0[0-9a-f]{16}"));
    // Real create-vpc-endpoint output for a gateway endpoint (aws-facts.md sections 4 and 10).
    assertEquals("Gateway", at(endpoint, "VpcEndpointType"));
    assertEquals("available", at(endpoint, "State"));
    assertEquals(
        "{\"Version\":\"2008-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
            + "\"Action\":\"*\",\"Resource\":\"*\"}]}",
        at(endpoint, "PolicyDocument"));
    assertEquals("[\"" + main + "\"]", endpoint.get("RouteTableIds").toString());
    assertEquals("[]", endpoint.get("DnsEntries").toString());
    assertEquals("false", at(endpoint, "PrivateDnsEnabled"));
    assertEquals(
        new Route(
            new RouteDestination.ToPrefixList(S3_LIST),
            new RouteTarget.Endpoint(id),
            Route.CREATE_ROUTE),
        routes(main).get(1));
  }

  @Test
  void oneEndpointRoutePerServiceAndTable() {
    create("\"" + main + "\"");
    // Real message (eksctl #2473, CloudFormation quoting EC2).
    assertEquals(
        "RouteAlreadyExists: route table "
            + main
            + " already has a route with destination-prefix-list-id "
            + S3_LIST,
        lab.api.error(
            "ec2",
            "CreateVpcEndpoint",
            "{\"VpcId\": \""
                + lab.vpc
                + "\", \"ServiceName\": \""
                + S3
                + "\", \"RouteTableIds\": [\""
                + main
                + "\"]}"));
    // DynamoDB has its own prefix list, so the same table takes its route too.
    lab.api.ok(
        "ec2",
        "CreateVpcEndpoint",
        "{\"VpcId\": \""
            + lab.vpc
            + "\", \"ServiceName\": \"com.amazonaws.us-east-2.dynamodb\", \"RouteTableIds\": [\""
            + main
            + "\"]}");
    assertEquals(3, routes(main).size());
  }

  @Test
  void theServiceMustExistInTheRequestsRegion() {
    // Message as moto words it (aws-facts.md section 11: not confirmed on real AWS).
    assertEquals(
        "InvalidServiceName: The Vpc Endpoint Service 'com.amazonaws.us-east-1.s3' does not exist",
        lab.api.error(
            "ec2",
            "CreateVpcEndpoint",
            "{\"VpcId\": \"" + lab.vpc + "\", \"ServiceName\": \"com.amazonaws.us-east-1.s3\"}"));
    assertEquals(
        "InvalidVpcID.NotFound: The vpc ID 'vpc-0123456789abcdef0' does not exist",
        lab.api.error(
            "ec2",
            "CreateVpcEndpoint",
            "{\"VpcId\": \"vpc-0123456789abcdef0\", \"ServiceName\": \"" + S3 + "\"}"));
  }

  @Test
  void routeTablesMustBelongToTheVpc() {
    String otherVpc =
        at(lab.api.ok("ec2", "CreateVpc", "{\"CidrBlock\": \"10.1.0.0/16\"}"), "Vpc.VpcId");
    String otherMain = mainTable(otherVpc);
    // vpclab's wording (the real message was not found).
    assertEquals(
        "InvalidParameter: route table " + otherMain + " is not in vpc " + lab.vpc,
        lab.api.error(
            "ec2",
            "CreateVpcEndpoint",
            "{\"VpcId\": \""
                + lab.vpc
                + "\", \"ServiceName\": \""
                + S3
                + "\", \"RouteTableIds\": [\""
                + otherMain
                + "\"]}"));
    assertEquals(
        "InvalidRouteTableID.NotFound: The routeTable ID 'rtb-0123456789abcdef0' does not exist",
        lab.api.error(
            "ec2",
            "CreateVpcEndpoint",
            "{\"VpcId\": \""
                + lab.vpc
                + "\", \"ServiceName\": \""
                + S3
                + "\", \"RouteTableIds\": [\"rtb-0123456789abcdef0\"]}"));
  }

  @Test
  void policiesMustBeJsonAndInterfaceEndpointsAreNotSimulated() {
    // Code from EC2's error list; the message is vpclab's.
    assertEquals(
        "InvalidPolicyDocument: The policy document is not valid JSON",
        lab.api.error(
            "ec2",
            "CreateVpcEndpoint",
            "{\"VpcId\": \""
                + lab.vpc
                + "\", \"ServiceName\": \""
                + S3
                + "\", \"PolicyDocument\": \"{not json\"}"));
    assertEquals(
        "InvalidParameter: vpclab simulates Gateway endpoints (S3 and DynamoDB) only; Interface"
            + " endpoints are not simulated yet",
        lab.api.error(
            "ec2",
            "CreateVpcEndpoint",
            "{\"VpcId\": \""
                + lab.vpc
                + "\", \"VpcEndpointType\": \"Interface\", \"ServiceName\":"
                + " \"com.amazonaws.us-east-2.sqs\"}"));
  }

  @Test
  void describeFilters() {
    String id = create("");
    var byService =
        lab.api.ok(
            "ec2",
            "DescribeVpcEndpoints",
            "{\"Filters\": [{\"Name\": \"service-name\", \"Values\": [\""
                + S3
                + "\"]},"
                + " {\"Name\": \"vpc-endpoint-type\", \"Values\": [\"Gateway\"]},"
                + " {\"Name\": \"vpc-endpoint-state\", \"Values\": [\"available\"]}]}");
    assertEquals(id, at(byService, "VpcEndpoints.0.VpcEndpointId"));
    var byVpc =
        lab.api.ok(
            "ec2",
            "DescribeVpcEndpoints",
            "{\"Filters\": [{\"Name\": \"vpc-id\", \"Values\": [\"vpc-0123456789abcdef0\"]}]}");
    assertEquals(0, byVpc.get("VpcEndpoints").size());
    // Real message (public transcripts of describe-vpc-endpoints).
    assertEquals(
        "InvalidVpcEndpointId.NotFound: The Vpc Endpoint Id 'vpce-0123456789abcdef0' does not"
            + " exist",
        lab.api.error(
            "ec2", "DescribeVpcEndpoints", "{\"VpcEndpointIds\": [\"vpce-0123456789abcdef0\"]}"));
  }

  @Test
  void modifyMovesRoutesAndReplacesThePolicy() {
    String id = create("\"" + main + "\"");
    String policy =
        "{\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Principal\\\":\\\"*\\\","
            + "\\\"Action\\\":\\\"s3:ListAllMyBuckets\\\",\\\"Resource\\\":\\\"*\\\"}]}";
    var out =
        lab.api.ok(
            "ec2",
            "ModifyVpcEndpoint",
            "{\"VpcEndpointId\": \""
                + id
                + "\", \"AddRouteTableIds\": [\""
                + privateTable
                + "\"], \"RemoveRouteTableIds\": [\""
                + main
                + "\"], \"PolicyDocument\": \""
                + policy
                + "\"}");
    assertEquals("{\"Return\":true}", out.toString());
    assertEquals(1, routes(main).size());
    assertEquals(1, routes(privateTable).size());
    var endpoint =
        lab.api
            .ok("ec2", "DescribeVpcEndpoints", "{\"VpcEndpointIds\": [\"" + id + "\"]}")
            .get("VpcEndpoints")
            .get(0);
    assertEquals("[\"" + privateTable + "\"]", endpoint.get("RouteTableIds").toString());
    assertTrue(at(endpoint, "PolicyDocument").contains("s3:ListAllMyBuckets"));
    lab.api.ok(
        "ec2", "ModifyVpcEndpoint", "{\"VpcEndpointId\": \"" + id + "\", \"ResetPolicy\": true}");
    var reset = lab.api.ok("ec2", "DescribeVpcEndpoints", "{\"VpcEndpointIds\": [\"" + id + "\"]}");
    assertEquals(VpcEndpoints.DEFAULT_POLICY, at(reset, "VpcEndpoints.0.PolicyDocument"));
  }

  @Test
  void deleteRemovesTheRoutesAndReportsUnknownEndpoints() {
    String id = create("\"" + main + "\", \"" + privateTable + "\"");
    var out =
        lab.api.ok(
            "ec2",
            "DeleteVpcEndpoints",
            "{\"VpcEndpointIds\": [\"" + id + "\", \"vpce-0123456789abcdef0\"]}");
    // Code as real cleanup scripts check it; the message is vpclab's wording.
    assertEquals(
        "{\"Unsuccessful\":[{\"Error\":{\"Code\":\"InvalidVpcEndpoint.NotFound\",\"Message\":"
            + "\"The VPC endpoint 'vpce-0123456789abcdef0' does not exist\"},"
            + "\"ResourceId\":\"vpce-0123456789abcdef0\"}]}",
        out.toString());
    assertEquals(1, routes(main).size());
    assertEquals(0, routes(privateTable).size());
    assertEquals(0, lab.api.ok("ec2", "DescribeVpcEndpoints", "{}").get("VpcEndpoints").size());
  }
}
