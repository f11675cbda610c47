package dev.vpclab.model;

import dev.vpclab.model.catalog.Region;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.catalog.Zone;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.iam.ManagedPolicies;
import dev.vpclab.net.Cidr;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a brand-new AWS account holds: in every region a default VPC (172.31.0.0/16, a /20 default
 * subnet per Availability Zone, an attached internet gateway, a main route table sending 0.0.0.0/0
 * to it, the default network ACL and the default security group), and the AWS managed policies.
 */
public final class FreshAccount {
  /** When every fresh session's clock starts; fixed, so outputs are reproducible. */
  public static final Instant SESSION_START = Instant.parse("2026-01-12T09:00:00Z");

  private static final Instant ACCOUNT_CREATED = Instant.parse("2025-09-01T08:00:00Z");
  private static final Cidr DEFAULT_VPC_CIDR = Cidr.of("172.31.0.0/16");

  private FreshAccount() {}

  public static World create() {
    Tx tx = World.empty(ACCOUNT_CREATED).begin();
    for (Region region : Regions.catalog().all()) {
      defaultVpc(tx, region);
    }
    ManagedPolicies.catalog().all().forEach(tx::putQuietly);
    tx.advance(java.time.Duration.between(ACCOUNT_CREATED, SESSION_START));
    return tx.commit();
  }

  private static void defaultVpc(Tx tx, Region region) {
    String r = region.name();
    String vpcId = Ids.ec2Fixed("vpc", r + "/default");
    tx.putQuietly(
        new Vpc(
            vpcId,
            r,
            DEFAULT_VPC_CIDR,
            Ids.ec2Fixed("vpc-cidr-assoc", r + "/default"),
            true,
            true,
            true,
            Ids.ec2Fixed("dopt", r + "/default"),
            "default"));
    var subnets = new ArrayList<Subnet>();
    List<Zone> zones = region.zones();
    for (int i = 0; i < zones.size(); i++) {
      Zone zone = zones.get(i);
      Cidr cidr = new Cidr(DEFAULT_VPC_CIDR.address(i * 4096L), 20);
      subnets.add(
          tx.putQuietly(
              new Subnet(
                  Ids.ec2Fixed("subnet", r + "/default/" + zone.name()),
                  r,
                  vpcId,
                  cidr,
                  zone.name(),
                  zone.zoneId(),
                  true,
                  true)));
    }
    String igwId = Ids.ec2Fixed("igw", r + "/default");
    tx.putQuietly(new InternetGateway(igwId, r, vpcId));
    tx.putQuietly(
        new RouteTable(
            Ids.ec2Fixed("rtb", r + "/default"),
            r,
            vpcId,
            List.of(
                new Route(
                    new RouteDestination.ToCidr(DEFAULT_VPC_CIDR),
                    new RouteTarget.Local(),
                    Route.CREATE_ROUTE_TABLE),
                new Route(
                    new RouteDestination.ToCidr(Cidr.ANYWHERE),
                    new RouteTarget.Igw(igwId),
                    Route.CREATE_ROUTE)),
            List.of(
                new RouteTable.Association(Ids.ec2Fixed("rtbassoc", r + "/default"), null, true))));
    var naclAssociations = new ArrayList<NetworkAcl.Association>();
    for (Subnet subnet : subnets) {
      naclAssociations.add(
          new NetworkAcl.Association(
              Ids.ec2Fixed("aclassoc", r + "/default/" + subnet.availabilityZone()), subnet.id()));
    }
    tx.putQuietly(
        defaultNetworkAcl(Ids.ec2Fixed("acl", r + "/default"), r, vpcId, naclAssociations));
    tx.putQuietly(
        defaultSecurityGroup(Ids.ec2Fixed("sg", r + "/default"), r, vpcId, r + "/default"));
  }

  /** The default network ACL of any VPC: rule 100 allows everything both ways. */
  public static NetworkAcl defaultNetworkAcl(
      String id, String region, String vpcId, List<NetworkAcl.Association> associations) {
    var entries = new ArrayList<NetworkAcl.Entry>();
    for (boolean egress : new boolean[] {false, true}) {
      entries.add(
          new NetworkAcl.Entry(
              100, egress, "-1", NetworkAcl.Action.ALLOW, Cidr.ANYWHERE, null, null));
    }
    entries.addAll(denyAllEntries());
    return new NetworkAcl(id, region, vpcId, true, entries, associations);
  }

  /** The {@code *} rule every network ACL ends with, in both directions. */
  public static List<NetworkAcl.Entry> denyAllEntries() {
    return List.of(
        new NetworkAcl.Entry(
            NetworkAcl.DEFAULT_RULE,
            false,
            "-1",
            NetworkAcl.Action.DENY,
            Cidr.ANYWHERE,
            null,
            null),
        new NetworkAcl.Entry(
            NetworkAcl.DEFAULT_RULE,
            true,
            "-1",
            NetworkAcl.Action.DENY,
            Cidr.ANYWHERE,
            null,
            null));
  }

  /**
   * The default security group of any VPC: all traffic in from itself, all traffic out (VPC user
   * guide, default-security-group).
   */
  public static SecurityGroup defaultSecurityGroup(
      String id, String region, String vpcId, String ruleSeed) {
    return new SecurityGroup(
        id,
        region,
        vpcId,
        "default",
        "default VPC security group",
        List.of(
            new SecurityGroup.Rule(
                Ids.ec2Fixed("sgr", ruleSeed + "/in"),
                "-1",
                -1,
                -1,
                new SecurityGroup.Peer.ToGroup(id, Account.ID),
                null)),
        List.of(allOutbound(Ids.ec2Fixed("sgr", ruleSeed + "/out"))));
  }

  /** The one outbound rule every new security group starts with. */
  public static SecurityGroup.Rule allOutbound(String ruleId) {
    return new SecurityGroup.Rule(
        ruleId, "-1", -1, -1, new SecurityGroup.Peer.ToCidr(Cidr.ANYWHERE), null);
  }
}
