package dev.vpclab.model.ec2;

import dev.vpclab.model.View;

/**
 * Where a route sends traffic. Whether a route is {@code active} or {@code blackhole} is decided
 * here, from the current state of its target, so it can never go stale.
 */
public sealed interface RouteTarget {
  /** The resource ID the route names, or {@code local}. */
  String id();

  /**
   * Whether traffic can still leave through this target from a route table of {@code vpcId}; a
   * route whose target cannot is a {@code blackhole} route.
   */
  boolean isActive(View view, String vpcId);

  /** Traffic within the VPC's own CIDR. */
  record Local() implements RouteTarget {
    @Override
    public String id() {
      return "local";
    }

    @Override
    public boolean isActive(View view, String vpcId) {
      return true;
    }
  }

  /** An internet gateway ({@code GatewayId}: {@code igw-…}); detached or deleted is blackhole. */
  record Igw(String id) implements RouteTarget {
    @Override
    public boolean isActive(View view, String vpcId) {
      return view.find(InternetGateway.class, id)
          .flatMap(InternetGateway::vpcId)
          .filter(vpcId::equals)
          .isPresent();
    }
  }

  /** A NAT gateway ({@code NatGatewayId}); failed, deleting or deleted is blackhole. */
  record Nat(String id) implements RouteTarget {
    @Override
    public boolean isActive(View view, String vpcId) {
      return view.find(NatGateway.class, id).filter(n -> !n.isGone()).isPresent();
    }
  }

  /** A gateway VPC endpoint ({@code GatewayId}: {@code vpce-…}), added by the endpoint itself. */
  record Endpoint(String id) implements RouteTarget {
    @Override
    public boolean isActive(View view, String vpcId) {
      return view.find(VpcEndpoint.class, id).isPresent();
    }
  }

  /** An instance ({@code InstanceId}), e.g. a NAT instance; active only while it runs. */
  record Instance(String id) implements RouteTarget {
    @Override
    public boolean isActive(View view, String vpcId) {
      return view.find(dev.vpclab.model.ec2.Instance.class, id)
          .filter(RouteTarget::isUp)
          .isPresent();
    }
  }

  /**
   * A network interface ({@code NetworkInterfaceId}): an instance's or a NAT gateway's, active
   * while its owner is up.
   */
  record NetworkInterface(String id) implements RouteTarget {
    @Override
    public boolean isActive(View view, String vpcId) {
      return view.all(dev.vpclab.model.ec2.Instance.class)
              .anyMatch(i -> id.equals(i.networkInterfaceId()) && isUp(i))
          || view.all(NatGateway.class)
              .anyMatch(n -> id.equals(n.networkInterfaceId()) && !n.isGone());
    }
  }

  private static boolean isUp(dev.vpclab.model.ec2.Instance instance) {
    return instance.state() == dev.vpclab.model.ec2.Instance.State.RUNNING
        || instance.state() == dev.vpclab.model.ec2.Instance.State.PENDING;
  }
}
