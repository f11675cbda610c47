package dev.vpclab.cli.ec2;

import dev.vpclab.cli.api.Handlers;

/**
 * EC2's security, compute and endpoint operations, registered together so the service table gains
 * one line: security groups and their rules, key pairs, images, instances and their profile
 * associations, network interfaces, VPC endpoints, endpoint services and prefix lists.
 */
public final class Ec2Compute implements Handlers.Group {
  @Override
  public void register(Handlers.Builder on) {
    on.add(new SecurityGroups())
        .add(new SecurityGroupRules())
        .add(new KeyPairs())
        .add(new Amis())
        .add(new InstanceLaunch())
        .add(new Instances())
        .add(new InstanceStates())
        .add(new ProfileAssociations())
        .add(new NetworkInterfaces())
        .add(new VpcEndpoints())
        .add(new PrefixLists())
        .add(new EndpointServices());
  }
}
