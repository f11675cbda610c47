package dev.vpclab.trace;

import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.NetworkIndex;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.VpcEndpoint;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import dev.vpclab.trace.Component.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Walks one TCP connection through the model, the way Reachability Analyzer reasons about a path:
 * the source's security groups, its subnet's route table (longest prefix match), the network ACL of
 * every subnet boundary crossed in both directions, NAT and internet gateways, gateway endpoints,
 * the destination's security groups, and the way back. Each component judged becomes a {@link
 * Step}; the first one that stops the connection ends the walk.
 */
public final class Reach {
  private static final List<Cidr> NOT_ON_THE_INTERNET =
      List.of(
          Cidr.of("10.0.0.0/8"),
          Cidr.of("172.16.0.0/12"),
          Cidr.of("192.168.0.0/16"),
          Cidr.of("100.64.0.0/10"),
          Cidr.of("169.254.0.0/16"),
          Cidr.of("127.0.0.0/8"));

  private final NetworkIndex network;
  private final View view;
  private final Ipv4 destinationAddress;
  private final String destinationLabel;
  private final List<Step> steps = new ArrayList<>();
  private Ipv4 seenSource;
  private VpcEndpoint endpoint;
  private String sourceVpc;
  private String receiver;

  private Reach(NetworkIndex network, Ipv4 destinationAddress, String destinationLabel) {
    this.network = network;
    this.view = network.view();
    this.destinationAddress = destinationAddress;
    this.destinationLabel = destinationLabel;
  }

  /**
   * A connection from an instance to {@code destination:port}.
   *
   * @param destinationLabel how to name the far end, e.g. {@code s3.us-east-2.amazonaws.com}
   */
  public static Path fromInstance(
      View view, Instance source, Ipv4 destination, int port, String destinationLabel) {
    return fromInstance(NetworkIndex.of(view), source, destination, port, destinationLabel);
  }

  /**
   * As {@link #fromInstance(View, Instance, Ipv4, int, String)}, over an index kept between calls.
   */
  public static Path fromInstance(
      NetworkIndex network, Instance source, Ipv4 destination, int port, String destinationLabel) {
    return fromInstance(
        network,
        source,
        Packet.tcp(source.privateIp(), Ephemeral.AMAZON_LINUX.port(), destination, port),
        destinationLabel);
  }

  /** An ICMP echo request (ping) from an instance, and its echo reply. */
  public static Path pingFromInstance(
      View view, Instance source, Ipv4 destination, String destinationLabel) {
    return fromInstance(
        NetworkIndex.of(view),
        source,
        Packet.echoRequest(source.privateIp(), destination),
        destinationLabel);
  }

  private static Path fromInstance(
      NetworkIndex network, Instance source, Packet packet, String destinationLabel) {
    var reach = new Reach(network, packet.destination(), destinationLabel);
    return reach.result(reach.outOf(source, packet));
  }

  /** A connection from a host on the internet, such as the learner's laptop. */
  public static Path fromInternet(
      View view,
      Ipv4 client,
      Ephemeral clientPorts,
      String clientLabel,
      Ipv4 destination,
      int port,
      String destinationLabel) {
    return fromInternet(
        NetworkIndex.of(view),
        client,
        clientPorts,
        clientLabel,
        destination,
        port,
        destinationLabel);
  }

  /** As {@link #fromInternet(View, Ipv4, Ephemeral, String, Ipv4, int, String)}, over an index. */
  public static Path fromInternet(
      NetworkIndex network,
      Ipv4 client,
      Ephemeral clientPorts,
      String clientLabel,
      Ipv4 destination,
      int port,
      String destinationLabel) {
    return fromInternet(
        network,
        Packet.tcp(client, clientPorts.port(), destination, port),
        clientPorts,
        clientLabel,
        destinationLabel);
  }

  /** An ICMP echo request (ping) from a host on the internet, and its echo reply. */
  public static Path pingFromInternet(
      View view, Ipv4 client, String clientLabel, Ipv4 destination, String destinationLabel) {
    return fromInternet(
        NetworkIndex.of(view),
        Packet.echoRequest(client, destination),
        Ephemeral.LAPTOP,
        clientLabel,
        destinationLabel);
  }

  private static Path fromInternet(
      NetworkIndex network,
      Packet packet,
      Ephemeral clientPorts,
      String clientLabel,
      String destinationLabel) {
    var reach = new Reach(network, packet.destination(), destinationLabel);
    reach.seenSource = packet.source();
    reach.steps.add(
        Step.pass(
            Component.of(Kind.INTERNET),
            clientLabel
                + " ("
                + packet.source()
                + ") → "
                + destinationLabel
                + " over the internet"));
    return reach.result(reach.acrossInternet(packet, clientPorts));
  }

  private Path result(boolean delivered) {
    return new Path(
        steps,
        delivered,
        Optional.ofNullable(seenSource),
        Optional.ofNullable(endpoint),
        Optional.ofNullable(sourceVpc),
        Optional.ofNullable(receiver));
  }

  // ------------------------------------------------------------------ from an instance

  private boolean outOf(Instance source, Packet packet) {
    Component instance = component(Kind.INSTANCE, source.id());
    if (source.state() != Instance.State.RUNNING) {
      return fail(instance, "is " + source.state().api() + ", not running", "BAD_STATE");
    }
    steps.add(Step.pass(instance, source.privateIp() + " in " + source.subnetId()));
    sourceVpc = source.vpcId();
    seenSource = source.privateIp();
    List<SecurityGroup> groups = groups(source.securityGroupIds());
    Set<String> remoteGroups = groupsAt(source.vpcId(), packet.destination());
    if (!securityGroups(groups, true, packet, remoteGroups)) {
      return false;
    }
    Subnet subnet = view.find(Subnet.class, source.subnetId()).orElseThrow();
    Optional<RouteTarget> next = route(subnet, packet.destination());
    if (next.isEmpty()) {
      return false;
    }
    RouteTarget target = next.get();
    if (target instanceof RouteTarget.Local) {
      return insideVpc(source, subnet, packet, groups);
    }
    if (target instanceof RouteTarget.Igw igw) {
      return throughInternetGateway(source, subnet, packet, igw.id());
    }
    if (target instanceof RouteTarget.Nat nat) {
      return throughNatGateway(subnet, packet, nat.id());
    }
    if (target instanceof RouteTarget.Endpoint e) {
      return throughGatewayEndpoint(subnet, packet, e.id());
    }
    return fail(
        component(Kind.ROUTE_TABLE, routeTable(subnet).id()),
        "routes to "
            + target.id()
            + ", an instance or interface: vpclab does not simulate routing"
            + " through appliances",
        "NOT_SIMULATED");
  }

  /** The route table's choice for {@code destination}; empty (with a failed step) when none. */
  private Optional<RouteTarget> route(Subnet subnet, Ipv4 destination) {
    RouteTable table = routeTable(subnet);
    Component component = component(Kind.ROUTE_TABLE, table.id());
    Optional<RouteCheck.Match> match = RouteCheck.lookup(table, destination);
    String which = table.isMain() ? " (the main route table of " + subnet.vpcId() + ")" : "";
    if (match.isEmpty()) {
      // the table's routes, so the learner sees what is there and why none fits
      String routes =
          table.routes().stream().map(RouteCheck::describe).collect(Collectors.joining(", "));
      fail(
          component,
          "no route matches "
              + destination
              + named(destination)
              + which
              + "; its routes: "
              + routes,
          "NO_ROUTE_TO_DESTINATION");
      return Optional.empty();
    }
    var route = match.get().route();
    if (!route.isActive(view, table.vpcId())) {
      fail(
          component,
          "route " + RouteCheck.describe(route) + " is a blackhole: " + gone(route.target()),
          "BAD_STATE_ROUTE");
      return Optional.empty();
    }
    steps.add(
        Step.pass(
            component,
            "route "
                + RouteCheck.describe(route)
                + " matches "
                + destination
                + " (/"
                + match.get().prefixLength()
                + ")"
                + which));
    return Optional.of(route.target());
  }

  /** {@code " (s3.amazonaws.com)"} for the far end, when it was reached by a name. */
  private String named(Ipv4 destination) {
    return destination.equals(destinationAddress)
            && !destinationLabel.equals(destination.toString())
        ? " (" + destinationLabel + ")"
        : "";
  }

  private String gone(RouteTarget target) {
    if (target instanceof RouteTarget.Nat nat) {
      return view.find(NatGateway.class, nat.id())
          .map(n -> "the NAT gateway is " + n.state().api())
          .orElse("the NAT gateway no longer exists");
    }
    if (target instanceof RouteTarget.Igw) {
      return "the internet gateway is detached or deleted";
    }
    return target.id() + " no longer exists";
  }

  private boolean insideVpc(
      Instance source, Subnet from, Packet packet, List<SecurityGroup> sourceGroups) {
    Optional<Instance> target =
        network.instancesAt(source.vpcId(), packet.destination()).stream().findFirst();
    if (target.isEmpty()) {
      return fail(
          component(Kind.INSTANCE, null),
          "no running instance has " + packet.destination() + " in " + source.vpcId(),
          "NO_DESTINATION");
    }
    Instance destination = target.get();
    Component instance = component(Kind.INSTANCE, destination.id());
    if (destination.state() != Instance.State.RUNNING) {
      return fail(instance, "is " + destination.state().api() + ", not running", "BAD_STATE");
    }
    Subnet to = view.find(Subnet.class, destination.subnetId()).orElseThrow();
    boolean crossing = !to.id().equals(from.id());
    if (crossing && !(acl(from, true, packet) && acl(to, false, packet))) {
      return false;
    }
    Set<String> sourceGroupIds =
        sourceGroups.stream().map(SecurityGroup::id).collect(Collectors.toSet());
    if (!securityGroups(groups(destination.securityGroupIds()), false, packet, sourceGroupIds)) {
      return false;
    }
    steps.add(Step.pass(instance, "receives " + packet.describe()));
    receiver = destination.id();
    Packet reply = packet.reply();
    return !crossing
        || (replies(to, true, reply, Ephemeral.AMAZON_LINUX)
            && replies(from, false, reply, Ephemeral.AMAZON_LINUX));
  }

  private boolean throughInternetGateway(
      Instance source, Subnet subnet, Packet packet, String igwId) {
    Component gateway = component(Kind.INTERNET_GATEWAY, igwId);
    Optional<Ipv4> publicIp = network.publicIp(source);
    if (publicIp.isEmpty()) {
      return fail(
          gateway,
          source.id()
              + " has no public IPv4 address, so the internet gateway cannot carry its"
              + " traffic",
          "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS");
    }
    if (!acl(subnet, true, packet)) {
      return false;
    }
    steps.add(
        Step.pass(
            gateway, "translates " + packet.source() + " to its public IP " + publicIp.get()));
    seenSource = publicIp.get();
    Packet outside = packet.from(publicIp.get(), packet.sourcePort());
    return acrossInternet(outside, Ephemeral.AMAZON_LINUX)
        && replies(subnet, false, packet.reply(), Ephemeral.AMAZON_LINUX);
  }

  private boolean throughNatGateway(Subnet from, Packet packet, String natId) {
    NatGateway nat = view.find(NatGateway.class, natId).orElseThrow();
    Component component = component(Kind.NAT_GATEWAY, natId);
    if (nat.state() != NatGateway.State.AVAILABLE) {
      return fail(component, "is " + nat.state().api(), "BAD_STATE");
    }
    Subnet natSubnet = view.find(Subnet.class, nat.subnetId()).orElseThrow();
    boolean crossing = !natSubnet.id().equals(from.id());
    if (crossing && !(acl(from, true, packet) && acl(natSubnet, false, packet))) {
      return false;
    }
    steps.add(
        Step.pass(
            component,
            "in "
                + natSubnet.id()
                + " translates "
                + packet.source()
                + " to its Elastic IP "
                + nat.publicIp()));
    seenSource = nat.publicIp();
    Packet translated = packet.from(nat.publicIp(), Ephemeral.NAT_GATEWAY.port());
    Optional<RouteTarget> next = route(natSubnet, packet.destination());
    if (next.isEmpty()) {
      return false;
    }
    if (!(next.get() instanceof RouteTarget.Igw igw)) {
      return fail(
          component(Kind.ROUTE_TABLE, routeTable(natSubnet).id()),
          "sends the NAT gateway's traffic to "
              + next.get().id()
              + ", not to an internet gateway:"
              + " a public NAT gateway must sit in a public subnet",
          "NO_ROUTE_TO_DESTINATION");
    }
    if (!acl(natSubnet, true, translated)) {
      return false;
    }
    steps.add(
        Step.pass(
            component(Kind.INTERNET_GATEWAY, igw.id()),
            "carries " + nat.publicIp() + " to the internet"));
    if (!acrossInternet(translated, Ephemeral.NAT_GATEWAY)
        || !replies(natSubnet, false, translated.reply(), Ephemeral.NAT_GATEWAY)) {
      return false;
    }
    Packet back = packet.reply();
    return !crossing
        || (replies(natSubnet, true, back, Ephemeral.AMAZON_LINUX)
            && replies(from, false, back, Ephemeral.AMAZON_LINUX));
  }

  private boolean throughGatewayEndpoint(Subnet subnet, Packet packet, String endpointId) {
    VpcEndpoint gateway = view.find(VpcEndpoint.class, endpointId).orElseThrow();
    if (!acl(subnet, true, packet)) {
      return false;
    }
    steps.add(
        Step.pass(
            component(Kind.VPC_ENDPOINT, endpointId),
            gateway.type().api
                + " endpoint for "
                + gateway.serviceName()
                + " carries the request"
                + " to "
                + destinationLabel
                + " without leaving the AWS network"));
    endpoint = gateway;
    return replies(subnet, false, packet.reply(), Ephemeral.AMAZON_LINUX);
  }

  // ------------------------------------------------------------------ across the internet

  /** The internet's part: who answers at a public address, and the way into their VPC. */
  private boolean acrossInternet(Packet packet, Ephemeral clientPorts) {
    Ipv4 destination = packet.destination();
    if (NOT_ON_THE_INTERNET.stream().anyMatch(c -> c.contains(destination))) {
      return fail(
          Component.of(Kind.INTERNET),
          destination + " is a private address: nothing on the internet routes to it",
          "PRIVATE_ADDRESS");
    }
    Optional<NatGateway> nat = network.natAtPublicIp(destination);
    if (nat.isPresent()) {
      return fail(
          component(Kind.NAT_GATEWAY, nat.get().id()),
          "holds " + destination + " but accepts no connections from the internet",
          "NAT_NO_INBOUND");
    }
    Optional<Instance> holder = network.instanceAtPublicIp(destination);
    if (holder.isEmpty()) {
      steps.add(
          Step.pass(
              Component.of(Kind.INTERNET),
              "delivers to " + destinationLabel + " (" + destination + ")"));
      return true;
    }
    return intoInstance(holder.get(), packet, clientPorts);
  }

  /** From the internet into an instance by its public address, and the reply's way out. */
  private boolean intoInstance(Instance destination, Packet packet, Ephemeral clientPorts) {
    Optional<InternetGateway> igw = network.internetGatewayOf(destination.vpcId());
    if (igw.isEmpty()) {
      return fail(
          component(Kind.INTERNET_GATEWAY, null),
          destination.vpcId()
              + " has no internet gateway attached, so nothing reaches "
              + packet.destination(),
          "NO_ROUTE_TO_DESTINATION");
    }
    steps.add(
        Step.pass(
            component(Kind.INTERNET_GATEWAY, igw.get().id()),
            "translates "
                + packet.destination()
                + " to "
                + destination.id()
                + "'s private IP "
                + destination.privateIp()));
    Packet inside =
        new Packet(
            packet.protocol(),
            packet.source(),
            packet.sourcePort(),
            destination.privateIp(),
            packet.destinationPort());
    Subnet subnet = view.find(Subnet.class, destination.subnetId()).orElseThrow();
    Component instance = component(Kind.INSTANCE, destination.id());
    if (destination.state() != Instance.State.RUNNING) {
      return fail(instance, "is " + destination.state().api() + ", not running", "BAD_STATE");
    }
    if (!acl(subnet, false, inside)
        || !securityGroups(groups(destination.securityGroupIds()), false, inside, Set.of())) {
      return false;
    }
    steps.add(Step.pass(instance, "receives " + inside.describe()));
    receiver = destination.id();
    Packet reply = inside.reply();
    Optional<RouteTarget> back = route(subnet, reply.destination());
    if (back.isEmpty()) {
      return false;
    }
    if (!(back.get() instanceof RouteTarget.Igw)) {
      return fail(
          component(Kind.ROUTE_TABLE, routeTable(subnet).id()),
          "sends the reply to "
              + reply.destination()
              + " via "
              + back.get().id()
              + " instead of the internet gateway, so it never returns",
          "NO_ROUTE_TO_DESTINATION");
    }
    return replies(subnet, true, reply, clientPorts);
  }

  // ------------------------------------------------------------------ the judges

  private boolean securityGroups(
      List<SecurityGroup> groups, boolean egress, Packet packet, Set<String> remoteGroups) {
    Optional<SgCheck.Match> match = SgCheck.decide(groups, egress, packet, remoteGroups);
    if (match.isPresent()) {
      SecurityGroup group = match.get().group();
      steps.add(
          Step.pass(
              component(Kind.SECURITY_GROUP, group.id()),
              SgCheck.describe(match.get().rule(), egress)));
      return true;
    }
    String ids = groups.stream().map(SecurityGroup::id).collect(Collectors.joining(", "));
    Ipv4 remote = egress ? packet.destination() : packet.source();
    return fail(
        component(Kind.SECURITY_GROUP, groups.isEmpty() ? null : groups.get(0).id()),
        "no "
            + (egress ? "outbound" : "inbound")
            + " rule of "
            + ids
            + " allows "
            + packet.describe()
            + (egress ? " to " : " from ")
            + remote,
        "ENI_SG_RULES_MISMATCH");
  }

  /** One packet crossing one subnet boundary. */
  private boolean acl(Subnet subnet, boolean egress, Packet packet) {
    NetworkAcl acl = network.aclOf(subnet.id()).orElseThrow();
    NetworkAcl.Entry entry = AclCheck.decide(acl, egress, packet);
    Component component = component(Kind.NETWORK_ACL, acl.id());
    String what =
        (egress ? "outbound " : "inbound ")
            + packet.describe()
            + (egress ? " to " + packet.destination() : " from " + packet.source())
            + " at "
            + subnet.id()
            + ": "
            + AclCheck.describe(entry);
    if (entry.action() == NetworkAcl.Action.ALLOW) {
      steps.add(Step.pass(component, what));
      return true;
    }
    return fail(component, what, "SUBNET_ACL_RESTRICTION");
  }

  /**
   * The replies of a connection crossing a subnet boundary: a network ACL is stateless, so it must
   * allow the client's whole range of ephemeral ports, not only the one this trace happened to use.
   */
  private boolean replies(Subnet subnet, boolean egress, Packet reply, Ephemeral clientPorts) {
    if (!Protocols.hasPorts(reply.protocol())) {
      // An ICMP reply has no ephemeral port: the ACL judges the one reply packet.
      return acl(subnet, egress, reply);
    }
    NetworkAcl acl = network.aclOf(subnet.id()).orElseThrow();
    var stretches = AclCheck.coverage(acl, egress, reply, clientPorts.range());
    Component component = component(Kind.NETWORK_ACL, acl.id());
    String what =
        "replies "
            + (egress ? "out to " + reply.destination() : "in from " + reply.source())
            + " on ephemeral ports "
            + clientPorts.range().from()
            + "-"
            + clientPorts.range().to()
            + " at "
            + subnet.id()
            + ": ";
    var denied = stretches.stream().filter(s -> !s.allowed()).toList();
    if (denied.isEmpty()) {
      steps.add(Step.pass(component, what + AclCheck.describe(stretches.get(0).entry())));
      return true;
    }
    if (denied.size() == stretches.size()) {
      return fail(
          component, what + AclCheck.describe(denied.get(0).entry()), "SUBNET_ACL_RESTRICTION");
    }
    String blocked =
        denied.stream()
            .map(s -> s.ports().from() + "-" + s.ports().to())
            .collect(Collectors.joining(", "));
    return fail(
        component,
        what
            + "ports "
            + blocked
            + " are denied ("
            + AclCheck.describe(denied.get(0).entry())
            + "), so some connections fail",
        "SUBNET_ACL_RESTRICTION");
  }

  // ------------------------------------------------------------------ lookups

  private RouteTable routeTable(Subnet subnet) {
    return network.routeTableOf(subnet).orElseThrow();
  }

  private List<SecurityGroup> groups(List<String> ids) {
    return ids.stream().flatMap(id -> view.find(SecurityGroup.class, id).stream()).toList();
  }

  /** The security groups of whatever has {@code ip} inside the VPC, for group-referencing rules. */
  private Set<String> groupsAt(String vpcId, Ipv4 ip) {
    return network.instancesAt(vpcId, ip).stream()
        .flatMap(i -> i.securityGroupIds().stream())
        .collect(Collectors.toSet());
  }

  private Component component(Kind kind, String id) {
    if (id == null) {
      return Component.of(kind);
    }
    return Component.named(kind, id, view);
  }

  private boolean fail(Component component, String detail, String code) {
    steps.add(Step.fail(component, detail, code));
    return false;
  }
}
