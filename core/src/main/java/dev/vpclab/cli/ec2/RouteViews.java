package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Account;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.Route;
import dev.vpclab.model.ec2.RouteDestination;
import dev.vpclab.model.ec2.RouteTarget;

/** One route as describe-route-tables shows it: its destination, target keys, origin, state. */
final class RouteViews {
  private RouteViews() {}

  static ObjectNode view(Route route, String vpcId, View view) {
    ObjectNode json = Request.object();
    if (route.destination() instanceof RouteDestination.ToCidr c) {
      json.put("DestinationCidrBlock", c.cidr().toString());
    } else if (route.destination() instanceof RouteDestination.ToPrefixList p) {
      json.put("DestinationPrefixListId", p.prefixListId());
    }
    RouteTarget target = route.target();
    String gatewayId = gatewayId(target);
    if (gatewayId != null) {
      json.put("GatewayId", gatewayId);
    } else if (target instanceof RouteTarget.Nat) {
      json.put("NatGatewayId", target.id());
    } else if (target instanceof RouteTarget.Instance) {
      // A route to an instance is a route to its primary interface; AWS shows both.
      json.put("InstanceId", target.id()).put("InstanceOwnerId", Account.ID);
      view.find(Instance.class, target.id())
          .ifPresent(i -> json.put("NetworkInterfaceId", i.networkInterfaceId()));
    } else if (target instanceof RouteTarget.NetworkInterface) {
      view.all(Instance.class)
          .filter(i -> target.id().equals(i.networkInterfaceId()))
          .findFirst()
          .ifPresent(i -> json.put("InstanceId", i.id()).put("InstanceOwnerId", Account.ID));
      json.put("NetworkInterfaceId", target.id());
    }
    return json.put("Origin", route.origin()).put("State", route.state(view, vpcId));
  }

  /** What {@code GatewayId} holds for a target: {@code local}, an IGW or an endpoint, else null. */
  static String gatewayId(RouteTarget target) {
    return target instanceof RouteTarget.Local
            || target instanceof RouteTarget.Igw
            || target instanceof RouteTarget.Endpoint
        ? target.id()
        : null;
  }
}
