/**
 * The access policy language as AWS evaluates it: documents, statements, Action/NotAction,
 * Resource/NotResource, Principal/NotPrincipal, wildcards and every condition operator with its set
 * qualifiers, {@code IfExists} and missing-key rules (IAM user guide, "IAM JSON policy reference").
 * A statement checked against an {@link dev.vpclab.iam.policy.AccessRequest} says whether it
 * applied and, if not, which element did not match.
 */
package dev.vpclab.iam.policy;
