package dev.vpclab.render.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.vpclab.Vpclab;
import dev.vpclab.outcome.Outcome;
import dev.vpclab.outcome.Part;
import dev.vpclab.shell.Terminal;
import java.nio.file.Path;
import java.util.List;

/**
 * The lab's network typed into a fresh session: a public subnet (us-east-2a) with a NAT gateway and
 * a bastion, a private subnet (us-east-2b) whose main route table sends 0.0.0.0/0 to the NAT
 * gateway and S3 to a gateway endpoint, and an instance there with a public IP of its own.
 */
final class LabNetwork {
  private static final String AMI =
      "resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2";

  private static final List<String> BUILD =
      List.of(
          "VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications"
              + " 'ResourceType=vpc,Tags=[{Key=Name,Value=MyVPC}]' --query Vpc.VpcId --output text)",
          "PUB=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.1.0/24 --availability-zone"
              + " us-east-2a --query Subnet.SubnetId --output text)",
          "PRIV=$(aws ec2 create-subnet --vpc-id $VPC --cidr-block 10.0.2.0/24 --availability-zone"
              + " us-east-2b --query Subnet.SubnetId --output text)",
          "IGW=$(aws ec2 create-internet-gateway --query InternetGateway.InternetGatewayId"
              + " --output text)",
          "aws ec2 attach-internet-gateway --internet-gateway-id $IGW --vpc-id $VPC",
          "PUBRT=$(aws ec2 create-route-table --vpc-id $VPC --query RouteTable.RouteTableId"
              + " --output text)",
          "R=$(aws ec2 create-route --route-table-id $PUBRT --destination-cidr-block 0.0.0.0/0"
              + " --gateway-id $IGW)",
          "R=$(aws ec2 associate-route-table --route-table-id $PUBRT --subnet-id $PUB)",
          "EIP=$(aws ec2 allocate-address --domain vpc --query AllocationId --output text)",
          "NAT=$(aws ec2 create-nat-gateway --subnet-id $PUB --allocation-id $EIP --query"
              + " NatGateway.NatGatewayId --output text)",
          "MAINRT=$(aws ec2 describe-route-tables --filters Name=vpc-id,Values=$VPC"
              + " Name=association.main,Values=true --query 'RouteTables[0].RouteTableId'"
              + " --output text)",
          "R=$(aws ec2 create-route --route-table-id $MAINRT --destination-cidr-block 0.0.0.0/0"
              + " --nat-gateway-id $NAT)",
          "VPCE=$(aws ec2 create-vpc-endpoint --vpc-id $VPC --service-name"
              + " com.amazonaws.us-east-2.s3 --route-table-ids $MAINRT --query"
              + " VpcEndpoint.VpcEndpointId --output text)",
          "SG=$(aws ec2 create-security-group --group-name ssh-sg --description ssh --vpc-id $VPC"
              + " --query GroupId --output text)",
          "R=$(aws ec2 authorize-security-group-ingress --group-id $SG --protocol tcp --port 22"
              + " --cidr 0.0.0.0/0)",
          "aws ec2 create-key-pair --key-name lab --query KeyMaterial --output text > lab.pem",
          "chmod 400 lab.pem",
          "BASTION=$(aws ec2 run-instances --image-id "
              + AMI
              + " --instance-type t2.micro --subnet-id $PUB --associate-public-ip-address"
              + " --security-group-ids $SG --key-name lab --query 'Instances[0].InstanceId'"
              + " --output text)",
          "APP=$(aws ec2 run-instances --image-id "
              + AMI
              + " --instance-type t2.micro --subnet-id $PRIV --associate-public-ip-address"
              + " --security-group-ids $SG --key-name lab --query 'Instances[0].InstanceId'"
              + " --output text)");

  private final Vpclab vpclab;

  private LabNetwork(Vpclab vpclab) {
    this.vpclab = vpclab;
  }

  static LabNetwork build() {
    var lab = new LabNetwork(Vpclab.start(Terminal.NONE, Path.of(".")));
    BUILD.forEach(lab::eval);
    return lab;
  }

  /** Evaluates a line that must not be a vpclab-level problem. */
  Outcome eval(String line) {
    Outcome outcome = vpclab.eval(line);
    assertFalse(outcome.hasProblem(), () -> line + " → " + outcome);
    return outcome;
  }

  /** A shell variable of the session, e.g. an ID captured while building. */
  String id(String variable) {
    return vpclab.eval("echo $" + variable).stdout().strip();
  }

  /** The one diagram {@code /diagram ARGS} draws. */
  Part.Diagram diagram(String args) {
    Outcome outcome = eval(("/diagram " + args).strip());
    return outcome.parts().stream()
        .filter(Part.Diagram.class::isInstance)
        .map(Part.Diagram.class::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no diagram: " + outcome));
  }

  /**
   * Deletes the NAT gateway, then connects from the laptop to App, whose reply meets the blackhole.
   */
  void sshIntoTheBlackhole() {
    eval("D=$(aws ec2 delete-nat-gateway --nat-gateway-id $NAT)");
    eval(
        "APPIP=$(aws ec2 describe-instances --instance-ids $APP --query"
            + " 'Reservations[0].Instances[0].PublicIpAddress' --output text)");
    eval("ssh -i lab.pem ec2-user@$APPIP");
  }

  /** Logs in to the bastion from the laptop, which works. */
  void sshToTheBastion() {
    eval(
        "BIP=$(aws ec2 describe-instances --instance-ids $BASTION --query"
            + " 'Reservations[0].Instances[0].PublicIpAddress' --output text)");
    eval("ssh -i lab.pem ec2-user@$BIP");
  }

  Vpclab vpclab() {
    return vpclab;
  }
}
