package dev.vpclab.model.iam;

import dev.vpclab.model.Resource;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IAM role: who may assume it (the trust policy) and what it may do (attached managed policies
 * and inline policies). Stored under its name in lower case, because IAM names are unique
 * regardless of case.
 */
public record Role(
    String name,
    String id,
    String path,
    String trustPolicy,
    String description,
    int maxSessionDuration,
    List<String> attachedPolicyArns,
    Map<String, String> inlinePolicies,
    Instant createDate)
    implements Resource {

  public Role {
    attachedPolicyArns = List.copyOf(attachedPolicyArns);
    inlinePolicies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
  }

  @Override
  public String key() {
    return name.toLowerCase();
  }

  @Override
  public String kind() {
    return "role";
  }

  public String arn(String accountId) {
    return "arn:aws:iam::" + accountId + ":role" + path + name;
  }

  public Role withAttached(List<String> arns) {
    return new Role(
        name,
        id,
        path,
        trustPolicy,
        description,
        maxSessionDuration,
        arns,
        inlinePolicies,
        createDate);
  }

  public Role withInline(Map<String, String> policies) {
    return new Role(
        name,
        id,
        path,
        trustPolicy,
        description,
        maxSessionDuration,
        attachedPolicyArns,
        policies,
        createDate);
  }

  public Role withTrustPolicy(String document) {
    return new Role(
        name,
        id,
        path,
        document,
        description,
        maxSessionDuration,
        attachedPolicyArns,
        inlinePolicies,
        createDate);
  }
}
