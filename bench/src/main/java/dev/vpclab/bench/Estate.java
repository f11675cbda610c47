package dev.vpclab.bench;

import dev.vpclab.model.Account;
import dev.vpclab.model.FreshAccount;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tag;
import dev.vpclab.model.Tags;
import dev.vpclab.model.Tx;
import dev.vpclab.model.World;
import dev.vpclab.model.catalog.Images;
import dev.vpclab.model.catalog.Region;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.catalog.Zone;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.ProfileAssociation;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.RouteTarget;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.model.iam.Role;
import dev.vpclab.net.Cidr;
import dev.vpclab.net.Ipv4;
import dev.vpclab.net.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A large account in us-east-2, written straight into the model in one {@link Tx} (the operations
 * would take minutes for this many resources): VPCs of ten /24 subnets each, half of them public
 * behind their VPC's internet gateway, every tenth VPC with a NAT gateway, a custom network ACL of
 * forty rules on the public half, three tiers of security groups, route tables with a dozen
 * on-premises routes each, and two instances per VPC whose app tier has an instance profile. The
 * VPCs are /20s of 10.1.0.0 onward, so the lab's 10.0.0.0/16 fits beside them; IDs are fixed, so
 * the lab built on top gets the same IDs as in a fresh account.
 */
public final class Estate {
  static final String REGION = "us-east-2";
  private static final Ipv4 FIRST_VPC = Ipv4.of("10.1.0.0");
  private static final Ipv4 FIRST_WEB_IP = Ipv4.of("3.12.0.10");
  private static final Ipv4 FIRST_NAT_IP = Ipv4.of("3.14.0.10");
  private static final String AL2 = Images.SSM_PREFIX + "amzn2-ami-hvm-x86_64-gp2";
  private static final int SUBNETS_PER_VPC = 10;
  private static final int PUBLIC_SUBNETS = SUBNETS_PER_VPC / 2;
  private static final int ON_PREMISES_ROUTES = 12;
  private static final int ACL_RULES_PER_DIRECTION = 20;
  private static final int TIERS = 3;
  private static final int RULES_PER_TIER = 9;
  private static final String APP_ROLE = "estate-app";

  private final Tx tx;
  private final Region region = Regions.catalog().require(REGION);
  private final String imageId = Images.catalog().bySsmParameter(REGION, AL2).orElseThrow().id();
  private final InstanceProfile appProfile;

  private Estate(Tx tx) {
    this.tx = tx;
    this.appProfile = appRoleAndProfile();
  }

  /** A fresh account with {@code vpcs} VPCs of the estate added. */
  public static World generate(int vpcs) {
    Tx tx = FreshAccount.create().begin();
    var estate = new Estate(tx);
    for (int i = 0; i < vpcs; i++) {
      estate.vpc(i);
    }
    return tx.commit();
  }

  private void vpc(int index) {
    String seed = "estate/" + index;
    Cidr cidr = new Cidr(FIRST_VPC.plus(index * 4096L), 20);
    String vpcId = Ids.ec2Fixed("vpc", seed);
    tx.putQuietly(
        new Vpc(
            vpcId,
            REGION,
            cidr,
            Ids.ec2Fixed("vpc-cidr-assoc", seed),
            false,
            true,
            false,
            Ids.ec2Fixed("dopt", REGION + "/default"),
            "default"));
    tx.setTags(vpcId, new Tags(List.of(new Tag("Name", "estate-" + index))));
    List<Subnet> subnets = subnets(seed, vpcId, cidr);
    String igwId = Ids.ec2Fixed("igw", seed);
    tx.putQuietly(new InternetGateway(igwId, REGION, vpcId));
    RouteTarget egress =
        index % 10 == 0 ? new RouteTarget.Nat(natGateway(seed, index / 10, subnets.get(0))) : null;
    routeTables(seed, vpcId, cidr, subnets, new RouteTarget.Igw(igwId), egress);
    networkAcls(seed, vpcId, subnets);
    List<String> tiers = securityGroups(seed, vpcId);
    Instance web = instance(seed + "/web", subnets.get(0), tiers.get(0), FIRST_WEB_IP.plus(index));
    Instance app = instance(seed + "/app", subnets.get(PUBLIC_SUBNETS), tiers.get(1), null);
    tx.putQuietly(web);
    tx.putQuietly(app);
    tx.putQuietly(
        new ProfileAssociation(
            Ids.ec2Fixed("iip-assoc", seed),
            REGION,
            app.id(),
            appProfile.arn(Account.ID),
            appProfile.id(),
            ProfileAssociation.State.ASSOCIATED,
            tx.now()));
  }

  private List<Subnet> subnets(String seed, String vpcId, Cidr vpcCidr) {
    var subnets = new ArrayList<Subnet>();
    for (int j = 0; j < SUBNETS_PER_VPC; j++) {
      Zone zone = region.zones().get(j % region.zones().size());
      subnets.add(
          tx.putQuietly(
              new Subnet(
                  Ids.ec2Fixed("subnet", seed + "/" + j),
                  REGION,
                  vpcId,
                  new Cidr(vpcCidr.address(j * 256L), 24),
                  zone.name(),
                  zone.zoneId(),
                  j < PUBLIC_SUBNETS,
                  false)));
    }
    return subnets;
  }

  /** A public NAT gateway with its Elastic IP in {@code subnet}; its ID. */
  private String natGateway(String seed, int number, Subnet subnet) {
    String natId = Ids.ec2Fixed("nat", seed);
    String eniId = Ids.ec2Fixed("eni", seed + "/nat");
    String allocationId = Ids.ec2Fixed("eipalloc", seed);
    Ipv4 privateIp = subnet.cidr().address(5);
    Ipv4 publicIp = FIRST_NAT_IP.plus(number);
    tx.putQuietly(
        new ElasticIp(
            allocationId,
            REGION,
            publicIp,
            new ElasticIp.Association(Ids.ec2Fixed("eipassoc", seed), null, eniId, privateIp)));
    tx.putQuietly(
        new NatGateway(
            natId,
            REGION,
            subnet.vpcId(),
            subnet.id(),
            allocationId,
            eniId,
            privateIp,
            publicIp,
            NatGateway.State.AVAILABLE,
            null,
            null,
            tx.now(),
            null));
    return natId;
  }

  /**
   * The main table (private subnets) sends the internet to the NAT gateway where the VPC has one,
   * else to the internet gateway; the public table, associated with the public subnets, to the
   * internet gateway. Each also has a dozen routes to on-premises /24s.
   */
  private void routeTables(
      String seed,
      String vpcId,
      Cidr cidr,
      List<Subnet> subnets,
      RouteTarget igw,
      RouteTarget nat) {
    var publicAssociations = new ArrayList<RouteTable.Association>();
    for (Subnet subnet : subnets.subList(0, PUBLIC_SUBNETS)) {
      publicAssociations.add(
          new RouteTable.Association(Ids.ec2Fixed("rtbassoc", subnet.id()), subnet.id(), false));
    }
    tx.putQuietly(
        new RouteTable(
            Ids.ec2Fixed("rtb", seed + "/public"),
            REGION,
            vpcId,
            routes(cidr, igw, "172.16.0.0"),
            publicAssociations));
    tx.putQuietly(
        new RouteTable(
            Ids.ec2Fixed("rtb", seed + "/main"),
            REGION,
            vpcId,
            routes(cidr, nat == null ? igw : nat, "172.17.0.0"),
            List.of(new RouteTable.Association(Ids.ec2Fixed("rtbassoc", seed), null, true))));
  }

  private static List<Route> routes(Cidr vpcCidr, RouteTarget out, String onPremises) {
    var routes = new ArrayList<Route>();
    routes.add(
        new Route(
            new RouteDestination.ToCidr(vpcCidr),
            new RouteTarget.Local(),
            Route.CREATE_ROUTE_TABLE));
    routes.add(new Route(new RouteDestination.ToCidr(Cidr.ANYWHERE), out, Route.CREATE_ROUTE));
    Ipv4 first = Ipv4.of(onPremises);
    for (int k = 0; k < ON_PREMISES_ROUTES; k++) {
      routes.add(
          new Route(
              new RouteDestination.ToCidr(new Cidr(first.plus(k * 256L), 24)),
              out,
              Route.CREATE_ROUTE));
    }
    return routes;
  }

  /** The default ACL on the private subnets; a custom one of forty rules on the public ones. */
  private void networkAcls(String seed, String vpcId, List<Subnet> subnets) {
    var defaultAssociations = new ArrayList<NetworkAcl.Association>();
    var customAssociations = new ArrayList<NetworkAcl.Association>();
    for (int j = 0; j < subnets.size(); j++) {
      String subnetId = subnets.get(j).id();
      var association = new NetworkAcl.Association(Ids.ec2Fixed("aclassoc", subnetId), subnetId);
      (j < PUBLIC_SUBNETS ? customAssociations : defaultAssociations).add(association);
    }
    tx.putQuietly(
        FreshAccount.defaultNetworkAcl(
            Ids.ec2Fixed("acl", seed + "/default"), REGION, vpcId, defaultAssociations));
    var entries = new ArrayList<>(FreshAccount.denyAllEntries());
    for (boolean egress : new boolean[] {false, true}) {
      for (int k = 0; k < ACL_RULES_PER_DIRECTION - 1; k++) {
        entries.add(
            new NetworkAcl.Entry(
                100 + 10 * k,
                egress,
                "6",
                k % 4 == 3 ? NetworkAcl.Action.DENY : NetworkAcl.Action.ALLOW,
                new Cidr(Ipv4.of("192.168.0.0").plus(k * 256L), 24),
                PortRange.single(8000 + k),
                null));
      }
      entries.add(
          new NetworkAcl.Entry(
              900,
              egress,
              "6",
              NetworkAcl.Action.ALLOW,
              Cidr.ANYWHERE,
              new PortRange(1024, 65535),
              null));
    }
    tx.putQuietly(
        new NetworkAcl(
            Ids.ec2Fixed("acl", seed + "/public"),
            REGION,
            vpcId,
            false,
            entries,
            customAssociations));
  }

  /** The default group and three tiers; the IDs of the tiers. */
  private List<String> securityGroups(String seed, String vpcId) {
    tx.putQuietly(
        FreshAccount.defaultSecurityGroup(
            Ids.ec2Fixed("sg", seed + "/default"), REGION, vpcId, seed + "/default"));
    var tiers = new ArrayList<String>();
    for (int t = 0; t < TIERS; t++) {
      String groupSeed = seed + "/tier" + t;
      String groupId = Ids.ec2Fixed("sg", groupSeed);
      var ingress = new ArrayList<SecurityGroup.Rule>();
      for (int k = 0; k < RULES_PER_TIER; k++) {
        ingress.add(
            new SecurityGroup.Rule(
                Ids.ec2Fixed("sgr", groupSeed + "/in/" + k),
                "tcp",
                8000 + k,
                8000 + k,
                new SecurityGroup.Peer.ToCidr(new Cidr(Ipv4.of("10.0.0.0").plus(k * 65536L), 16)),
                null));
      }
      tx.putQuietly(
          new SecurityGroup(
              groupId,
              REGION,
              vpcId,
              "tier-" + t,
              "estate tier " + t,
              ingress,
              List.of(FreshAccount.allOutbound(Ids.ec2Fixed("sgr", groupSeed + "/out")))));
      tiers.add(groupId);
    }
    return tiers;
  }

  private Instance instance(String seed, Subnet subnet, String groupId, Ipv4 publicIp) {
    return new Instance(
        Ids.ec2Fixed("i", seed),
        REGION,
        Ids.ec2Fixed("r", seed),
        imageId,
        "t2.micro",
        subnet.vpcId(),
        subnet.id(),
        subnet.availabilityZone(),
        Ids.ec2Fixed("eni", seed),
        subnet.cidr().address(10),
        publicIp,
        null,
        List.of(groupId),
        Instance.State.RUNNING,
        tx.now(),
        0,
        tx.now(),
        new Instance.Metadata("optional", 1, "enabled"),
        publicIp != null,
        true);
  }

  /** One role for every app instance, and its instance profile. */
  private InstanceProfile appRoleAndProfile() {
    String trust =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    tx.putQuietly(
        new Role(
            APP_ROLE,
            Ids.iamFixed("AROA", APP_ROLE, 17),
            "/",
            trust,
            null,
            Role.DEFAULT_MAX_SESSION_DURATION,
            List.of("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"),
            Map.of(),
            tx.now()));
    return tx.putQuietly(
        new InstanceProfile(
            APP_ROLE,
            Ids.iamFixed("AIPA", APP_ROLE, 17),
            "/",
            List.of(APP_ROLE),
            tx.now(),
            Tags.NONE));
  }
}
