package dev.vpclab.cli.ec2;

import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.net.Ipv4;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The network interfaces of the account, derived from their owners: every live instance has one,
 * and so has every NAT gateway that has not failed or been deleted. vpclab stores no ENI of its
 * own, so this is the one place that knows how to find one by ID.
 */
public final class Enis {
  private Enis() {}

  /** One ENI: exactly one of {@code instanceId} and {@code natGatewayId} is set. */
  public record Eni(
      String id,
      String region,
      String vpcId,
      String subnetId,
      Ipv4 privateIp,
      String instanceId,
      String natGatewayId) {

    public boolean isRequesterManaged() {
      return natGatewayId != null;
    }
  }

  public static Stream<Eni> all(View view, String region) {
    Stream<Eni> ofInstances =
        view.all(Instance.class, region)
            .filter(i -> !i.isTerminated())
            .map(
                i ->
                    new Eni(
                        i.networkInterfaceId(),
                        i.region(),
                        i.vpcId(),
                        i.subnetId(),
                        i.privateIp(),
                        i.id(),
                        null));
    Stream<Eni> ofNatGateways =
        view.all(NatGateway.class, region)
            .filter(n -> !n.isGone())
            .map(
                n ->
                    new Eni(
                        n.networkInterfaceId(),
                        n.region(),
                        n.vpcId(),
                        n.subnetId(),
                        n.privateIp(),
                        null,
                        n.id()));
    return Stream.concat(ofInstances, ofNatGateways);
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
