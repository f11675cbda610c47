package dev.vpclab.model.iam;

import dev.vpclab.model.Tags;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An IAM role: who may assume it (the trust policy) and what it may do (attached managed policies
 * and inline policies). Stored under its name in lower case, because IAM names are unique
 * regardless of case. Policy documents are kept as the text the caller sent, so they come back with
 * the caller's key order, as IAM returns them.
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
    Instant createDate,
    Tags tags)
    implements NamedIamResource {

  /** What a role may assume by default: one hour (IAM API reference, CreateRole). */
  public static final int DEFAULT_MAX_SESSION_DURATION = 3600;

  public Role {
    attachedPolicyArns = List.copyOf(attachedPolicyArns);
    inlinePolicies = Collections.unmodifiableMap(new LinkedHashMap<>(inlinePolicies));
    tags = tags == null ? Tags.NONE : tags;
  }

  /** A role without tags. */
  public Role(
      String name,
      String id,
      String path,
      String trustPolicy,
      String description,
      int maxSessionDuration,
      List<String> attachedPolicyArns,
      Map<String, String> inlinePolicies,
      Instant createDate) {
    this(
        name,
        id,
        path,
        trustPolicy,
        description,
        maxSessionDuration,
        attachedPolicyArns,
        inlinePolicies,
        createDate,
        Tags.NONE);
  }

  /** The key a role name is stored under. */
  public static String keyOf(String name) {
    return NamedIamResource.keyOf(name);
  }

  @Override
  public String kind() {
    return "role";
  }

  public String arn(String accountId) {
    return "arn:aws:iam::" + accountId + ":role" + path + name;
  }

  public boolean hasAttached(String policyArn) {
    return attachedPolicyArns.contains(policyArn);
  }

  public Role withAttached(List<String> arns) {
    return copy(trustPolicy, arns, inlinePolicies);
  }

  public Role withInline(Map<String, String> policies) {
    return copy(trustPolicy, attachedPolicyArns, policies);
  }

  public Role withTrustPolicy(String document) {
    return copy(document, attachedPolicyArns, inlinePolicies);
  }

  /** A copy with new values for what IAM lets a role change after it is created. */
  private Role copy(String trust, List<String> attached, Map<String, String> inline) {
    return new Role(
        name, id, path, trust, description, maxSessionDuration, attached, inline, createDate, tags);
  }
}
