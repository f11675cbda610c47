package dev.vpclab.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.net.Ipv4;
import dev.vpclab.trace.Net;
import dev.vpclab.trace.Net.Launch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Amazon-provided resolver of a VPC (VPC user guide, vpc-dns; EC2 user guide, instance naming):
 * off with enableDnsSupport false; the VPC's own private names; public names of its own instances
 * answered with their private address; the internet's names like any resolver.
 */
class VpcDnsTest {
  private final Net net = new Net();
  private String vpc;
  private String subnet;

  @BeforeEach
  void network() {
    vpc = net.vpc("10.0.0.0/16");
    subnet = net.subnet(vpc, "10.0.1.0/24");
    net.attachedIgw(vpc);
  }

  private VpcDns.Lookup lookup(String name) {
    return VpcDns.resolve(net.world(), net.world().find(Vpc.class, vpc).orElseThrow(), name);
  }

  private Ipv4 address(String name) {
    return assertInstanceOf(VpcDns.Lookup.Resolved.class, lookup(name)).answer().address();
  }

  @Test
  void anInstancesPrivateNameResolvesToItsPrivateAddress() {
    Instance instance = net.instance(subnet, Launch.al2());

    assertEquals(
        instance.privateIp(),
        address(Addressing.privateDnsName(instance.privateIp(), "us-east-2")));
  }

  @Test
  void anOwnInstancesPublicNameResolvesToItsPrivateAddressInside() {
    net.dnsHostnames(vpc, true);
    Instance instance = net.instance(subnet, Launch.al2().withPublicIp());
    String publicName =
        Addressing.publicDnsName(net.world(), vpc, instance.launchPublicIp(), "us-east-2");

    assertEquals(
        "ec2-"
            + instance.launchPublicIp().toString().replace('.', '-')
            + ".us-east-2.compute.amazonaws.com",
        publicName);
    assertEquals(instance.privateIp(), address(publicName));
  }

  @Test
  void anotherVpcsInstanceResolvesToItsPublicAddress() {
    String other = net.vpc("10.1.0.0/16");
    net.attachedIgw(other);
    net.dnsHostnames(other, true);
    Instance elsewhere =
        net.instance(net.subnet(other, "10.1.1.0/24"), Launch.al2().withPublicIp());
    String publicName =
        Addressing.publicDnsName(net.world(), other, elsewhere.launchPublicIp(), "us-east-2");

    assertEquals(elsewhere.launchPublicIp(), address(publicName));
  }

  @Test
  void publicServiceNamesResolveAsOnTheInternet() {
    assertEquals(
        PublicDns.resolve("s3.us-east-2.amazonaws.com").orElseThrow().address(),
        address("s3.us-east-2.amazonaws.com"));
  }

  @Test
  void anUnknownPrivateNameDoesNotExist() {
    assertInstanceOf(
        VpcDns.Lookup.NoSuchName.class, lookup("ip-10-0-1-99.us-east-2.compute.internal"));
  }

  @Test
  void aTerminatedInstanceNoLongerResolves() {
    Instance instance = net.instance(subnet, Launch.al2());
    net.api.ok("ec2", "TerminateInstances", "{\"InstanceIds\": [\"" + instance.id() + "\"]}");

    assertInstanceOf(
        VpcDns.Lookup.NoSuchName.class,
        lookup(Addressing.privateDnsName(instance.privateIp(), "us-east-2")));
  }

  @Test
  void withDnsSupportOffNothingResolves() {
    net.dnsSupport(vpc, false);

    assertInstanceOf(VpcDns.Lookup.ResolverOff.class, lookup("s3.us-east-2.amazonaws.com"));
  }
}
