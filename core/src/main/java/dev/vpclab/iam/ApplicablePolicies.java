package dev.vpclab.iam;

import dev.vpclab.iam.action.ApiCall;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.VpcEndpoint;
import dev.vpclab.model.s3.Bucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The policies a request meets, in the order a trace shows them (the order the request passes
 * them): the policy of the VPC endpoint it came through, the caller's identity-based policies, and
 * the policy of the bucket it is about.
 */
record ApplicablePolicies(
    Optional<PolicySource> endpoint, List<PolicySource> identity, Optional<PolicySource> bucket) {

  ApplicablePolicies {
    identity = List.copyOf(identity);
  }

  static ApplicablePolicies of(
      View view, CallerIdentity caller, ApiCall call, RequestContext where) {
    Optional<PolicySource> endpoint =
        where
            .sourceVpce()
            .flatMap(id -> view.find(VpcEndpoint.class, id))
            .filter(e -> e.policyDocument() != null)
            .map(e -> PolicySource.endpoint(e.id(), e.policyDocument()));
    Optional<PolicySource> bucket =
        call.actionPrefix().equals("s3")
            ? call.param("Bucket")
                .flatMap(name -> view.find(Bucket.class, name))
                .flatMap(b -> b.bucketPolicy().map(doc -> PolicySource.bucket(b.name(), doc)))
            : Optional.empty();
    return new ApplicablePolicies(endpoint, caller.policies(), bucket);
  }

  List<PolicySource> inOrder() {
    var all = new ArrayList<PolicySource>();
    endpoint.ifPresent(all::add);
    all.addAll(identity);
    bucket.ifPresent(all::add);
    return all;
  }
}
