package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.model.Tag;
import dev.vpclab.model.ec2.Instance;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggingTest {
  private final NetFixture net = new NetFixture();
  private final String vpc = net.vpc("10.0.0.0/16");
  private final String subnet = net.subnet(vpc, "10.0.1.0/24");

  private void tag(String resources, String tags) {
    net.api.ok(
        "ec2", "CreateTags", "{\"Resources\": [%s], \"Tags\": [%s]}".formatted(resources, tags));
  }

  private JsonNode describe(String filters) {
    return net.api.ok("ec2", "DescribeTags", "{\"Filters\": [%s]}".formatted(filters)).get("Tags");
  }

  @Test
  void tagsAnyResourceTypeAndDescribesThem() {
    Instance instance = net.instance(subnet, false);
    String igw = net.igw();
    tag(
        "\"%s\", \"%s\", \"%s\"".formatted(subnet, igw, instance.networkInterfaceId()),
        "{\"Key\": \"Stack\", \"Value\": \"Test\"}");
    var tags = describe("{\"Name\": \"key\", \"Values\": [\"Stack\"]}");
    assertEquals(3, tags.size());
    // Keys of CLI-EX describe-tags; ResourceType names of the EC2 API's ResourceType enum.
    var types = new java.util.HashMap<String, String>();
    tags.forEach(t -> types.put(at(t, "ResourceId"), at(t, "ResourceType")));
    assertEquals("subnet", types.get(subnet));
    assertEquals("internet-gateway", types.get(igw));
    assertEquals("network-interface", types.get(instance.networkInterfaceId()));
    assertEquals("Test", at(tags, "0.Value"));
  }

  @Test
  void overwritesAndKeepsOrder() {
    tag("\"%s\"".formatted(subnet), "{\"Key\": \"Name\", \"Value\": \"a\"}, {\"Key\": \"Env\"}");
    tag("\"%s\"".formatted(subnet), "{\"Key\": \"Name\", \"Value\": \"b\"}");
    assertEquals(
        List.of(new Tag("Name", "b"), new Tag("Env", "")),
        net.api.world().tags(subnet).list(),
        "a tag given without a value has the empty value");
    var byResource =
        describe(
            ("{\"Name\": \"resource-id\", \"Values\": [\"%s\"]},"
                    + " {\"Name\": \"value\", \"Values\": [\"\"]}")
                .formatted(subnet));
    assertEquals(1, byResource.size());
    assertEquals("Env", at(byResource, "0.Key"));
  }

  @Test
  void deleteWithAndWithoutValues() {
    tag(
        "\"%s\"".formatted(subnet),
        "{\"Key\": \"Name\", \"Value\": \"web\"}, {\"Key\": \"Env\", \"Value\": \"prod\"},"
            + " {\"Key\": \"Team\", \"Value\": \"a\"}");
    // API reference DeleteTags: a value given must match; a key alone deletes whatever value.
    net.api.ok(
        "ec2",
        "DeleteTags",
        ("{\"Resources\": [\"%s\"], \"Tags\": [{\"Key\": \"Name\", \"Value\": \"other\"},"
                + " {\"Key\": \"Env\"}]}")
            .formatted(subnet));
    assertEquals(
        List.of(new Tag("Name", "web"), new Tag("Team", "a")), net.api.world().tags(subnet).list());
    net.api.ok("ec2", "DeleteTags", "{\"Resources\": [\"%s\"]}".formatted(subnet));
    assertEquals(List.of(), net.api.world().tags(subnet).list());
  }

  @Test
  void describeByResourceTypeAndTagFilter() {
    String table = net.routeTable(vpc);
    tag("\"%s\", \"%s\"".formatted(subnet, table), "{\"Key\": \"Stack\", \"Value\": \"Test\"}");
    var tables = describe("{\"Name\": \"resource-type\", \"Values\": [\"route-table\"]}");
    assertEquals(1, tables.size());
    assertEquals(table, at(tables, "0.ResourceId"));
    // CLI-EX describe-tags example 5: Name=tag:Stack,Values=Test.
    assertEquals(2, describe("{\"Name\": \"tag:Stack\", \"Values\": [\"Test\"]}").size());
  }

  @Test
  void describeShowsOnlyTheRequestsRegion() {
    tag("\"%s\"".formatted(subnet), "{\"Key\": \"Stack\", \"Value\": \"Test\"}");
    net.api.inRegion("us-west-2");
    assertEquals(0, describe("").size());
  }

  @Test
  void unknownIdsChangeNothing() {
    // Real message (a create-tags transcript tagging an eipassoc- ID).
    assertEquals(
        "InvalidID: The ID 'eipassoc-0578b4e3415869944' is not valid",
        net.api.error(
            "ec2",
            "CreateTags",
            "{\"Resources\": [\"%s\", \"eipassoc-0578b4e3415869944\"], \"Tags\": [{\"Key\":"
                    .formatted(subnet)
                + " \"Name\", \"Value\": \"x\"}]}"));
    assertEquals(
        "InvalidID: The ID 'subnet-12' is not valid",
        net.api.error(
            "ec2",
            "CreateTags",
            "{\"Resources\": [\"subnet-12\"], \"Tags\": [{\"Key\": \"Name\", \"Value\": \"x\"}]}"));
    // Each resource type's own NotFound.
    assertEquals(
        "InvalidVpcID.NotFound: The vpc ID 'vpc-0123456789abcdef0' does not exist",
        net.api.error(
            "ec2",
            "DeleteTags",
            "{\"Resources\": [\"vpc-0123456789abcdef0\"], \"Tags\": [{\"Key\": \"Name\"}]}"));
    assertEquals(
        "InvalidNetworkInterfaceID.NotFound: The networkInterface ID 'eni-0123456789abcdef0' does"
            + " not exist",
        net.api.error(
            "ec2",
            "CreateTags",
            "{\"Resources\": [\"eni-0123456789abcdef0\"], \"Tags\": [{\"Key\": \"Name\"}]}"));
  }

  @Test
  void keysMustBeGivenAndNotAwsOwn() {
    // Real messages (aws/aws-cli #3283; create-tags and delete-tags logs with aws: keys).
    assertEquals(
        "InvalidParameterValue: Value ( '' ) for parameter Tag key is invalid. Tag key cannot be"
            + " null or empty.",
        net.api.error(
            "ec2",
            "CreateTags",
            "{\"Resources\": [\"%s\"], \"Tags\": [{\"Value\": \"x\"}]}".formatted(vpc)));
    assertEquals(
        "InvalidParameterValue: Value ( aws:cloudformation:stack-name ) for parameter key is"
            + " invalid. Tag keys starting with 'aws:' are reserved for internal use",
        net.api.error(
            "ec2",
            "DeleteTags",
            "{\"Resources\": [\"%s\"], \"Tags\": [{\"Key\": \"aws:cloudformation:stack-name\"}]}"
                .formatted(vpc)));
  }
}
