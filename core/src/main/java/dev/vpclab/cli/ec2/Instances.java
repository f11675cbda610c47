package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.net.Ipv4;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * describe-instances (grouped into reservations; terminated instances stay listed),
 * describe-instance-status and modify-instance-attribute ({@code --groups}, {@code
 * --source-dest-check}).
 */
public final class Instances implements Handlers.Group {
  /** The filters of describe-instances; some need the rest of the account, hence the view. */
  static Filters<Instance> filters(View view) {
    return Filters.<Instance>of(Instance::id)
        .one("instance-id", Instance::id)
        .one("instance-state-name", i -> i.state().api())
        .one("instance-state-code", i -> i.state().code)
        .one("instance-type", Instance::instanceType)
        .one("image-id", Instance::imageId)
        .one("reservation-id", Instance::reservationId)
        .one("availability-zone", Instance::availabilityZone)
        .one("owner-id", i -> Account.ID)
        .one("key-name", Instance::keyName)
        .one("vpc-id", i -> i.isTerminated() ? null : i.vpcId())
        .one("subnet-id", i -> i.isTerminated() ? null : i.subnetId())
        .one("private-ip-address", i -> i.isTerminated() ? null : i.privateIp())
        .one(
            "private-dns-name",
            i -> i.isTerminated() ? null : Addressing.privateDnsName(i.privateIp(), i.region()))
        .one("ip-address", i -> publicIp(view, i).orElse(null))
        .one("network-interface.network-interface-id", Instance::networkInterfaceId)
        .many("instance.group-id", i -> i.isTerminated() ? List.of() : i.securityGroupIds())
        .many(
            "instance.group-name",
            i ->
                i.securityGroupIds().stream()
                    .map(g -> SecurityGroupLookup.nameOf(view, g))
                    .toList())
        .one(
            "iam-instance-profile.arn",
            i -> InstanceView.profile(view, i.id()).map(p -> p.profileArn()).orElse(null))
        .one("metadata-options.http-tokens", i -> i.metadata().httpTokens())
        .build();
  }

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "DescribeInstances", this::describe)
        .on("ec2", "DescribeInstanceStatus", this::status)
        .on("ec2", "ModifyInstanceAttribute", this::modify);
  }

  static Instance require(View view, String id, String region) {
    return Lookup.require(view, Instance.class, Ec2Kind.INSTANCE, id, region);
  }

  static List<Instance> requireAll(Request request, View view) {
    return Lookup.requireAll(
        view, Instance.class, Ec2Kind.INSTANCE, request.strings("InstanceIds"), request.region());
  }

  private static Optional<String> publicIp(View view, Instance instance) {
    return Addressing.publicIp(view, instance).map(Ipv4::toString);
  }

  private ObjectNode describe(Request request, Tx tx) {
    List<Instance> matching = select(request, tx);
    var byReservation = new LinkedHashMap<String, ArrayNode>();
    for (Instance instance : matching) {
      byReservation
          .computeIfAbsent(instance.reservationId(), r -> Request.array())
          .add(InstanceView.current(instance, tx));
    }
    ArrayNode reservations = Request.array();
    byReservation.forEach(
        (id, instances) -> {
          ObjectNode reservation =
              Request.object().put("ReservationId", id).put("OwnerId", Account.ID);
          reservation.set("Groups", Request.array());
          reservations.add(reservation.set("Instances", instances));
        });
    return Request.object().set("Reservations", reservations);
  }

  /** The region's instances the request asks for, by ID and by filters. */
  private static List<Instance> select(Request request, View view) {
    List<String> ids = request.strings("InstanceIds");
    requireAll(request, view);
    return view.all(Instance.class, request.region())
        .filter(i -> ids.isEmpty() || ids.contains(i.id()))
        .filter(filters(view).from(request, view))
        .toList();
  }

  /**
   * Running instances only unless {@code IncludeAllInstances}; status checks pass from the command
   * after launch (EC2 takes minutes to initialise them, vpclab does not wait).
   */
  private ObjectNode status(Request request, Tx tx) {
    boolean all = request.bool("IncludeAllInstances").orElse(false);
    ArrayNode out = Request.array();
    for (Instance instance : select(request, tx)) {
      boolean running = instance.state() == Instance.State.RUNNING;
      if (!running && !all) {
        continue;
      }
      ObjectNode json = Request.object().put("AvailabilityZone", instance.availabilityZone());
      Regions.catalog()
          .require(instance.region())
          .zone(instance.availabilityZone())
          .ifPresent(z -> json.put("AvailabilityZoneId", z.zoneId()));
      json.put("InstanceId", instance.id());
      json.set("InstanceState", InstanceView.state(instance.state()));
      json.set("InstanceStatus", summary(running));
      json.set("SystemStatus", summary(running));
      out.add(json);
    }
    return Request.object().set("InstanceStatuses", out);
  }

  private static ObjectNode summary(boolean running) {
    ObjectNode json = Request.object();
    if (running) {
      json.set(
          "Details",
          Request.array()
              .add(Request.object().put("Name", "reachability").put("Status", "passed")));
    }
    return json.put("Status", running ? "ok" : "not-applicable");
  }

  private ObjectNode modify(Request request, Tx tx) {
    Instance instance = require(tx, request.required("InstanceId"), request.region());
    if (request.has("Groups")) {
      tx.put(instance.withSecurityGroups(groupsOf(request, tx, instance)));
    } else if (request.has("SourceDestCheck")) {
      tx.put(
          instance.withSourceDestCheck(request.node("SourceDestCheck").path("Value").asBoolean()));
    } else {
      throw new ServiceFault(
          "InvalidParameterValue",
          "vpclab simulates only --groups and --source-dest-check of modify-instance-attribute");
    }
    return Request.object();
  }

  /**
   * The new groups must exist in the instance's VPC; vpclab words a group of another VPC as EC2
   * words a cross-VPC group reference.
   */
  private static List<String> groupsOf(Request request, Tx tx, Instance instance) {
    List<String> ids = request.strings("Groups");
    for (String id : ids) {
      SecurityGroup group = SecurityGroupLookup.byId(tx, id, request.region());
      if (!group.vpcId().equals(instance.vpcId())) {
        throw new ServiceFault(
            "InvalidGroup.NotFound",
            "You have specified two resources that belong to different networks.");
      }
    }
    return ids;
  }
}
