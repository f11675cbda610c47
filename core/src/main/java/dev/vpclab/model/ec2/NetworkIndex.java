package dev.vpclab.model.ec2;

import dev.vpclab.model.View;
import dev.vpclab.net.Ipv4;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups the tracer makes on every hop, answered from maps instead of scans of the whole account:
 * which network ACL and route table serve a subnet, which instance has an address or a DNS name,
 * which Elastic IP is on an interface, which instance profile an instance has. Computed beside one
 * {@link View} that does not change (a World; never stored inside it); each map is built on first
 * use, so a call pays only for what it asks. Every answer is the one the scans give: the first
 * match in creation order. Not thread-safe, like the session that keeps it.
 */
public final class NetworkIndex {
  private final View view;
  private Map<String, NetworkAcl> aclBySubnet;
  private Map<String, RouteTable> explicitTables;
  private Map<String, RouteTable> mainTables;
  private Map<String, List<Instance>> liveInstancesByPrivateIp;
  private Map<String, ElasticIp> elasticIpByInterface;
  private Map<Ipv4, Instance> instanceByPublicIp;
  private Map<Ipv4, NatGateway> natByPublicIp;
  private Map<String, InternetGateway> igwByVpc;
  private Map<String, Instance> instanceByDnsName;
  private Map<String, ProfileAssociation> activeProfileByInstance;

  private NetworkIndex(View view) {
    this.view = view;
  }

  public static NetworkIndex of(View view) {
    return new NetworkIndex(view);
  }

  /** The account state this index describes. */
  public View view() {
    return view;
  }

  /** As {@link NetworkAcl#forSubnet}. */
  public Optional<NetworkAcl> aclOf(String subnetId) {
    if (aclBySubnet == null) {
      aclBySubnet = new HashMap<>();
      view.all(NetworkAcl.class)
          .forEach(a -> a.associations().forEach(s -> aclBySubnet.putIfAbsent(s.subnetId(), a)));
    }
    return Optional.ofNullable(aclBySubnet.get(subnetId));
  }

  /** As {@link RouteTable#forSubnet}: the explicitly associated table, else the VPC's main one. */
  public Optional<RouteTable> routeTableOf(Subnet subnet) {
    if (explicitTables == null) {
      explicitTables = new HashMap<>();
      mainTables = new HashMap<>();
      view.all(RouteTable.class)
          .forEach(
              t -> {
                t.associations().stream()
                    .flatMap(a -> a.subnet().stream())
                    .forEach(s -> explicitTables.putIfAbsent(t.vpcId() + "/" + s, t));
                if (t.isMain()) {
                  mainTables.putIfAbsent(t.vpcId(), t);
                }
              });
    }
    return Optional.ofNullable(explicitTables.get(subnet.vpcId() + "/" + subnet.id()))
        .or(() -> Optional.ofNullable(mainTables.get(subnet.vpcId())));
  }

  /** The instances (not terminated) with this private address in a VPC, oldest first. */
  public List<Instance> instancesAt(String vpcId, Ipv4 privateIp) {
    if (liveInstancesByPrivateIp == null) {
      liveInstancesByPrivateIp = new HashMap<>();
      view.all(Instance.class)
          .filter(i -> !i.isTerminated())
          .forEach(
              i ->
                  liveInstancesByPrivateIp
                      .computeIfAbsent(i.vpcId() + "/" + i.privateIp(), k -> new ArrayList<>())
                      .add(i));
    }
    return liveInstancesByPrivateIp.getOrDefault(vpcId + "/" + privateIp, List.of());
  }

  /** As {@link Addressing#publicIp}. */
  public Optional<Ipv4> publicIp(Instance instance) {
    if (elasticIpByInterface == null) {
      elasticIpByInterface = new HashMap<>();
      view.all(ElasticIp.class)
          .forEach(
              e ->
                  e.current()
                      .ifPresent(a -> elasticIpByInterface.putIfAbsent(a.networkInterfaceId(), e)));
    }
    return Addressing.publicOf(
            Optional.ofNullable(elasticIpByInterface.get(instance.networkInterfaceId())),
            instance.launchPublicIp())
        .map(Addressing.Public::ip);
  }

  /** The instance (not terminated) the internet reaches at a public address. */
  public Optional<Instance> instanceAtPublicIp(Ipv4 address) {
    if (instanceByPublicIp == null) {
      instanceByPublicIp = new HashMap<>();
      view.all(Instance.class)
          .filter(i -> !i.isTerminated())
          .forEach(i -> publicIp(i).ifPresent(ip -> instanceByPublicIp.putIfAbsent(ip, i)));
    }
    return Optional.ofNullable(instanceByPublicIp.get(address));
  }

  /** The NAT gateway (not gone) holding a public address. */
  public Optional<NatGateway> natAtPublicIp(Ipv4 address) {
    if (natByPublicIp == null) {
      natByPublicIp = new HashMap<>();
      view.all(NatGateway.class)
          .filter(n -> !n.isGone() && n.publicIp() != null)
          .forEach(n -> natByPublicIp.putIfAbsent(n.publicIp(), n));
    }
    return Optional.ofNullable(natByPublicIp.get(address));
  }

  /** The internet gateway attached to a VPC. */
  public Optional<InternetGateway> internetGatewayOf(String vpcId) {
    if (igwByVpc == null) {
      igwByVpc = new HashMap<>();
      view.all(InternetGateway.class)
          .forEach(g -> g.vpcId().ifPresent(v -> igwByVpc.putIfAbsent(v, g)));
    }
    return Optional.ofNullable(igwByVpc.get(vpcId));
  }

  /**
   * The instance (not terminated) of a VPC that its resolver knows by this name: its private name
   * ({@code ip-10-0-1-57.us-east-2.compute.internal}), or its public one when the VPC gives DNS
   * hostnames, spelled from its public address (its private one when it has none).
   */
  public Optional<Instance> instanceNamed(String vpcId, String lowerCaseName) {
    if (instanceByDnsName == null) {
      instanceByDnsName = new HashMap<>();
      view.all(Instance.class)
          .filter(i -> !i.isTerminated())
          .forEach(
              i -> {
                String privateName = Addressing.privateDnsName(i.privateIp(), i.region());
                String publicName =
                    Addressing.publicDnsName(
                        view, i.vpcId(), publicIp(i).orElse(i.privateIp()), i.region());
                instanceByDnsName.putIfAbsent(i.vpcId() + "/" + privateName, i);
                if (!publicName.isEmpty()) {
                  instanceByDnsName.putIfAbsent(i.vpcId() + "/" + publicName, i);
                }
              });
    }
    return Optional.ofNullable(instanceByDnsName.get(vpcId + "/" + lowerCaseName));
  }

  /** The instance profile association in force on an instance (associating or associated). */
  public Optional<ProfileAssociation> profileAssociationOf(String instanceId) {
    if (activeProfileByInstance == null) {
      activeProfileByInstance = new HashMap<>();
      view.all(ProfileAssociation.class)
          .filter(ProfileAssociation::isActive)
          .forEach(a -> activeProfileByInstance.putIfAbsent(a.instanceId(), a));
    }
    return Optional.ofNullable(activeProfileByInstance.get(instanceId));
  }
}
