package dev.vpclab.model.ec2;

import java.util.Optional;

/** An internet gateway, attached to at most one VPC. */
public record InternetGateway(String id, String region, String attachedVpcId)
    implements Ec2Resource {

  @Override
  public String kind() {
    return "internetGateway";
  }

  public Optional<String> vpcId() {
    return Optional.ofNullable(attachedVpcId);
  }

  public InternetGateway attachedTo(String vpcId) {
    return new InternetGateway(id, region, vpcId);
  }

  public InternetGateway detached() {
    return new InternetGateway(id, region, null);
  }
}
