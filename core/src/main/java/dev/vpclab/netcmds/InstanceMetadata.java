package dev.vpclab.netcmds;

import dev.vpclab.hosts.Hosts;
import dev.vpclab.hosts.Imds;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.ProfileAssociation;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.net.Ipv4;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the instance metadata service knows about one instance, as paths under {@code
 * /latest/meta-data/} (EC2 user guide, instancedata-data-categories): a leaf holds a value served
 * as is, without a final newline; a directory lists its children one a line, sorted, with a {@code
 * /} after those that are directories themselves.
 */
final class InstanceMetadata {
  private final Map<String, String> leaves = new TreeMap<>();

  /**
   * Listings that are not the names of their children: {@code public-keys/} lists {@code 0=KEY}.
   */
  private final Map<String, String> listings = new LinkedHashMap<>();

  private InstanceMetadata() {}

  static InstanceMetadata of(View view, Instance instance, Instant now) {
    var data = new InstanceMetadata();
    data.describe(view, instance, now);
    return data;
  }

  /** A value or a listing at {@code path} (relative to meta-data/, no leading slash). */
  Optional<String> get(String path) {
    String key = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (leaves.containsKey(key)) {
      return path.endsWith("/") ? Optional.empty() : Optional.of(leaves.get(key));
    }
    if (listings.containsKey(key)) {
      return Optional.of(listings.get(key));
    }
    String prefix = key.isEmpty() ? "" : key + "/";
    var children = new java.util.TreeSet<String>();
    for (String leaf : leaves.keySet()) {
      if (leaf.startsWith(prefix)) {
        String rest = leaf.substring(prefix.length());
        int slash = rest.indexOf('/');
        children.add(slash < 0 ? rest : rest.substring(0, slash + 1));
      }
    }
    return children.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", children));
  }

  private void describe(View view, Instance instance, Instant now) {
    Subnet subnet = view.find(Subnet.class, instance.subnetId()).orElseThrow();
    Vpc vpc = view.find(Vpc.class, instance.vpcId()).orElseThrow();
    Optional<Ipv4> publicIp = Addressing.publicIp(view, instance);
    String privateName = Addressing.privateDnsName(instance.privateIp(), instance.region());
    String publicName =
        publicIp
            .map(ip -> Addressing.publicDnsName(view, vpc.id(), ip, instance.region()))
            .orElse("");
    String mac = mac(instance);
    List<SecurityGroup> groups =
        instance.securityGroupIds().stream()
            .flatMap(id -> view.find(SecurityGroup.class, id).stream())
            .toList();
    String groupNames = groups.stream().map(SecurityGroup::name).collect(Collectors.joining("\n"));

    leaves.put("ami-id", instance.imageId());
    leaves.put("ami-launch-index", Integer.toString(instance.launchIndex()));
    leaves.put("ami-manifest-path", "(unknown)");
    leaves.put("block-device-mapping/ami", "/dev/xvda");
    leaves.put("block-device-mapping/root", "/dev/xvda");
    leaves.put("events/maintenance/history", "[]");
    leaves.put("events/maintenance/scheduled", "[]");
    leaves.put("hostname", privateName);
    leaves.put(
        "identity-credentials/ec2/info",
        json("Code", "Success", "LastUpdated", stamp(lastUpdated(now)), "AccountId", Account.ID));
    leaves.put("instance-action", "none");
    leaves.put("instance-id", instance.id());
    leaves.put("instance-life-cycle", "on-demand");
    leaves.put("instance-type", instance.instanceType());
    leaves.put("local-hostname", privateName);
    leaves.put("local-ipv4", instance.privateIp().toString());
    leaves.put("mac", mac);
    leaves.put("metrics/vhostmd", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    String nic = "network/interfaces/macs/" + mac + "/";
    leaves.put(nic + "device-number", "0");
    leaves.put(nic + "interface-id", instance.networkInterfaceId());
    leaves.put(nic + "local-hostname", privateName);
    leaves.put(nic + "local-ipv4s", instance.privateIp().toString());
    leaves.put(nic + "mac", mac);
    leaves.put(nic + "owner-id", Account.ID);
    leaves.put(nic + "security-group-ids", String.join("\n", instance.securityGroupIds()));
    leaves.put(nic + "security-groups", groupNames);
    leaves.put(nic + "subnet-id", subnet.id());
    leaves.put(nic + "subnet-ipv4-cidr-block", subnet.cidr().toString());
    leaves.put(nic + "vpc-id", vpc.id());
    leaves.put(nic + "vpc-ipv4-cidr-block", vpc.cidr().toString());
    leaves.put(nic + "vpc-ipv4-cidr-blocks", vpc.cidr().toString());
    leaves.put("placement/availability-zone", instance.availabilityZone());
    leaves.put("placement/availability-zone-id", subnet.availabilityZoneId());
    leaves.put("placement/region", instance.region());
    leaves.put("profile", "default-hvm");
    leaves.put("reservation-id", instance.reservationId());
    leaves.put("security-groups", groupNames);
    leaves.put("services/domain", "amazonaws.com");
    leaves.put("services/partition", "aws");
    if (publicIp.isPresent()) {
      leaves.put("public-ipv4", publicIp.get().toString());
      leaves.put(nic + "public-ipv4s", publicIp.get().toString());
      if (!publicName.isEmpty()) {
        leaves.put("public-hostname", publicName);
        leaves.put(nic + "public-hostname", publicName);
      }
    }
    Hosts.keyPair(view, instance)
        .ifPresent(
            k -> {
              leaves.put("public-keys/0/openssh-key", k.publicKey() + " " + k.name());
              listings.put("public-keys", "0=" + k.name());
            });
    credentials(view, instance, now);
  }

  /** {@code iam/}: only with an instance profile; the role's temporary credentials under it. */
  private void credentials(View view, Instance instance, Instant now) {
    Imds.Credentials credentials = Imds.of(view, instance);
    Instant updated = lastUpdated(now);
    if (credentials instanceof Imds.Credentials.Granted granted) {
      String role = granted.role().name();
      leaves.put(
          "iam/info",
          json(
              "Code", "Success",
              "LastUpdated", stamp(updated),
              "InstanceProfileArn", granted.profile().arn(Account.ID),
              "InstanceProfileId", granted.profile().id()));
      String seed = granted.role().id() + "/" + instance.id() + "/" + updated;
      leaves.put(
          "iam/security-credentials/" + role,
          json(
              "Code", "Success",
              "LastUpdated", stamp(updated),
              "Type", "AWS-HMAC",
              "AccessKeyId", Ids.iamFixed("ASIA", seed, 16),
              "SecretAccessKey", secret(seed),
              "Token", token(seed),
              "Expiration", stamp(updated.plus(6, ChronoUnit.HOURS))));
    } else if (credentials instanceof Imds.Credentials.None none
        && none.code().equals("AssumeRoleUnauthorizedAccess")) {
      // IAM user guide, troubleshoot_iam-ec2: the document says why, with this code.
      String role = profileRole(view, instance).orElse("");
      leaves.put(
          "iam/security-credentials/" + role,
          json(
              "Code",
              "AssumeRoleUnauthorizedAccess",
              "Message",
              "EC2 cannot assume the role "
                  + role
                  + ".  Please see documentation at"
                  + " http://docs.amazonwebservices.com/IAM/latest/UserGuide/RolesTroubleshooting.html.",
              "LastUpdated",
              stamp(updated)));
    }
  }

  private static Optional<String> profileRole(View view, Instance instance) {
    return view.all(ProfileAssociation.class)
        .filter(a -> a.instanceId().equals(instance.id()) && a.isActive())
        .findFirst()
        .flatMap(
            a ->
                view.all(InstanceProfile.class)
                    .filter(p -> p.arn(Account.ID).equals(a.profileArn()))
                    .findFirst())
        .flatMap(InstanceProfile::roleName);
  }

  /** The JSON the metadata service writes: two-space indent, {@code "Key" : "value"}. */
  private static String json(String... keyValues) {
    var out = new StringBuilder("{\n");
    for (int i = 0; i < keyValues.length; i += 2) {
      out.append("  \"")
          .append(keyValues[i])
          .append("\" : \"")
          .append(keyValues[i + 1])
          .append('"')
          .append(i + 2 < keyValues.length ? ",\n" : "\n");
    }
    return out.append('}').toString();
  }

  /**
   * Credentials are renewed every hour in this simulation, so the same hour shows the same keys.
   */
  private static Instant lastUpdated(Instant now) {
    return now.truncatedTo(ChronoUnit.HOURS);
  }

  private static String stamp(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** The interface's MAC address: locally administered, as VPC interfaces' are ({@code 0a:…}). */
  static String mac(Instance instance) {
    byte[] digest = Ids.digest("mac/" + instance.networkInterfaceId());
    var out = new StringBuilder("0a");
    for (int i = 0; i < 5; i++) {
      out.append(':').append(String.format("%02x", digest[i] & 0xff));
    }
    return out.toString();
  }

  private static String secret(String seed) {
    return Base64.getEncoder()
        .encodeToString(Ids.digest("secret/" + seed))
        .replace("=", "")
        .substring(0, 40);
  }

  /** A session token: real ones start {@code IQoJb3JpZ2luX2Vj} and run to about a kilobyte. */
  private static String token(String seed) {
    var out = new StringBuilder("IQoJb3JpZ2luX2Vj");
    for (int i = 0; out.length() < 880; i++) {
      out.append(Base64.getEncoder().encodeToString(Ids.digest("token/" + i + "/" + seed)));
    }
    return out.substring(0, 880).replace("=", "A");
  }
}
