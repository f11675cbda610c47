package dev.vpclab.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.render.diagram.Topology.RouteArrow;
import dev.vpclab.render.diagram.Topology.SubnetNode;
import dev.vpclab.render.diagram.Topology.VpcNode;
import dev.vpclab.render.diagram.Topology.ZoneNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopologyTest {
  private final LabNetwork lab = LabNetwork.build();

  private VpcNode onlyVpc(Part.Diagram diagram) {
    assertEquals(1, diagram.topology().vpcs().size());
    return diagram.topology().vpcs().get(0);
  }

  private SubnetNode subnet(VpcNode vpc, String variable) {
    String id = lab.id(variable);
    return vpc.subnets().stream().filter(s -> s.ref().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theLabVpcWithItsSubnetsByZone() {
    VpcNode vpc = onlyVpc(lab.diagram(""));
    assertEquals(lab.id("VPC"), vpc.ref().id());
    assertEquals("MyVPC", vpc.ref().name());
    assertEquals("10.0.0.0/16", vpc.cidr().toString());
    assertEquals(Optional.of(lab.id("IGW")), vpc.internetGateway().map(Topology.Ref::id));
    assertEquals(
        List.of("us-east-2a", "us-east-2b"), vpc.zones().stream().map(ZoneNode::name).toList());
    assertEquals(List.of(lab.id("PUB")), ids(vpc.zones().get(0)));
    assertEquals(List.of(lab.id("PRIV")), ids(vpc.zones().get(1)));
  }

  @Test
  void whatSitsInEachSubnet() {
    VpcNode vpc = onlyVpc(lab.diagram(""));
    SubnetNode pub = subnet(vpc, "PUB");
    assertEquals(lab.id("NAT"), pub.natGateways().get(0).ref().id());
    assertEquals("available", pub.natGateways().get(0).state());
    assertEquals(lab.id("BASTION"), pub.instances().get(0).ref().id());
    assertTrue(pub.instances().get(0).publicIp().isPresent());
    assertEquals("ssh-sg", pub.instances().get(0).securityGroups().get(0).name());
    assertEquals(lab.id("APP"), subnet(vpc, "PRIV").instances().get(0).ref().id());
    assertEquals(1, vpc.endpoints().size());
    assertEquals("com.amazonaws.us-east-2.s3", vpc.endpoints().get(0).serviceName());
    assertTrue(vpc.endpoints().get(0).isGateway());
  }

  @Test
  void publicWhenTheRouteTableLeadsToTheInternetGateway() {
    VpcNode vpc = onlyVpc(lab.diagram(""));
    assertTrue(subnet(vpc, "PUB").isPublic());
    assertFalse(subnet(vpc, "PRIV").isPublic());
    assertEquals(lab.id("PUBRT"), subnet(vpc, "PUB").routeTable().orElseThrow().ref().id());
    assertTrue(subnet(vpc, "PRIV").routeTable().orElseThrow().main());
    assertTrue(subnet(vpc, "PRIV").networkAcl().orElseThrow().isDefault());
  }

  @Test
  void nonLocalRoutesAreArrowsToTheirTargets() {
    VpcNode vpc = onlyVpc(lab.diagram(""));
    assertEquals(
        List.of(new RouteArrow("0.0.0.0/0", lab.id("IGW"), Optional.of(lab.id("IGW")), false)),
        subnet(vpc, "PUB").routes());
    List<RouteArrow> priv = subnet(vpc, "PRIV").routes();
    assertEquals(
        new RouteArrow("0.0.0.0/0", lab.id("NAT"), Optional.of(lab.id("NAT")), false), priv.get(0));
    assertEquals(lab.id("VPCE"), priv.get(1).pointsAt().orElseThrow());
    assertTrue(priv.get(1).destination().startsWith("pl-"));
  }

  @Test
  void aDeletedNatGatewayLeavesABlackholeToNothingDrawn() {
    lab.eval("D=$(aws ec2 delete-nat-gateway --nat-gateway-id $NAT)");
    VpcNode vpc = onlyVpc(lab.diagram(""));
    RouteArrow route = subnet(vpc, "PRIV").routes().get(0);
    assertTrue(route.blackhole());
    assertEquals(Optional.empty(), route.pointsAt());
    assertEquals(lab.id("NAT"), route.target());
    assertTrue(subnet(vpc, "PUB").natGateways().isEmpty());
  }

  @Test
  void theDefaultVpcOnlyWithAll() {
    List<VpcNode> all = lab.diagram("all").topology().vpcs();
    assertEquals(2, all.size());
    assertTrue(all.get(0).isDefault());
    assertEquals(3, all.get(0).zones().size());
    assertTrue(all.get(0).subnets().stream().allMatch(SubnetNode::isPublic));
  }

  @Test
  void oneVpcByIdOrNameInAnyRegion() {
    lab.eval(
        "WEST=$(aws ec2 create-vpc --cidr-block 10.9.0.0/16 --region us-west-2 --query Vpc.VpcId"
            + " --output text)");
    lab.eval("aws ec2 create-tags --resources $WEST --tags Key=Name,Value=West --region us-west-2");
    assertEquals(lab.id("VPC"), onlyVpc(lab.diagram("")).ref().id());
    assertEquals(lab.id("WEST"), onlyVpc(lab.diagram(lab.id("WEST"))).ref().id());
    assertEquals("us-west-2", onlyVpc(lab.diagram("West")).region());
    assertEquals(lab.id("VPC"), onlyVpc(lab.diagram("MyVPC")).ref().id());
  }

  @Test
  void unknownVpcsAndExtraArgumentsAreRefused() {
    Outcome unknown = lab.vpclab().eval("/diagram vpc-0123456789abcdef0");
    assertEquals("NoSuchVpc", ((Part.Problem) unknown.parts().get(0)).code());
    Outcome extra = lab.vpclab().eval("/diagram MyVPC all");
    assertEquals("Usage", ((Part.Problem) extra.parts().get(0)).code());
  }

  @Test
  void aRouteTableServingNoSubnetIsListedUnderItsVpc() {
    lab.eval(
        "SPARE=$(aws ec2 create-route-table --vpc-id $VPC --query RouteTable.RouteTableId"
            + " --output text)");
    VpcNode vpc = onlyVpc(lab.diagram(""));
    assertEquals(
        List.of(lab.id("SPARE")), vpc.idleTables().stream().map(t -> t.ref().id()).toList());
  }

  private static List<String> ids(ZoneNode zone) {
    return zone.subnets().stream().map(s -> s.ref().id()).toList();
  }
}
