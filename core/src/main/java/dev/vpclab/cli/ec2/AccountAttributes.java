package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Vpc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DescribeAccountAttributes: the attributes of CLI-EX describe-account-attributes, in its order,
 * for an account created after EC2-Classic was retired (so {@code supported-platforms} is only
 * {@code VPC}) with the default quotas of that example; {@code default-vpc} is the region's default
 * VPC, or {@code none} once it has been deleted.
 */
public final class AccountAttributes implements Handlers.Group {

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "DescribeAccountAttributes", this::describe);
  }

  private ObjectNode describe(Request request, Tx tx) {
    List<String> wanted = request.strings("AttributeNames");
    ArrayNode out = Request.array();
    attributes(tx, request.region())
        .forEach(
            (name, values) -> {
              if (wanted.isEmpty() || wanted.contains(name)) {
                ArrayNode valueList = Request.array();
                values.forEach(v -> valueList.add(Request.object().put("AttributeValue", v)));
                out.add(
                    Request.object().put("AttributeName", name).set("AttributeValues", valueList));
              }
            });
    return Request.object().set("AccountAttributes", out);
  }

  private static Map<String, List<String>> attributes(View view, String region) {
    String defaultVpc =
        view.all(Vpc.class, region).filter(Vpc::isDefault).map(Vpc::id).findFirst().orElse("none");
    var out = new LinkedHashMap<String, List<String>>();
    out.put("vpc-max-security-groups-per-interface", List.of("5"));
    out.put("max-instances", List.of("20"));
    out.put("supported-platforms", List.of("VPC"));
    out.put("default-vpc", List.of(defaultVpc));
    out.put("max-elastic-ips", List.of("5"));
    out.put("vpc-max-elastic-ips", List.of("5"));
    return out;
  }
}
