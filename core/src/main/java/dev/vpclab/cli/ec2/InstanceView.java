package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.View;
import dev.vpclab.model.catalog.Image;
import dev.vpclab.model.catalog.Images;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.ProfileAssociation;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * An instance as run-instances and describe-instances show it (keys of the CLI examples and real
 * transcripts). At launch it is {@code pending}: no public IP yet, metadata options {@code
 * pending}. A terminated instance keeps only what EC2 still shows: no network, no groups.
 */
final class InstanceView {
  private static final DateTimeFormatter REASON_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'").withZone(ZoneOffset.UTC);

  private InstanceView() {}

  /** As run-instances answers: the instance still starting. */
  static ObjectNode launching(Instance instance, View view) {
    return render(instance, view, true);
  }

  static ObjectNode current(Instance instance, View view) {
    return render(instance, view, false);
  }

  /** {@code {"Code": 16, "Name": "running"}}. */
  static ObjectNode state(Instance.State state) {
    return Request.object().put("Code", state.code).put("Name", state.api());
  }

  static Optional<ProfileAssociation> profile(View view, String instanceId) {
    return view.all(ProfileAssociation.class)
        .filter(a -> a.instanceId().equals(instanceId) && a.isActive())
        .findFirst();
  }

  private static ObjectNode render(Instance instance, View view, boolean launching) {
    Instance.State state = launching ? Instance.State.PENDING : instance.state();
    boolean gone = state == Instance.State.TERMINATED;
    String region = instance.region();
    Optional<Image> image = Images.catalog().get(region, instance.imageId());
    Optional<Addressing.Public> address =
        launching || gone ? Optional.empty() : Addressing.publicOf(view, instance);
    ObjectNode json =
        Request.object()
            .put("AmiLaunchIndex", instance.launchIndex())
            .put("ImageId", instance.imageId())
            .put("InstanceId", instance.id())
            .put("InstanceType", instance.instanceType());
    if (instance.keyName() != null) {
      json.put("KeyName", instance.keyName());
    }
    json.put("LaunchTime", instance.launchTime().toString());
    json.set("Monitoring", Request.object().put("State", "disabled"));
    json.set("Placement", placement(instance));
    json.put("PrivateDnsName", gone ? "" : Addressing.privateDnsName(instance.privateIp(), region));
    if (!gone) {
      json.put("PrivateIpAddress", instance.privateIp().toString());
    }
    json.set("ProductCodes", Request.array());
    json.put(
        "PublicDnsName",
        address
            .map(a -> Addressing.publicDnsName(view, instance.vpcId(), a.ip(), region))
            .orElse(""));
    address.ifPresent(a -> json.put("PublicIpAddress", a.ip().toString()));
    json.set("State", state(state));
    json.put("StateTransitionReason", transitionReason(instance, state));
    if (!gone) {
      json.put("SubnetId", instance.subnetId()).put("VpcId", instance.vpcId());
    }
    json.put("Architecture", image.map(Image::architecture).orElse("x86_64"));
    json.set("BlockDeviceMappings", launching || gone ? Request.array() : rootVolume(instance));
    json.put("ClientToken", clientToken(instance))
        .put("EbsOptimized", false)
        .put("EnaSupport", true)
        .put("Hypervisor", "xen");
    if (!gone) {
      profile(view, instance.id())
          .ifPresent(
              p ->
                  json.set(
                      "IamInstanceProfile",
                      Request.object().put("Arn", p.profileArn()).put("Id", p.profileId())));
    }
    json.set(
        "NetworkInterfaces",
        gone ? Request.array() : Request.array().add(networkInterface(instance, view, address)));
    json.put("RootDeviceName", Image.ROOT_DEVICE).put("RootDeviceType", "ebs");
    json.set(
        "SecurityGroups",
        gone ? Request.array() : SecurityGroupJson.identifiers(view, instance.securityGroupIds()));
    json.put("SourceDestCheck", instance.sourceDestCheck());
    stateReason(state).ifPresent(r -> json.set("StateReason", r));
    Ec2Json.withTags(json, view, instance.id());
    json.put("VirtualizationType", "hvm");
    json.set(
        "CpuOptions",
        Request.object()
            .put("CoreCount", 1)
            .put("ThreadsPerCore", instance.instanceType().startsWith("t2.") ? 1 : 2));
    json.set(
        "CapacityReservationSpecification",
        Request.object().put("CapacityReservationPreference", "open"));
    json.set("HibernationOptions", Request.object().put("Configured", false));
    json.set("MetadataOptions", metadataOptions(instance, launching));
    json.set("EnclaveOptions", Request.object().put("Enabled", false));
    image.flatMap(Image::bootMode).ifPresent(mode -> json.put("BootMode", mode));
    json.put("PlatformDetails", "Linux/UNIX")
        .put("UsageOperation", "RunInstances")
        .put("UsageOperationUpdateTime", instance.launchTime().toString());
    json.set(
        "PrivateDnsNameOptions",
        Request.object()
            .put("HostnameType", "ip-name")
            .put("EnableResourceNameDnsARecord", false)
            .put("EnableResourceNameDnsAAAARecord", false));
    json.set("MaintenanceOptions", Request.object().put("AutoRecovery", "default"));
    return json.put("CurrentInstanceBootMode", "legacy-bios");
  }

  private static ObjectNode placement(Instance instance) {
    ObjectNode json = Request.object().put("AvailabilityZone", instance.availabilityZone());
    Regions.catalog()
        .require(instance.region())
        .zone(instance.availabilityZone())
        .ifPresent(z -> json.put("AvailabilityZoneId", z.zoneId()));
    return json.put("GroupName", "").put("Tenancy", "default");
  }

  private static ArrayNode rootVolume(Instance instance) {
    ObjectNode ebs =
        Request.object()
            .put("AttachTime", instance.launchTime().toString())
            .put("DeleteOnTermination", true)
            .put("Status", "attached")
            .put("VolumeId", Ids.ec2Fixed("vol", instance.id()));
    return Request.array()
        .add(Request.object().put("DeviceName", Image.ROOT_DEVICE).set("Ebs", ebs));
  }

  private static ObjectNode networkInterface(
      Instance instance, View view, Optional<Addressing.Public> address) {
    String region = instance.region();
    String privateDns = Addressing.privateDnsName(instance.privateIp(), region);
    Optional<ObjectNode> association =
        address.map(a -> InstanceAddresses.association(view, a, instance.vpcId(), region, false));
    ObjectNode json = Request.object();
    association.ifPresent(a -> json.set("Association", a));
    json.set("Attachment", attachment(instance));
    json.put("Description", "");
    json.set("Groups", SecurityGroupJson.identifiers(view, instance.securityGroupIds()));
    json.set("Ipv6Addresses", Request.array());
    json.put("MacAddress", InstanceAddresses.macAddress(instance.networkInterfaceId()))
        .put("NetworkInterfaceId", instance.networkInterfaceId())
        .put("OwnerId", Account.ID)
        .put("PrivateDnsName", privateDns)
        .put("PrivateIpAddress", instance.privateIp().toString());
    json.set(
        "PrivateIpAddresses",
        InstanceAddresses.primaryOnly(association, privateDns, instance.privateIp()));
    return json.put("SourceDestCheck", instance.sourceDestCheck())
        .put("Status", "in-use")
        .put("SubnetId", instance.subnetId())
        .put("VpcId", instance.vpcId())
        .put("InterfaceType", "interface");
  }

  /** The attachment of an instance's primary interface; DescribeNetworkInterfaces adds more. */
  static ObjectNode attachment(Instance instance) {
    return Request.object()
        .put("AttachTime", instance.launchTime().toString())
        .put("AttachmentId", Ids.ec2Fixed("eni-attach", instance.id()))
        .put("DeleteOnTermination", true)
        .put("DeviceIndex", 0)
        .put("Status", "attached")
        .put("NetworkCardIndex", 0);
  }

  private static ObjectNode metadataOptions(Instance instance, boolean launching) {
    Instance.Metadata metadata = instance.metadata();
    return Request.object()
        .put("State", launching ? "pending" : "applied")
        .put("HttpTokens", metadata.httpTokens())
        .put("HttpPutResponseHopLimit", metadata.hopLimit())
        .put("HttpEndpoint", metadata.httpEndpoint())
        .put("HttpProtocolIpv6", "disabled")
        .put("InstanceMetadataTags", "disabled");
  }

  /**
   * {@code pending} while launching; after a user's stop or terminate, EC2's {@code
   * Client.UserInitiatedShutdown} (real describe-instances output).
   */
  private static Optional<ObjectNode> stateReason(Instance.State state) {
    return switch (state) {
      case PENDING ->
          Optional.of(Request.object().put("Code", "pending").put("Message", "pending"));
      case STOPPING, STOPPED, SHUTTING_DOWN, TERMINATED ->
          Optional.of(
              Request.object()
                  .put("Code", "Client.UserInitiatedShutdown")
                  .put("Message", "Client.UserInitiatedShutdown: User initiated shutdown"));
      default -> Optional.empty();
    };
  }

  private static String transitionReason(Instance instance, Instance.State state) {
    return switch (state) {
      case STOPPING, STOPPED, SHUTTING_DOWN, TERMINATED ->
          "User initiated (" + REASON_TIME.format(instance.stateChangedAt()) + ")";
      default -> "";
    };
  }

  /** The idempotency token the CLI generates for the request, here derived from the reservation. */
  private static String clientToken(Instance instance) {
    return UUID.nameUUIDFromBytes(instance.reservationId().getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
