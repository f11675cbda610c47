/**
 * IAM policy evaluation: whether a simulated AWS API call is allowed, which policy and statement
 * decided, and what the service answers when it is not.
 *
 * <p>How the tracer uses it, once per API call:
 *
 * <pre>{@code
 * Caller who = Caller.instanceRole("S3Role", "i-0123456789abcdef0");  // or Caller.admin(),
 *                                                                      // or Caller.fromArn(arn)
 * ApiCall call = new ApiCall("s3api", "ListObjectsV2", params, "us-east-2");
 * RequestContext where =
 *     RequestContext.throughEndpoint("vpce-…", "vpc-…", privateIp);   // a gateway endpoint hop
 *  // or RequestContext.fromInternet(natElasticIp / instancePublicIp / laptopIp)
 *
 * Decision d = Authorization.check(world, who, call, where);
 * d.allowed(); d.why();              // "denied by bucket policy of lab-bucket, statement 0 (Sid …)"
 * d.target();                        // s3:ListBucket on arn:aws:s3:::lab-bucket
 * d.considered();                    // every policy checked: outcome, each statement's mismatch
 * if (d instanceof Decision.Denied no) {
 *   no.policyType(); no.reason();    // RESOURCE, EXPLICIT_DENY
 *   no.error().code();               // AccessDenied / UnauthorizedOperation / AccessDeniedException
 *   no.error().message(enhanced);    // "Access Denied", or "User: arn:… is not authorized to …"
 * }
 * }</pre>
 *
 * <p>The policies come from the account: the administrator's AdministratorAccess; a role's attached
 * managed policies (default versions) and inline policies; the bucket policy of an S3 call's
 * bucket; the policy of the VPC endpoint named in the context. The policy language lives in {@link
 * dev.vpclab.iam.policy}, the action and resource of each operation in {@link
 * dev.vpclab.iam.action}.
 */
package dev.vpclab.iam;
