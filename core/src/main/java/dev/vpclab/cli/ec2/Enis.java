package dev.vpclab.cli.ec2;

import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.net.Ipv4;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The network interfaces of the account, derived from their owners: every live instance has one
 * (its primary interface), and so has every NAT gateway that has not failed or been deleted. vpclab
 * stores no ENI of its own, so this is the one place that knows how to find one by ID.
 */
public final class Enis {
  private Enis() {}

  /**
   * One ENI and what owns it: exactly one of {@code instance} and {@code natGateway} is set.
   *
   * @param zone the instance's zone, or the zone of the NAT gateway's subnet
   * @param groupIds the instance's security groups; a NAT gateway's interface has none
   * @param publicAddress an Elastic IP associated with it, else the instance's launch address
   */
  public record Eni(
      String id,
      String region,
      String vpcId,
      String subnetId,
      String zone,
      Ipv4 privateIp,
      List<String> groupIds,
      Optional<Addressing.Public> publicAddress,
      Instance instance,
      NatGateway natGateway) {

    /** The instance it is attached to, or null for a NAT gateway's. */
    public String instanceId() {
      return instance == null ? null : instance.id();
    }

    /** The ID of the instance or NAT gateway it belongs to. */
    public String ownerId() {
      return instance != null ? instance.id() : natGateway.id();
    }

    /** Managed by AWS on the account's behalf: a NAT gateway's. */
    public boolean isRequesterManaged() {
      return natGateway != null;
    }

    /**
     * {@code InterfaceType}: {@code nat_gateway}, as real output shows it although the model's enum
     * says {@code natGateway}.
     */
    public String interfaceType() {
      return instance != null ? "interface" : "nat_gateway";
    }

    /** {@code Description}: empty for an instance's, AWS's words for a NAT gateway's. */
    public String description() {
      return instance != null ? "" : "Interface for NAT Gateway " + natGateway.id();
    }
  }

  /** Every interface of the region: instances' first, then NAT gateways'. */
  public static Stream<Eni> all(View view, String region) {
    Stream<Eni> ofInstances =
        view.all(Instance.class, region)
            .filter(i -> !i.isTerminated())
            .map(i -> ofInstance(view, i));
    Stream<Eni> ofNatGateways =
        view.all(NatGateway.class, region).filter(n -> !n.isGone()).map(n -> ofNatGateway(view, n));
    return Stream.concat(ofInstances, ofNatGateways);
  }

  private static Eni ofInstance(View view, Instance instance) {
    return new Eni(
        instance.networkInterfaceId(),
        instance.region(),
        instance.vpcId(),
        instance.subnetId(),
        instance.availabilityZone(),
        instance.privateIp(),
        instance.securityGroupIds(),
        Addressing.publicOf(view, instance),
        instance,
        null);
  }

  private static Eni ofNatGateway(View view, NatGateway nat) {
    return new Eni(
        nat.networkInterfaceId(),
        nat.region(),
        nat.vpcId(),
        nat.subnetId(),
        view.find(Subnet.class, nat.subnetId()).map(Subnet::availabilityZone).orElse(null),
        nat.privateIp(),
        List.of(),
        Optional.ofNullable(nat.publicIp())
            .map(ip -> new Addressing.Public(ip, view.find(ElasticIp.class, nat.allocationId()))),
        null,
        nat);
  }

  /** An ENI by ID; a malformed ID is refused the way EC2 refuses it. */
  public static Optional<Eni> find(View view, String id, String region) {
    if (!Ec2Kind.NETWORK_INTERFACE.isWellFormed(id)) {
      throw Ec2Kind.NETWORK_INTERFACE.malformed(id);
    }
    return all(view, region).filter(e -> e.id().equals(id)).findFirst();
  }

  public static Eni require(View view, String id, String region) {
    return find(view, id, region).orElseThrow(() -> Ec2Kind.NETWORK_INTERFACE.notFound(id));
  }
}
