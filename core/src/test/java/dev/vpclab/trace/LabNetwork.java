package dev.vpclab.trace;

import dev.vpclab.Vpclab;
import dev.vpclab.model.World;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.shell.Terminal;
import java.nio.file.Path;

/**
 * The seed lab's network, built by typing its CLI commands into a fresh session: a public subnet
 * with the bastion, a private one on the main route table with a NAT route, and the S3 bucket.
 * Tests then change it with more commands and ask the tracer about it.
 */
final class LabNetwork {
  private final Vpclab vpclab;

  private LabNetwork(Vpclab vpclab) {
    this.vpclab = vpclab;
  }

  static LabNetwork build(Path workingDirectory) {
    var lab = new LabNetwork(Vpclab.start(Terminal.NONE, workingDirectory));
    lab.run(
        "VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text)",
        "PUB=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.1.0/24 --query Subnet.SubnetId"
            + " --output text)",
        "PRIV=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.2.0/24 --query Subnet.SubnetId"
            + " --output text)",
        "aws ec2 modify-subnet-attribute --subnet-id $PUB --map-public-ip-on-launch",
        "IGW=$(aws ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output"
            + " text)",
        "aws ec2 attach-internet-gateway --internet-gateway-id $IGW --vpc-id $VPC",
        "PUBRT=$(aws ec2 create-route-table --vpc-id $VPC --query RouteTable.RouteTableId --output"
            + " text)",
        "aws ec2 create-route --route-table-id $PUBRT --destination-cidr-block 0.0.0.0/0"
            + " --gateway-id $IGW",
        "aws ec2 associate-route-table --route-table-id $PUBRT --subnet-id $PUB",
        "EIP=$(aws ec2 allocate-address --query AllocationId --output text)",
        "NAT=$(aws ec2 create-nat-gateway --subnet-id $PUB --allocation-id $EIP --query"
            + " NatGateway.NatGatewayId --output text)",
        "MAINRT=$(aws ec2 describe-route-tables --filters Name=vpc-id,Values=$VPC"
            + " Name=association.main,Values=true --query 'RouteTables[0].RouteTableId' --output"
            + " text)",
        "aws ec2 create-route --route-table-id $MAINRT --destination-cidr-block 0.0.0.0/0"
            + " --nat-gateway-id $NAT",
        "SG=$(aws ec2 create-security-group --group-name lab --description lab --vpc-id $VPC"
            + " --query GroupId --output text)",
        "aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22 --cidr"
            + " 0.0.0.0/0",
        "AMI=resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2",
        "aws ec2 run-instances --image-id $AMI --subnet-id $PUB --security-group-ids $SG"
            + " --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=Bastion}]'",
        "aws ec2 run-instances --image-id $AMI --subnet-id $PRIV --security-group-ids $SG"
            + " --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=Private}]'");
    return lab;
  }

  /** Types each line, as a learner would; fails the test if one does not succeed. */
  LabNetwork run(String... lines) {
    for (String line : lines) {
      Outcome outcome = vpclab.eval(line);
      if (outcome.exitStatus() != 0) {
        throw new AssertionError(line + " → exit " + outcome.exitStatus() + ": " + outcome);
      }
    }
    return this;
  }

  World world() {
    return vpclab.session().world();
  }

  /** The instance with this Name tag. */
  Instance instance(String name) {
    World world = world();
    return world
        .all(Instance.class)
        .filter(i -> world.tags(i.id()).name().orElse("").equals(name))
        .findFirst()
        .orElseThrow();
  }
}
