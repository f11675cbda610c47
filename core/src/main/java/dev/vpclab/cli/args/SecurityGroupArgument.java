package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.python.PythonValues;
import dev.vpclab.cli.spec.ServiceSpec;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code customizations/ec2/secgroupsimplify.py}: {@code --protocol --port --cidr --source-group
 * --group-owner} on the authorize/revoke security group operations, building one {@code
 * IpPermissions} entry.
 */
record SecurityGroupArgument(Kind kind) implements CustomArgument {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The five simple options. */
  enum Kind {
    PROTOCOL(
        "protocol",
        "The IP protocol: tcp | udp | icmp. (VPC only) Use all to specify all protocols. If this"
            + " argument is provided without also providing the port argument, then it will be"
            + " applied to all ports for the specified protocol.",
        List.of("tcp", "udp", "icmp", "all")),
    PORT(
        "port",
        "For TCP or UDP: The range of ports to allow. A single integer or a range (min-max). For"
            + " ICMP: A single integer or a range (type-code) representing the ICMP type number and"
            + " the ICMP code number respectively. A value of -1 indicates all ICMP codes for all"
            + " ICMP types. A value of -1 just for type indicates all ICMP codes for the specified"
            + " ICMP type.",
        List.of()),
    CIDR("cidr", "The IPv4 address range, in CIDR format.", List.of()),
    SOURCE_GROUP("source-group", "The name or ID of the source security group.", List.of()),
    GROUP_OWNER(
        "group-owner",
        "The AWS account ID that owns the source security group. Cannot be used when specifying a"
            + " CIDR IP address.",
        List.of());

    final String cliName;
    final String doc;
    final List<String> values;

    Kind(String cliName, String doc, List<String> values) {
      this.cliName = cliName;
      this.doc = doc;
      this.values = values;
    }
  }

  /** The operations this customization applies to. */
  static final List<String> OPERATIONS =
      List.of(
          "authorize-security-group-ingress",
          "authorize-security-group-egress",
          "revoke-security-group-ingress",
          "revoke-security-group-egress");

  /** The model arguments it hides. */
  static final List<String> HIDDEN =
      List.of(
          "ip-protocol",
          "from-port",
          "to-port",
          "cidr-ip",
          "source-security-group-name",
          "source-security-group-owner-id");

  @Override
  public String name() {
    return kind.cliName;
  }

  @Override
  public ArgParser.Action action() {
    return store(ArgParser.Nargs.ONE, ArgParser.Type.STR);
  }

  @Override
  public void addToParams(Build build, JsonNode value) throws Refusal {
    if (!PythonValues.truthy(value)) {
      return;
    }
    String v = value.textValue();
    ObjectNode params = build.params();
    switch (kind) {
      case PROTOCOL -> {
        String protocol = v;
        try {
          BigInteger n = PyNumbers.toInt(v);
          if ((n.signum() < 0 || n.compareTo(BigInteger.valueOf(255)) > 0)
              && !n.equals(BigInteger.valueOf(-1))) {
            if (build.version() == dev.vpclab.cli.CliVersion.V2) {
              // v2 raises ParamValidationError here, which its `except ValueError` lets through;
              // v1's ValueError is caught and replaced by the message below.
              throw Refusal.customization(
                  "protocol numbers must be in the range 0-255 or -1 to specify all protocols");
            }
            throw new PyNumbers.PyError("out of range");
          }
        } catch (PyNumbers.PyError e) {
          if (!List.of("tcp", "udp", "icmp", "all").contains(v)) {
            throw Refusal.customization(
                "protocol parameter should be one of: tcp|udp|icmp|all or any valid protocol"
                    + " number.");
          }
          if (v.equals("all")) {
            protocol = "-1";
          }
        }
        set(params, "IpProtocol", NODES.textNode(protocol));
      }
      case PORT -> {
        String from;
        String to;
        if (v.equals("-1") || v.equals("all")) {
          from = "-1";
          to = "-1";
        } else if (v.contains("-")) {
          from = v.substring(0, v.indexOf('-'));
          to = v.substring(v.indexOf('-') + 1);
        } else {
          from = v;
          to = v;
        }
        try {
          set(params, "FromPort", PyJson.intNode(PyNumbers.toInt(from)));
          set(params, "ToPort", PyJson.intNode(PyNumbers.toInt(to)));
        } catch (PyNumbers.PyError e) {
          throw Refusal.customization(
              "port parameter should be of the form <from[-to]> (e.g. 22 or 22-25)");
        }
      }
      case CIDR -> {
        ArrayNode ranges = NODES.arrayNode();
        ranges.addObject().put("CidrIp", v);
        set(params, "IpRanges", ranges);
      }
      case SOURCE_GROUP -> set(params, v.startsWith("sg-") ? "GroupId" : "GroupName", value);
      case GROUP_OWNER -> set(params, "UserId", value);
    }
  }

  /** {@code _build_ip_permissions}. */
  private static void set(ObjectNode params, String key, JsonNode value) throws Refusal {
    ObjectNode permission = CustomArgument.firstEntry(params, "IpPermissions", NODES.objectNode());
    if (key.equals("GroupId") || key.equals("GroupName") || key.equals("UserId")) {
      CustomArgument.firstEntry(permission, "UserIdGroupPairs", NODES.objectNode()).set(key, value);
    } else {
      permission.set(key, value);
    }
  }

  /** {@code _check_args}: the simple options and {@code --ip-permissions} do not mix. */
  static void check(java.util.Map<String, JsonNode> parsed) throws Refusal {
    if (!PythonValues.truthy(parsed.get("ip_permissions"))) {
      return;
    }
    for (String key : List.of("protocol", "port", "cidr", "source_group", "group_owner")) {
      if (PythonValues.truthy(parsed.get(key))) {
        throw Refusal.customization(
            "The --" + key + " option is not compatible with the --ip-permissions option ");
      }
    }
  }

  @Override
  public OptionInfo describe(ServiceSpec service) {
    return described(OptionInfo.ValueKind.ONE, "string", kind.values, kind.doc);
  }
}
