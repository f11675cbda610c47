package dev.vpclab.cli.ec2;

import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.View;
import dev.vpclab.model.catalog.Regions;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Subnet;
import dev.vpclab.model.ec2.Vpc;
import java.util.Optional;

/**
 * What EC2 falls back to when a request names no VPC, subnet or security group: the region's
 * default VPC, its default subnet in the first Availability Zone, a VPC's {@code default} group.
 */
final class Defaults {
  private Defaults() {}

  static Optional<Vpc> vpc(View view, String region) {
    return view.all(Vpc.class, region).filter(Vpc::isDefault).findFirst();
  }

  /** The default VPC, or the real error of an account that deleted it. */
  static Vpc requireVpc(View view, String region) {
    return vpc(view, region)
        .orElseThrow(() -> new ServiceFault("VPCIdNotSpecified", "No default VPC for this user"));
  }

  /**
   * The default subnet of the region's first Availability Zone (real AWS picks one of the default
   * subnets; vpclab always picks the first so sessions are reproducible).
   */
  static Subnet subnet(View view, String region) {
    String firstZone = Regions.catalog().require(region).zones().get(0).name();
    return vpc(view, region)
        .flatMap(
            vpc ->
                view.all(Subnet.class, region)
                    .filter(s -> s.vpcId().equals(vpc.id()) && s.defaultForAz())
                    .filter(s -> s.availabilityZone().equals(firstZone))
                    .findFirst())
        .orElseThrow(
            () ->
                new ServiceFault(
                    "VPCIdNotSpecified",
                    "No default VPC for this user. GroupName is only supported for EC2-Classic and"
                        + " default VPC."));
  }

  /** A VPC's {@code default} security group, which every VPC has. */
  static SecurityGroup securityGroup(View view, String vpcId) {
    return view.all(SecurityGroup.class)
        .filter(g -> g.vpcId().equals(vpcId) && g.isDefault())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("VPC " + vpcId + " has no default group"));
  }
}
