package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.Addresses;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tags;
import dev.vpclab.model.Tx;
import dev.vpclab.model.catalog.Image;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.ProfileAssociation;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.iam.InstanceProfile;
import dev.vpclab.net.Ipv4;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * run-instances: the image (by ID or SSM parameter), the subnet (else the default subnet of the
 * region's first zone), security groups (else the VPC's default group), key pair, instance profile,
 * addresses. The answer shows the instances {@code pending}; they are {@code running} from the next
 * command on.
 */
public final class InstanceLaunch implements Handlers.Group {
  /** Where the instances go, from the top-level parameters or the first network interface. */
  private record Placement(
      Subnet subnet, List<String> groupIds, boolean publicIp, Optional<Ipv4> privateIp) {}

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "RunInstances", this::run);
  }

  private ObjectNode run(Request request, Tx tx) {
    String region = request.region();
    // Real wording, capital I (terraform-aws-modules/terraform-aws-ec2-instance #260).
    String imageId =
        request
            .string("ImageId")
            .orElseThrow(
                () ->
                    new ServiceFault(
                        "MissingParameter", "The request must contain the parameter ImageId"));
    Image image = Amis.resolve(imageId, region);
    String instanceType = instanceType(request);
    int count = count(request);
    Placement placement = placement(request, tx);
    String keyName =
        request.string("KeyName").map(n -> KeyPairs.byName(tx, n, region).name()).orElse(null);
    Optional<InstanceProfile> profile =
        request.has("IamInstanceProfile")
            ? Optional.of(InstanceProfiles.resolve(tx, request.node("IamInstanceProfile")))
            : Optional.empty();
    Tags tags = TagSpecifications.forType(request, "instance", "volume", "network-interface");
    Tags interfaceTags =
        TagSpecifications.forType(request, "network-interface", "instance", "volume");
    Instance.Metadata metadata = metadata(request, image);
    String reservationId = Ids.ec2(tx, "r");
    ArrayNode launched = Request.array();
    for (int index = 0; index < count; index++) {
      String id = Ids.ec2(tx, "i");
      Subnet subnet = placement.subnet();
      Ipv4 privateIp =
          placement.privateIp().isPresent()
              ? requireFree(tx, subnet, placement.privateIp().get())
              : Addresses.privateIn(tx, subnet, id);
      Ipv4 publicIp = placement.publicIp() ? Addresses.publicIn(tx, region, id) : null;
      var instance =
          new Instance(
              id,
              region,
              reservationId,
              image.id(),
              instanceType,
              subnet.vpcId(),
              subnet.id(),
              subnet.availabilityZone(),
              Ids.ec2(tx, "eni"),
              privateIp,
              publicIp,
              keyName,
              placement.groupIds(),
              Instance.State.RUNNING,
              tx.now(),
              index,
              tx.now(),
              metadata,
              placement.publicIp(),
              true);
      tx.setTags(id, tags);
      tx.put(instance);
      tx.setTags(instance.networkInterfaceId(), interfaceTags);
      profile.ifPresent(p -> associate(tx, instance, p));
      launched.add(InstanceView.launching(instance, tx));
    }
    profile.flatMap(InstanceProfiles::advice).ifPresent(tx::advise);
    ObjectNode out =
        Request.object().put("ReservationId", reservationId).put("OwnerId", Account.ID);
    out.set("Groups", Request.array());
    return out.set("Instances", launched);
  }

  /**
   * One of the model's instance types, m1.small when none is given (EC2's default). Real message:
   * {@code Invalid value 't3.nano' for InstanceType.} (quoted in getmoto/moto #1695).
   */
  private static String instanceType(Request request) {
    String type = request.string("InstanceType").orElse("m1.small");
    if (!request.operation().service().shape("InstanceType").enumValues().contains(type)) {
      throw new ServiceFault(
          "InvalidParameterValue", "Invalid value '" + type + "' for InstanceType.");
    }
    return type;
  }

  /**
   * MaxCount instances are launched (vpclab has no capacity limits); MinCount may not exceed it. A
   * MaxCount below one gets EC2's real message (jenkinsci/ec2-plugin #252); the wording of the
   * MinCount refusal is vpclab's.
   */
  private static int count(Request request) {
    int min = request.integer("MinCount").orElse(1);
    int max = request.integer("MaxCount").orElse(min);
    if (max < 1) {
      throw new ServiceFault(
          "InvalidParameterValue", "Maximum instance count must be greater than zero");
    }
    if (min < 1 || max < min) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Value ("
              + min
              + ") for parameter minCount is invalid. It must be at least 1 and at"
              + " most maxCount ("
              + max
              + ")");
    }
    return max;
  }

  private static void associate(Tx tx, Instance instance, InstanceProfile profile) {
    tx.put(
        new ProfileAssociation(
            Ids.ec2(tx, "iip-assoc"),
            instance.region(),
            instance.id(),
            profile.arn(Account.ID),
            profile.id(),
            ProfileAssociation.State.ASSOCIATED,
            tx.now()));
  }

  /**
   * Network interfaces and instance-level subnet or groups exclude each other (real
   * InvalidParameterCombination messages); the CLI's {@code --associate-public-ip-address} arrives
   * as the first interface.
   */
  private static Placement placement(Request request, Tx tx) {
    Optional<JsonNode> nic = request.list("NetworkInterfaces").stream().findFirst();
    String subnetId;
    List<String> groupIds;
    List<String> groupNames = request.strings("SecurityGroups");
    Optional<String> privateIp;
    Optional<Boolean> publicIp = Optional.empty();
    if (nic.isPresent()) {
      if (request.has("SubnetId")) {
        throw new ServiceFault(
            "InvalidParameterCombination",
            "Network interfaces and an instance-level subnet ID may not be specified on the same"
                + " request");
      }
      if (request.has("SecurityGroupIds") || !groupNames.isEmpty()) {
        throw new ServiceFault(
            "InvalidParameterCombination",
            "Network interfaces and an instance-level security groups may not be specified on"
                + " the same request");
      }
      JsonNode spec = nic.get();
      subnetId = spec.hasNonNull("SubnetId") ? spec.get("SubnetId").asText() : null;
      groupIds = new ArrayList<>();
      spec.path("Groups").forEach(g -> groupIds.add(g.asText()));
      privateIp = Optional.ofNullable(spec.get("PrivateIpAddress")).map(JsonNode::asText);
      publicIp = Optional.ofNullable(spec.get("AssociatePublicIpAddress")).map(JsonNode::asBoolean);
    } else {
      subnetId = request.string("SubnetId").orElse(null);
      groupIds = request.strings("SecurityGroupIds");
      privateIp = request.string("PrivateIpAddress");
    }
    String region = request.region();
    Subnet subnet =
        subnetId != null
            ? Lookup.require(tx, Subnet.class, Ec2Kind.SUBNET, subnetId, region)
            : Defaults.subnet(tx, region);
    List<String> groups = new ArrayList<>();
    if (!groupNames.isEmpty()) {
      if (subnetId != null) {
        throw new ServiceFault(
            "InvalidParameterCombination",
            "The parameter groupName cannot be used with the parameter subnet");
      }
      groupNames.forEach(n -> groups.add(SecurityGroupLookup.inDefaultVpc(tx, n, region).id()));
    }
    for (String id : groupIds) {
      SecurityGroup group = SecurityGroupLookup.byId(tx, id, region);
      if (!group.vpcId().equals(subnet.vpcId())) {
        throw new ServiceFault(
            "InvalidParameter",
            "Security group "
                + id
                + " and subnet "
                + subnet.id()
                + " belong to different"
                + " networks.");
      }
      groups.add(id);
    }
    if (groups.isEmpty()) {
      groups.add(Defaults.securityGroup(tx, subnet.vpcId()).id());
    }
    return new Placement(
        subnet,
        List.copyOf(groups),
        publicIp.orElse(subnet.mapPublicIpOnLaunch()),
        privateIp.map(text -> parseAddress(text, subnet)));
  }

  /** Real message for an address outside the subnet; the others are vpclab's wording. */
  private static Ipv4 parseAddress(String text, Subnet subnet) {
    Ipv4 ip =
        Ipv4.parse(text)
            .orElseThrow(
                () ->
                    new ServiceFault(
                        "InvalidParameterValue",
                        "Value (" + text + ") for parameter privateIpAddress is invalid."));
    if (!subnet.cidr().contains(ip)) {
      throw new ServiceFault(
          "InvalidParameterValue",
          "Address " + ip + " does not fall within the subnet's address range");
    }
    long offset = ip.unsigned() - subnet.cidr().first().unsigned();
    if (offset < 4 || offset == subnet.cidr().size() - 1) {
      throw new ServiceFault(
          "InvalidParameterValue", "Address " + ip + " is in subnet's reserved address range");
    }
    return ip;
  }

  private static Ipv4 requireFree(Tx tx, Subnet subnet, Ipv4 ip) {
    boolean used =
        tx.all(Instance.class)
                .anyMatch(
                    i ->
                        i.subnetId().equals(subnet.id())
                            && !i.isTerminated()
                            && i.privateIp().equals(ip))
            || tx.all(NatGateway.class)
                .anyMatch(
                    n ->
                        n.subnetId().equals(subnet.id())
                            && !n.isGone()
                            && n.privateIp().equals(ip));
    if (used) {
      throw new ServiceFault("InvalidIPAddress.InUse", "Address " + ip + " is in use.");
    }
    return ip;
  }

  /**
   * The request's metadata options, else the image's defaults: Amazon Linux 2023 requires IMDSv2
   * tokens with a hop limit of 2, Amazon Linux 2 accepts IMDSv1 with a hop limit of 1.
   */
  private static Instance.Metadata metadata(Request request, Image image) {
    JsonNode options = request.node("MetadataOptions");
    boolean v2 = image.requiresImdsV2();
    return new Instance.Metadata(
        options.path("HttpTokens").asText(v2 ? "required" : "optional"),
        options.path("HttpPutResponseHopLimit").asInt(v2 ? 2 : 1),
        options.path("HttpEndpoint").asText("enabled"));
  }
}
