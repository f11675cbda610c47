package dev.vpclab.cli;

import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.dynamodb.Tables;
import dev.vpclab.cli.iam.InstanceProfiles;
import dev.vpclab.cli.iam.Policies;
import dev.vpclab.cli.iam.RolePolicies;
import dev.vpclab.cli.iam.Roles;
import dev.vpclab.cli.s3.BucketPolicies;
import dev.vpclab.cli.s3.Buckets;
import dev.vpclab.cli.s3.ObjectListings;
import dev.vpclab.cli.s3.Objects;
import dev.vpclab.cli.ssm.PublicParameters;
import dev.vpclab.cli.sts.CallerIdentity;

/**
 * The services beside EC2 that the lab touches: IAM and STS (who you are and what you may do),
 * SSM's public AMI parameters, S3 and DynamoDB (what a lab stores).
 */
public final class IdentityAndDataServices implements Handlers.Group {

  @Override
  public void register(Handlers.Builder on) {
    on.add(new Roles())
        .add(new RolePolicies())
        .add(new Policies())
        .add(new InstanceProfiles())
        .add(new CallerIdentity())
        .add(new PublicParameters())
        .add(new Buckets())
        .add(new BucketPolicies())
        .add(new Objects())
        .add(new ObjectListings())
        .add(new Tables());
  }
}
