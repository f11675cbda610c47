package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.python.PythonValues;
import dev.vpclab.cli.spec.ServiceSpec;
import java.util.List;
import java.util.Map;

/**
 * The options {@code run-instances} gets from {@code customizations/ec2/addcount.py} ({@code
 * --count N[:M]} instead of MinCount/MaxCount) and {@code customizations/ec2/runinstances.py}
 * ({@code --secondary-private-ip-addresses}, {@code --secondary-private-ip-address-count}, {@code
 * --[no-]associate-public-ip-address}, which go into the first network interface).
 */
record RunInstancesArgument(Kind kind) implements CustomArgument {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The five options. */
  enum Kind {
    COUNT(
        "count",
        "Number of instances to launch. If a single number is provided, it is assumed to be the"
            + " minimum to launch (defaults to 1). If a range is provided in the form min:max then"
            + " the first number is interpreted as the minimum number of instances to launch and"
            + " the second is interpreted as the maximum number of instances to launch."),
    SECONDARY_PRIVATE_IP_ADDRESSES(
        "secondary-private-ip-addresses",
        "[EC2-VPC] A secondary private IP address for the network interface or instance. You can"
            + " specify this multiple times to assign multiple secondary IP addresses. If you want"
            + " additional private IP addresses but do not need a specific address, use the"
            + " --secondary-private-ip-address-count option."),
    SECONDARY_PRIVATE_IP_ADDRESS_COUNT(
        "secondary-private-ip-address-count",
        "[EC2-VPC] The number of secondary IP addresses to assign to the network interface or"
            + " instance."),
    ASSOCIATE_PUBLIC_IP_ADDRESS(
        "associate-public-ip-address",
        "[EC2-VPC] If specified a public IP address will be assigned to the new instance in a"
            + " VPC."),
    NO_ASSOCIATE_PUBLIC_IP_ADDRESS(
        "no-associate-public-ip-address",
        "[EC2-VPC] If specified a public IP address will be assigned to the new instance in a"
            + " VPC.");

    final String cliName;
    final String doc;

    Kind(String cliName, String doc) {
      this.cliName = cliName;
      this.doc = doc;
    }
  }

  @Override
  public String name() {
    return kind.cliName;
  }

  @Override
  public ArgParser.Action action() {
    return switch (kind) {
      case COUNT -> store(ArgParser.Nargs.ONE, ArgParser.Type.STR).withMetavar(pyName());
      case SECONDARY_PRIVATE_IP_ADDRESSES ->
          store(ArgParser.Nargs.ZERO_OR_MORE, ArgParser.Type.STR);
      case SECONDARY_PRIVATE_IP_ADDRESS_COUNT -> store(ArgParser.Nargs.ONE, ArgParser.Type.INT);
      case ASSOCIATE_PUBLIC_IP_ADDRESS -> flag(true, NODES.booleanNode(false));
      case NO_ASSOCIATE_PUBLIC_IP_ADDRESS -> flag(false, NODES.booleanNode(true));
    };
  }

  @Override
  public void addToParams(Build build, JsonNode value) throws Refusal {
    ObjectNode params = build.params();
    switch (kind) {
      case COUNT -> {
        if (value == null || value.isNull()) {
          return;
        }
        String v = value.asText();
        String[] parts = v.contains(":") ? v.split(":", -1) : new String[] {v, v};
        try {
          if (parts.length != 2) {
            throw new PyNumbers.PyError("too many values to unpack");
          }
          params.set("MinCount", PyJson.intNode(PyNumbers.toInt(parts[0])));
          params.set("MaxCount", PyJson.intNode(PyNumbers.toInt(parts[1])));
        } catch (PyNumbers.PyError e) {
          throw Refusal.customization(
              "count parameter should be of form min[:max] (e.g. 1 or 1:10)");
        }
      }
      case SECONDARY_PRIVATE_IP_ADDRESSES -> {
        if (PythonValues.truthy(value)) {
          ArrayNode addresses = NODES.arrayNode();
          for (JsonNode v : value) {
            addresses.addObject().set("PrivateIpAddress", v);
            ((ObjectNode) addresses.get(addresses.size() - 1)).put("Primary", false);
          }
          networkInterface(params, "PrivateIpAddresses", addresses);
        }
      }
      case SECONDARY_PRIVATE_IP_ADDRESS_COUNT -> {
        if (PythonValues.truthy(value)) {
          networkInterface(params, "SecondaryPrivateIpAddressCount", value);
        }
      }
      case ASSOCIATE_PUBLIC_IP_ADDRESS -> {
        if (value != null && value.isBoolean() && value.booleanValue()) {
          networkInterface(params, "AssociatePublicIpAddress", value);
        }
      }
      case NO_ASSOCIATE_PUBLIC_IP_ADDRESS -> {
        if (value != null && value.isBoolean() && !value.booleanValue()) {
          networkInterface(params, "AssociatePublicIpAddress", value);
        }
      }
    }
  }

  /** {@code _build_network_interfaces}. */
  private static void networkInterface(ObjectNode params, String key, JsonNode value)
      throws Refusal {
    ObjectNode nic =
        CustomArgument.firstEntry(
            params, "NetworkInterfaces", NODES.objectNode().put("DeviceIndex", 0));
    if (key.equals("PrivateIpAddresses")) {
      if (!nic.has("PrivateIpAddresses")) {
        nic.set(key, value);
      }
    } else {
      nic.set(key, value);
    }
  }

  /** {@code runinstances._check_args}. */
  static void check(Map<String, JsonNode> parsed) throws Refusal {
    if (!PythonValues.truthy(parsed.get("network_interfaces"))) {
      return;
    }
    for (String key :
        List.of(
            "secondary_private_ip_addresses",
            "secondary_private_ip_address_count",
            "associate_public_ip_address")) {
      if (PythonValues.truthy(parsed.get(key))) {
        throw Refusal.customization(
            "Mixing the --network-interfaces option with the simple, scalar options is not"
                + " supported.");
      }
    }
  }

  /**
   * The before-parameter-build hooks of RunInstances: {@code set_default_count} (MinCount and
   * MaxCount default to 1), then {@code runinstances._fix_args}, which moves top-level options into
   * the network interface the simple options created.
   */
  static void fixParams(ObjectNode params) {
    if (!params.has("MaxCount")) {
      params.put("MaxCount", 1);
    }
    if (!params.has("MinCount")) {
      params.put("MinCount", 1);
    }
    if (!(params.get("NetworkInterfaces") instanceof ArrayNode nics)
        || !(nics.get(0) instanceof ObjectNode nic)) {
      return;
    }
    if (!(nic.has("PrivateIpAddresses")
        || nic.has("SecondaryPrivateIpAddressCount")
        || nic.has("AssociatePublicIpAddress"))) {
      return;
    }
    move(params, "SubnetId", nic, "SubnetId");
    move(params, "SecurityGroupIds", nic, "Groups");
    if (params.has("PrivateIpAddress")) {
      ArrayNode addresses = NODES.arrayNode();
      addresses.addObject().set("PrivateIpAddress", params.get("PrivateIpAddress"));
      ((ObjectNode) addresses.get(0)).put("Primary", true);
      nic.set("PrivateIpAddresses", addresses);
      params.remove("PrivateIpAddress");
    }
    move(params, "Ipv6AddressCount", nic, "Ipv6AddressCount");
    move(params, "Ipv6Addresses", nic, "Ipv6Addresses");
    move(params, "EnablePrimaryIpv6", nic, "PrimaryIpv6");
  }

  private static void move(ObjectNode from, String key, ObjectNode to, String newKey) {
    if (from.has(key)) {
      to.set(newKey, from.get(key));
      from.remove(key);
    }
  }

  @Override
  public OptionInfo describe(ServiceSpec service) {
    OptionInfo.ValueKind valueKind =
        switch (kind) {
          case COUNT, SECONDARY_PRIVATE_IP_ADDRESS_COUNT -> OptionInfo.ValueKind.ONE;
          case SECONDARY_PRIVATE_IP_ADDRESSES -> OptionInfo.ValueKind.MANY;
          default -> OptionInfo.ValueKind.NONE;
        };
    String type =
        switch (kind) {
          case SECONDARY_PRIVATE_IP_ADDRESS_COUNT -> "integer";
          case SECONDARY_PRIVATE_IP_ADDRESSES -> "list";
          case COUNT -> "string";
          default -> "boolean";
        };
    return described(valueKind, type, List.of(), kind.doc);
  }
}
