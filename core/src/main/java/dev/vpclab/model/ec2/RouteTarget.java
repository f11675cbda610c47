package dev.vpclab.model.ec2;

/** Where a route sends traffic. */
public sealed interface RouteTarget {
  /** The resource ID the route names, or {@code local}. */
  String id();

  /** Traffic within the VPC's own CIDR. */
  record Local() implements RouteTarget {
    @Override
    public String id() {
      return "local";
    }
  }

  /** An internet gateway ({@code GatewayId}: {@code igw-…}). */
  record Igw(String id) implements RouteTarget {}

  /** A NAT gateway ({@code NatGatewayId}). */
  record Nat(String id) implements RouteTarget {}

  /** A gateway VPC endpoint ({@code GatewayId}: {@code vpce-…}), added by the endpoint itself. */
  record Endpoint(String id) implements RouteTarget {}

  /** An instance ({@code InstanceId}), e.g. a NAT instance. */
  record Instance(String id) implements RouteTarget {}

  /** A network interface ({@code NetworkInterfaceId}). */
  record NetworkInterface(String id) implements RouteTarget {}
}
