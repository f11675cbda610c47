package dev.vpclab.model.ec2;

import java.time.Instant;
import java.util.List;

/**
 * A VPC endpoint. A gateway endpoint (S3, DynamoDB) works by routing: a route to its service's
 * prefix list in each of its route tables. An interface endpoint works by DNS and ENIs.
 */
public record VpcEndpoint(
    String id,
    String region,
    String vpcId,
    String serviceName,
    Type type,
    String policyDocument,
    List<String> routeTableIds,
    List<String> subnetIds,
    List<String> groupIds,
    boolean privateDnsEnabled,
    String state,
    Instant creationTimestamp)
    implements Ec2Resource {

  public enum Type {
    GATEWAY("Gateway"),
    INTERFACE("Interface");

    public final String api;

    Type(String api) {
      this.api = api;
    }
  }

  public VpcEndpoint {
    routeTableIds = List.copyOf(routeTableIds);
    subnetIds = List.copyOf(subnetIds);
    groupIds = List.copyOf(groupIds);
  }

  @Override
  public String kind() {
    return "vpc-endpoint";
  }

  public VpcEndpoint withRouteTables(List<String> ids) {
    return copy(policyDocument, ids);
  }

  public VpcEndpoint withPolicy(String document) {
    return copy(document, routeTableIds);
  }

  /** A copy with what modify-vpc-endpoint changes: the policy and the route tables. */
  private VpcEndpoint copy(String policy, List<String> routeTables) {
    return new VpcEndpoint(
        id,
        region,
        vpcId,
        serviceName,
        type,
        policy,
        routeTables,
        subnetIds,
        groupIds,
        privateDnsEnabled,
        state,
        creationTimestamp);
  }
}
