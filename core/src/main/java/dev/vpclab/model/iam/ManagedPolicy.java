package dev.vpclab.model.iam;

import dev.vpclab.model.Resource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A managed policy: AWS managed ({@code arn:aws:iam::aws:policy/…}) or the account's own. Stored
 * under its ARN.
 */
public record ManagedPolicy(
    String arn,
    String name,
    String id,
    String path,
    String description,
    List<Version> versions,
    String defaultVersionId,
    Instant createDate,
    Instant updateDate)
    implements Resource {

  /** One version of the policy document. */
  public record Version(String versionId, String document, Instant createDate) {}

  public ManagedPolicy {
    versions = List.copyOf(versions);
  }

  @Override
  public String key() {
    return arn;
  }

  @Override
  public String kind() {
    return "policy";
  }

  public boolean isAwsManaged() {
    return arn.startsWith("arn:aws:iam::aws:");
  }

  public Optional<Version> version(String versionId) {
    return versions.stream().filter(v -> v.versionId().equals(versionId)).findFirst();
  }

  public Version defaultVersion() {
    return version(defaultVersionId).orElseThrow();
  }
}
