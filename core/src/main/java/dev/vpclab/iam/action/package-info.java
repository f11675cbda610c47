/**
 * Which IAM action a simulated operation needs, and on which resource ARNs: {@code ListBuckets}
 * needs {@code s3:ListAllMyBuckets} on {@code *}, {@code GetObject} needs {@code s3:GetObject} on
 * {@code arn:aws:s3:::bucket/key}. Each service's class names its sources.
 */
package dev.vpclab.iam.action;
