package dev.vpclab.cli.ec2;

import dev.vpclab.cli.api.Handlers;

/**
 * EC2 networking beyond the VPC itself: regions and zones, account attributes, subnets, internet
 * gateways, Elastic IPs, NAT gateways, route tables and routes, network ACLs and tags. One group of
 * groups, so {@code Services} registers it with one line.
 */
public final class Ec2Networking implements Handlers.Group {

  @Override
  public void register(Handlers.Builder on) {
    on.add(new RegionsAndZones())
        .add(new AccountAttributes())
        .add(new Subnets())
        .add(new InternetGateways())
        .add(new ElasticIps())
        .add(new NatGateways())
        .add(new RouteTables())
        .add(new Routes())
        .add(new NetworkAcls())
        .add(new NetworkAclEntries())
        .add(new Tagging());
  }
}
