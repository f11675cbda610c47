#!/usr/bin/env python3
"""Writes vpclab's lesson notebooks from the cells below, without outputs.

The outputs are made by running the notebooks on the vpclab kernel, which is also how CI checks
them (kernel/src/test/jupyter/run-tests.sh):

    python3 tools/make_notebooks.py
    ./vpclab kernel install --user
    jupyter nbconvert --to notebook --execute --inplace notebooks/*.ipynb

A cell is a script: its lines run in order, as if typed, and `ssh` moves the next cells onto the
instance until `exit`.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NOTEBOOKS = os.path.join(HERE, "..", "notebooks")

KERNEL = {
    "kernelspec": {"name": "vpclab", "display_name": "vpclab (AWS VPC simulator)", "language": "vpclab"},
    "language_info": {"name": "vpclab", "file_extension": ".vpc", "mimetype": "text/x-sh",
                      "codemirror_mode": "shell", "pygments_lexer": "bash"},
}

BUILD_NETWORK = [
    ("md", """## 1. The network

The lab's VPC has a **public subnet** (its route table sends `0.0.0.0/0` to an internet gateway)
and a **private subnet** (it uses the VPC's main route table, which sends `0.0.0.0/0` to a NAT
gateway in the public subnet). Every command is the real AWS CLI; vpclab prints what AWS would and,
beside it, what changed."""),
    ("code", """VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --tag-specifications 'ResourceType=vpc,Tags=[{Key=Name,Value=MyVPC}]' --query Vpc.VpcId --output text)
aws ec2 modify-vpc-attribute --vpc-id "$VPC" --enable-dns-hostnames '{"Value": true}'
PUB=$(aws ec2 create-subnet --vpc-id "$VPC" --cidr-block 10.0.1.0/24 --availability-zone us-east-2a --tag-specifications 'ResourceType=subnet,Tags=[{Key=Name,Value=public}]' --query Subnet.SubnetId --output text)
PRIV=$(aws ec2 create-subnet --vpc-id "$VPC" --cidr-block 10.0.2.0/24 --availability-zone us-east-2b --tag-specifications 'ResourceType=subnet,Tags=[{Key=Name,Value=private}]' --query Subnet.SubnetId --output text)
aws ec2 modify-subnet-attribute --subnet-id "$PUB" --map-public-ip-on-launch"""),
    ("code", """IGW=$(aws ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output text)
aws ec2 attach-internet-gateway --internet-gateway-id "$IGW" --vpc-id "$VPC"
PUBRT=$(aws ec2 create-route-table --vpc-id "$VPC" --query RouteTable.RouteTableId --output text)
aws ec2 create-route --route-table-id "$PUBRT" --destination-cidr-block 0.0.0.0/0 --gateway-id "$IGW" --query Return
aws ec2 associate-route-table --route-table-id "$PUBRT" --subnet-id "$PUB" --query AssociationState.State --output text"""),
    ("md", """The NAT gateway needs an Elastic IP and a public subnet. The private subnet has no route table
of its own, so the route to the NAT gateway goes into the VPC's **main** route table."""),
    ("code", """EIP=$(aws ec2 allocate-address --domain vpc --query AllocationId --output text)
NAT=$(aws ec2 create-nat-gateway --subnet-id "$PUB" --allocation-id "$EIP" --query NatGateway.NatGatewayId --output text)
MAINRT=$(aws ec2 describe-route-tables --filters Name=vpc-id,Values="$VPC" Name=association.main,Values=true --query 'RouteTables[0].RouteTableId' --output text)
aws ec2 create-route --route-table-id "$MAINRT" --destination-cidr-block 0.0.0.0/0 --nat-gateway-id "$NAT" --query Return"""),
    ("md", "Two security groups: SSH to the bastion from anywhere, SSH to the private instance only from the bastion's group."),
    ("code", """BASTION_SG=$(aws ec2 create-security-group --group-name bastion-sg --description "SSH from anywhere" --vpc-id "$VPC" --query GroupId --output text)
aws ec2 authorize-security-group-ingress --group-id "$BASTION_SG" --protocol tcp --port 22 --cidr 0.0.0.0/0 --query Return
PRIV_SG=$(aws ec2 create-security-group --group-name private-sg --description "SSH from the bastion" --vpc-id "$VPC" --query GroupId --output text)
aws ec2 authorize-security-group-ingress --group-id "$PRIV_SG" --protocol tcp --port 22 --source-group "$BASTION_SG" --query Return"""),
    ("md", """## 2. The role, the key pairs and the instances

`S3AdminAccess` is a role EC2 may assume, with the AWS managed policy `AmazonS3FullAccess`. The CLI
needs an **instance profile** to carry it to an instance (the console makes one for you)."""),
    ("code", """aws ec2 create-key-pair --key-name MyNewKP --query KeyMaterial --output text > MyNewKP.pem
aws ec2 create-key-pair --key-name MyPvKey --query KeyMaterial --output text > MyPvKey.pem
chmod 400 MyNewKP.pem MyPvKey.pem
aws iam create-role --role-name S3AdminAccess --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.Arn --output text
aws iam attach-role-policy --role-name S3AdminAccess --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess
aws iam create-instance-profile --instance-profile-name S3AdminAccess --query InstanceProfile.Arn --output text
aws iam add-role-to-instance-profile --instance-profile-name S3AdminAccess --role-name S3AdminAccess"""),
    ("code", """BASTION=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2 --instance-type t2.micro --subnet-id "$PUB" --security-group-ids "$BASTION_SG" --key-name MyNewKP --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=Bastion}]' --query 'Instances[0].InstanceId' --output text)
PRIVATE=$(aws ec2 run-instances --image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2 --instance-type t2.micro --subnet-id "$PRIV" --security-group-ids "$PRIV_SG" --key-name MyPvKey --iam-instance-profile Name=S3AdminAccess --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=Private}]' --query 'Instances[0].InstanceId' --output text)
aws s3 mb s3://my-lab-bucket-123 --region us-east-2
echo "hello from the lab" > hello.txt
aws s3 cp hello.txt s3://my-lab-bucket-123/notes/hello.txt --region us-east-2
aws ec2 describe-instances --instance-ids "$BASTION" "$PRIVATE" --query 'Reservations[].Instances[].[Tags[0].Value,PrivateIpAddress,PublicIpAddress]' --output text
BIP=$(aws ec2 describe-instances --instance-ids "$BASTION" --query 'Reservations[0].Instances[0].PublicIpAddress' --output text)
PIP=$(aws ec2 describe-instances --instance-ids "$PRIVATE" --query 'Reservations[0].Instances[0].PrivateIpAddress' --output text)"""),
    ("code", "/resources"),
]

LAB = [
    ("md", """# VPC endpoints, in action

The seed lab "VPC Endpoints" (SAA-C02), replayed on vpclab: no AWS account, no cost, no waiting.
From a private instance with no internet gateway of its own, `aws s3 ls` first works through a NAT
gateway; then the NAT route goes and it stops; then an S3 **gateway endpoint** brings S3 back —
but, on Amazon Linux 2, only with `--region us-east-2`. vpclab shows what a real instance prints,
and **why**: every hop, and the component that decided it (`/explain`)."""),
] + BUILD_NETWORK + [
    ("md", """## 3. Onto the private instance, through the bastion

The private instance has no public address: the laptop reaches it only through the bastion. Copy its
key there with `scp` (the copy keeps its 0400 mode), then hop. Each `ssh` is judged hop by hop:
security groups, network ACLs both ways, route tables."""),
    ("code", """scp -i MyNewKP.pem MyPvKey.pem ec2-user@$BIP:
ssh -i MyNewKP.pem ec2-user@$BIP"""),
    ("md", "Now on the bastion. As in the lab, become root and check the key is there."),
    ("code", """sudo su
ls"""),
    ("code", "ssh -i MyPvKey.pem ec2-user@10.0.2.195"),
    ("md", """Now on the private instance, which has the role. `aws s3 ls` lists the buckets through the NAT
gateway; the why line names the hop that carried it."""),
    ("code", """sudo su
aws s3 ls"""),
    ("code", "/explain"),
    ("md", """## 4. Take the NAT route away

Back to the laptop (one `exit` per shell), delete the main route table's default route, and come
back."""),
    ("code", """exit
exit
exit
exit
aws ec2 delete-route --route-table-id "$MAINRT" --destination-cidr-block 0.0.0.0/0"""),
    ("code", """ssh -i MyNewKP.pem ec2-user@$BIP
ssh -i MyPvKey.pem ec2-user@10.0.2.195
aws s3 ls"""),
    ("md", """The real CLI would hang for about five minutes before printing that timeout; vpclab prints it at
once and says which component dropped the connection: the route table has no route to S3 any more."""),
    ("md", """## 5. The S3 gateway endpoint

A gateway endpoint adds a route to the chosen route tables: destination the S3 **prefix list** of
the region, target the endpoint."""),
    ("code", """exit
exit
aws ec2 create-vpc-endpoint --vpc-id "$VPC" --service-name com.amazonaws.us-east-2.s3 --route-table-ids "$MAINRT" --query 'VpcEndpoint.[VpcEndpointId,State]' --output text
aws ec2 describe-route-tables --route-table-ids "$MAINRT" --query 'RouteTables[0].Routes[].[DestinationCidrBlock || DestinationPrefixListId, GatewayId || NatGatewayId]' --output text"""),
    ("code", """ssh -i MyNewKP.pem ec2-user@$BIP
ssh -i MyPvKey.pem ec2-user@10.0.2.195
aws s3 ls"""),
    ("md", """Still a timeout — the lab's surprise. Amazon Linux 2 ships AWS CLI **v1**, which never asks the
instance for its region: with none configured it calls the global `s3.amazonaws.com`, which is S3
in us-east-1. The endpoint serves S3 in us-east-2 only. Give the region:"""),
    ("code", "aws s3 ls --region us-east-2"),
    ("code", "/explain"),
    ("md", """## 6. The picture

`/diagram` draws the VPC, its subnets by Availability Zone, the gateways, the endpoint and the route
arrows, with the last traced path on it."""),
    ("code", """exit
exit
/diagram"""),
    ("md", """On Amazon Linux 2023 (AWS CLI v2, which takes the region from the instance metadata) a bare
`aws s3 ls` goes through the endpoint at once. Try it: launch one in the private subnet with
`--image-id resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64`."""),
]

FAILURES = [
    ("md", """# Why can't my instance reach S3?

The network of the lab, then one thing broken at a time: each failure shown as a real instance
shows it, explained by the component that decided it, then fixed. `ssh HOST COMMAND` runs one
command on the instance and comes back, so every cell starts and ends on the laptop."""),
] + BUILD_NETWORK + [
    ("code", """scp -i MyNewKP.pem MyPvKey.pem ec2-user@$BIP:
ON_BASTION="ssh -i MyNewKP.pem ec2-user@$BIP"
ON_PRIVATE="ssh -i MyNewKP.pem ec2-user@$BIP ssh -i MyPvKey.pem ec2-user@10.0.2.195"
$ON_PRIVATE aws s3 ls --region us-east-2"""),
    ("md", """## No instance profile

The bastion has no role: the CLI finds no credentials in the environment, in `~/.aws`, or from the
instance metadata service, which answers 404 for the role list."""),
    ("code", """$ON_BASTION aws s3 ls --region us-east-2
$ON_BASTION curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/"""),
    ("md", "Fix: give the bastion an instance profile whose role EC2 may assume."),
    ("code", """aws iam create-role --role-name BastionRole --assume-role-policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}' --query Role.RoleName --output text
aws iam create-instance-profile --instance-profile-name BastionRole --query InstanceProfile.InstanceProfileName --output text
aws iam add-role-to-instance-profile --instance-profile-name BastionRole --role-name BastionRole
aws ec2 associate-iam-instance-profile --instance-id "$BASTION" --iam-instance-profile Name=BastionRole --query IamInstanceProfileAssociation.State --output text"""),
    ("md", "## A role without S3 permission\n\nThe credentials work now, but no policy of the role allows listing buckets."),
    ("code", "$ON_BASTION aws s3 ls --region us-east-2"),
    ("code", """aws iam attach-role-policy --role-name BastionRole --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
$ON_BASTION aws s3 ls --region us-east-2"""),
    ("md", """## A network ACL without the ephemeral return rule

Network ACLs are stateless: the replies of S3 come back to the client's ephemeral ports (32768-60999
on Amazon Linux) and must be allowed in as well. This custom ACL for the public subnet lets SSH in
and HTTPS out, and the SSH replies out, but nothing back in for the bastion's own calls:"""),
    ("code", """ACL=$(aws ec2 create-network-acl --vpc-id "$VPC" --query NetworkAcl.NetworkAclId --output text)
aws ec2 create-network-acl-entry --network-acl-id "$ACL" --ingress --rule-number 100 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action allow
aws ec2 create-network-acl-entry --network-acl-id "$ACL" --egress --rule-number 100 --protocol tcp --port-range From=443,To=443 --cidr-block 0.0.0.0/0 --rule-action allow
aws ec2 create-network-acl-entry --network-acl-id "$ACL" --egress --rule-number 110 --protocol tcp --port-range From=1024,To=65535 --cidr-block 0.0.0.0/0 --rule-action allow
OLD=$(aws ec2 describe-network-acls --filters Name=association.subnet-id,Values="$PUB" --query "NetworkAcls[0].Associations[?SubnetId=='$PUB'].NetworkAclAssociationId" --output text)
ASSOC=$(aws ec2 replace-network-acl-association --association-id "$OLD" --network-acl-id "$ACL" --query NewAssociationId --output text)
$ON_BASTION aws s3 ls --region us-east-2"""),
    ("code", """aws ec2 create-network-acl-entry --network-acl-id "$ACL" --ingress --rule-number 110 --protocol tcp --port-range From=1024,To=65535 --cidr-block 0.0.0.0/0 --rule-action allow
$ON_BASTION aws s3 ls --region us-east-2"""),
    ("md", """This ACL still refuses the bastion's ssh to the private instance (TCP 22 out is not allowed), so put
the public subnet back on the VPC's default ACL, which allows everything both ways."""),
    ("code", """DEFAULT_ACL=$(aws ec2 describe-network-acls --filters Name=vpc-id,Values="$VPC" Name=default,Values=true --query 'NetworkAcls[0].NetworkAclId' --output text)
aws ec2 replace-network-acl-association --association-id "$ASSOC" --network-acl-id "$DEFAULT_ACL" --query NewAssociationId --output text > /dev/null
$ON_PRIVATE hostname"""),
    ("md", "## Security group egress revoked\n\nSecurity groups are stateful, but the request itself must be allowed out."),
    ("code", """aws ec2 revoke-security-group-egress --group-id "$BASTION_SG" --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]' --query Return
$ON_BASTION aws s3 ls --region us-east-2"""),
    ("code", """aws ec2 authorize-security-group-egress --group-id "$BASTION_SG" --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]' --query Return
$ON_BASTION aws s3 ls --region us-east-2"""),
    ("md", """## The NAT gateway deleted

The private subnet's default route now points at nothing: a **blackhole** route."""),
    ("code", """aws ec2 delete-nat-gateway --nat-gateway-id "$NAT" --query NatGatewayId --output text
aws ec2 describe-route-tables --route-table-ids "$MAINRT" --query 'RouteTables[0].Routes[].[DestinationCidrBlock,State]' --output text
$ON_PRIVATE aws s3 ls --region us-east-2"""),
    ("md", """## A gateway endpoint whose policy denies

The S3 gateway endpoint replaces the NAT gateway for S3 — here with a policy that allows only
`s3:GetObject`, so listing buckets is refused by the endpoint, whatever IAM says."""),
    ("code", """aws ec2 delete-route --route-table-id "$MAINRT" --destination-cidr-block 0.0.0.0/0
VPCE=$(aws ec2 create-vpc-endpoint --vpc-id "$VPC" --service-name com.amazonaws.us-east-2.s3 --route-table-ids "$MAINRT" --policy-document '{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}' --query VpcEndpoint.VpcEndpointId --output text)
$ON_PRIVATE aws s3 ls --region us-east-2"""),
    ("code", """aws ec2 modify-vpc-endpoint --vpc-endpoint-id "$VPCE" --reset-policy
$ON_PRIVATE aws s3 ls --region us-east-2"""),
    ("md", """## A bucket policy that admits another endpoint only

`aws:SourceVpce` in a bucket policy names the endpoint a request must come through. This one names
an endpoint that is not ours."""),
    ("code", """aws s3api put-bucket-policy --bucket my-lab-bucket-123 --policy '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:ListBucket","Resource":"arn:aws:s3:::my-lab-bucket-123","Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-0123456789abcdef0"}}}]}'
$ON_PRIVATE aws s3 ls s3://my-lab-bucket-123 --region us-east-2"""),
    ("code", """aws s3api delete-bucket-policy --bucket my-lab-bucket-123
$ON_PRIVATE aws s3 ls s3://my-lab-bucket-123 --region us-east-2"""),
    ("md", "## ssh to a private IP from the laptop\n\nPrivate addresses are not on the internet: the laptop cannot reach them at all."),
    ("code", """ssh -i MyPvKey.pem ec2-user@10.0.2.195
/explain"""),
    ("md", "## The wrong key, and a key file others may read"),
    ("code", """ssh -i MyPvKey.pem ec2-user@$BIP hostname
chmod 644 MyNewKP.pem
ssh -i MyNewKP.pem ec2-user@$BIP hostname
chmod 400 MyNewKP.pem
ssh -i MyNewKP.pem ec2-user@$BIP hostname"""),
    ("md", "## DNS support off\n\nWith `enableDnsSupport` false the VPC's resolver answers nothing: the CLI cannot even find S3."),
    ("code", """aws ec2 modify-vpc-attribute --vpc-id "$VPC" --no-enable-dns-support
$ON_BASTION aws s3 ls --region us-east-2
aws ec2 modify-vpc-attribute --vpc-id "$VPC" --enable-dns-support
$ON_BASTION aws s3 ls --region us-east-2"""),
    ("md", "Every command that crossed the network left a trace; `/explain N` shows any of them in full."),
    ("code", "/explain list"),
]


def cell(kind, text):
    lines = text.split("\n")
    source = [line + "\n" for line in lines[:-1]] + [lines[-1]]
    if kind == "md":
        return {"cell_type": "markdown", "metadata": {}, "source": source}
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": source}


def write(name, cells):
    notebook = {"cells": [cell(k, t) for k, t in cells], "metadata": KERNEL, "nbformat": 4, "nbformat_minor": 5}
    for i, c in enumerate(notebook["cells"]):
        c["id"] = f"{name[:2]}-{i:03d}"
    os.makedirs(NOTEBOOKS, exist_ok=True)
    with open(os.path.join(NOTEBOOKS, name), "w") as f:
        json.dump(notebook, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    write("01-vpc-endpoints-lab.ipynb", LAB)
    write("02-why-cant-my-instance-reach-s3.ipynb", FAILURES)
