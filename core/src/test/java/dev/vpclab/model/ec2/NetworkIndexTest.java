package dev.vpclab.model.ec2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.vpclab.model.World;
import dev.vpclab.net.Ipv4;
import dev.vpclab.trace.Net;
import dev.vpclab.trace.Net.Launch;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The index answers every lookup as the scans of the whole account do, on a network with the cases
 * that make scans and maps differ if either is wrong: replaced ACL and route table associations, an
 * Elastic IP over a launch address, a terminated instance, a deleted NAT gateway, a detached
 * internet gateway, DNS hostnames on in one VPC and off in another.
 */
class NetworkIndexTest {

  @Test
  void everyLookupAgreesWithTheScans() {
    Net net = new Net();
    String vpc = net.vpc("10.0.0.0/16");
    String a = net.subnet(vpc, "10.0.1.0/24");
    String b = net.subnet(vpc, "10.0.2.0/24");
    net.dnsHostnames(vpc, true);
    String igw = net.attachedIgw(vpc);
    net.route(net.routeTable(vpc, a), "0.0.0.0/0", igw);
    net.networkAcl(vpc, b);
    net.natGateway(a);
    String goneNat = net.natGateway(a);
    net.deleteNatGateway(goneNat);
    Instance web = net.instance(a, Launch.al2().withPublicIp());
    Instance elastic = net.instance(a, Launch.al2().withPublicIp());
    String allocation =
        net.api.ok("ec2", "AllocateAddress", "{\"Domain\": \"vpc\"}").path("AllocationId").asText();
    net.api.ok(
        "ec2",
        "AssociateAddress",
        "{\"AllocationId\": \"%s\", \"InstanceId\": \"%s\"}".formatted(allocation, elastic.id()));
    Instance gone = net.instance(b, Launch.al2());
    net.api.ok("ec2", "TerminateInstances", "{\"InstanceIds\": [\"" + gone.id() + "\"]}");
    net.instance(b, Launch.al2());
    String other = net.vpc("10.0.0.0/16");
    String c = net.subnet(other, "10.0.1.0/24");
    String otherIgw = net.attachedIgw(other);
    net.detachIgw(otherIgw, other);
    net.instance(c, Launch.al2());

    World world = net.world();
    NetworkIndex index = NetworkIndex.of(world);

    world
        .all(Subnet.class)
        .forEach(
            s -> {
              assertEquals(NetworkAcl.forSubnet(world, s.id()), index.aclOf(s.id()), s.id());
              assertEquals(RouteTable.forSubnet(world, s), index.routeTableOf(s), s.id());
            });
    world.all(Instance.class).forEach(i -> agreesOn(world, index, i));
    world
        .all(NatGateway.class)
        .forEach(
            n ->
                assertEquals(
                    n.isGone() ? Optional.empty() : Optional.of(n),
                    Optional.ofNullable(n.publicIp()).flatMap(index::natAtPublicIp)));
    world
        .all(Vpc.class)
        .forEach(
            v ->
                assertEquals(
                    world
                        .all(InternetGateway.class)
                        .filter(g -> v.id().equals(g.attachedVpcId()))
                        .findFirst(),
                    index.internetGatewayOf(v.id())));
    assertEquals(Optional.empty(), index.instanceAtPublicIp(Ipv4.of("198.51.100.7")));
  }

  private static void agreesOn(World world, NetworkIndex index, Instance instance) {
    Optional<Ipv4> publicIp = Addressing.publicIp(world, instance);
    assertEquals(publicIp, index.publicIp(instance), instance.id());
    publicIp.ifPresent(
        ip ->
            assertEquals(
                world
                    .all(Instance.class)
                    .filter(i -> !i.isTerminated())
                    .filter(i -> Addressing.publicIp(world, i).filter(ip::equals).isPresent())
                    .findFirst(),
                index.instanceAtPublicIp(ip)));
    assertEquals(
        world
            .all(Instance.class)
            .filter(i -> i.vpcId().equals(instance.vpcId()))
            .filter(i -> i.privateIp().equals(instance.privateIp()))
            .filter(i -> !i.isTerminated())
            .toList(),
        index.instancesAt(instance.vpcId(), instance.privateIp()));
    String privateName = Addressing.privateDnsName(instance.privateIp(), instance.region());
    String publicName =
        Addressing.publicDnsName(
            world, instance.vpcId(), publicIp.orElse(instance.privateIp()), instance.region());
    Optional<Instance> named = instance.isTerminated() ? Optional.empty() : Optional.of(instance);
    assertEquals(named, index.instanceNamed(instance.vpcId(), privateName));
    if (!publicName.isEmpty()) {
      assertEquals(named, index.instanceNamed(instance.vpcId(), publicName));
    }
    assertEquals(
        world
            .all(ProfileAssociation.class)
            .filter(a -> a.instanceId().equals(instance.id()) && a.isActive())
            .findFirst(),
        index.profileAssociationOf(instance.id()));
  }

  @Test
  void aSessionKeepsItsIndexUntilTheAccountChanges() {
    var session = new dev.vpclab.session.Session(dev.vpclab.shell.Terminal.NONE);

    NetworkIndex first = session.network();
    session.run("aws ec2 describe-vpcs > /dev/null");
    assertSame(first, session.network());
    session.run("aws ec2 create-vpc --cidr-block 10.0.0.0/16 > /dev/null");
    assertNotSame(first, session.network());
    assertSame(session.world(), session.network().view());
  }
}
