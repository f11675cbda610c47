package dev.vpclab.cli.ec2;

import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.SecurityGroup;
import dev.vpclab.model.ec2.Vpc;
import java.util.Optional;

/**
 * Finds security groups the ways the API names them: by ID anywhere in the region, by name only in
 * the default VPC (names of other VPCs' groups are not accepted, as in real EC2).
 */
final class SecurityGroupLookup {
  private SecurityGroupLookup() {}

  static SecurityGroup byId(View view, String id, String region) {
    return Lookup.require(view, SecurityGroup.class, Ec2Kind.SECURITY_GROUP, id, region);
  }

  /** The request's {@code GroupId}, or else its {@code GroupName} in the default VPC. */
  static SecurityGroup fromRequest(Request request, View view) {
    Optional<String> id = request.string("GroupId");
    if (id.isPresent()) {
      return byId(view, id.get(), request.region());
    }
    String name =
        request
            .string("GroupName")
            .orElseThrow(
                () ->
                    new ServiceFault(
                        "MissingParameter",
                        "The request must contain the parameter groupName or groupId"));
    return inDefaultVpc(view, name, request.region());
  }

  /**
   * {@code InvalidGroup.NotFound: The security group 'x' does not exist in default VPC 'vpc-…'}
   * (real CloudFormation/EC2 output).
   */
  static SecurityGroup inDefaultVpc(View view, String name, String region) {
    Vpc vpc = Defaults.requireVpc(view, region);
    return named(view, vpc.id(), name)
        .orElseThrow(
            () ->
                new ServiceFault(
                    "InvalidGroup.NotFound",
                    "The security group '"
                        + name
                        + "' does not exist in default VPC '"
                        + vpc.id()
                        + "'"));
  }

  static Optional<SecurityGroup> named(View view, String vpcId, String name) {
    return view.all(SecurityGroup.class)
        .filter(g -> g.vpcId().equals(vpcId) && g.name().equals(name))
        .findFirst();
  }

  /** The name of a group, or null if it is gone (for GroupIdentifier lists). */
  static String nameOf(View view, String groupId) {
    return view.find(SecurityGroup.class, groupId).map(SecurityGroup::name).orElse(null);
  }
}
