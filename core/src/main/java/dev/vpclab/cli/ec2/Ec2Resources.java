package dev.vpclab.cli.ec2;

import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Regional;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.InternetGateway;
import dev.vpclab.model.ec2.KeyPair;
import dev.vpclab.model.ec2.NatGateway;
import dev.vpclab.model.ec2.NetworkAcl;
import dev.vpclab.model.ec2.RouteTable;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.model.ec2.VpcEndpoint;
import java.util.List;
import java.util.Optional;

/**
 * Any EC2 resource, found by the prefix of its ID ({@code vpc-}, {@code subnet-}, {@code eni-} …):
 * what the tag operations work on. Each type knows its {@code ResourceType} as DescribeTags shows
 * it and the errors EC2 gives for it.
 */
public final class Ec2Resources {

  /** How to find one resource of a type in a region. */
  @FunctionalInterface
  interface Finder {
    Optional<?> find(View view, String id, String region);
  }

  /** One kind of taggable resource. */
  public record Type(Ec2Kind kind, String resourceType, Finder finder) {
    public Optional<?> find(View view, String id, String region) {
      return finder.find(view, id, region);
    }
  }

  private static final List<Type> TYPES =
      List.of(
          stored(Ec2Kind.VPC, "vpc", Vpc.class),
          stored(Ec2Kind.SUBNET, "subnet", Subnet.class),
          stored(Ec2Kind.INTERNET_GATEWAY, "internet-gateway", InternetGateway.class),
          stored(Ec2Kind.ROUTE_TABLE, "route-table", RouteTable.class),
          stored(Ec2Kind.NETWORK_ACL, "network-acl", NetworkAcl.class),
          stored(Ec2Kind.SECURITY_GROUP, "security-group", SecurityGroup.class),
          stored(Ec2Kind.NAT_GATEWAY, "natgateway", NatGateway.class),
          stored(Ec2Kind.ELASTIC_IP, "elastic-ip", ElasticIp.class),
          stored(Ec2Kind.INSTANCE, "instance", Instance.class),
          stored(Ec2Kind.VPC_ENDPOINT, "vpc-endpoint", VpcEndpoint.class),
          stored(Ec2Kind.KEY_PAIR, "key-pair", KeyPair.class),
          new Type(
              Ec2Kind.NETWORK_INTERFACE,
              "network-interface",
              (view, id, region) -> Enis.find(view, id, region)));

  private Ec2Resources() {}

  /** The type an ID's prefix names, if vpclab has it. */
  public static Optional<Type> typeOf(String id) {
    int dash = id.lastIndexOf('-');
    String prefix = dash < 0 ? "" : id.substring(0, dash);
    return TYPES.stream().filter(t -> t.kind().prefix().equals(prefix)).findFirst();
  }

  /**
   * The resource an ID names in a region: {@code InvalidID} when the ID is not one EC2 could have
   * issued (aws-facts: "The ID 'eipassoc-…' is not valid" from a real create-tags), the type's
   * {@code *.NotFound} when no such resource exists.
   */
  public static Type require(View view, String id, String region) {
    Type type =
        typeOf(id)
            .filter(t -> t.kind().isWellFormed(id))
            .orElseThrow(() -> new ServiceFault("InvalidID", "The ID '" + id + "' is not valid"));
    if (type.find(view, id, region).isEmpty()) {
      throw type.kind().notFound(id);
    }
    return type;
  }

  private static <T extends Regional> Type stored(
      Ec2Kind kind, String resourceType, Class<T> recordType) {
    return new Type(
        kind,
        resourceType,
        (view, id, region) -> view.find(recordType, id).filter(r -> r.region().equals(region)));
  }
}
