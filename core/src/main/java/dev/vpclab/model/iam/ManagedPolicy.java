package dev.vpclab.model.iam;

import dev.vpclab.model.Resource;
import dev.vpclab.model.Tags;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A managed policy: AWS managed ({@code arn:aws:iam::aws:policy/…}) or the account's own. Stored
 * under its ARN. Versions are kept newest first, the order ListPolicyVersions returns them in.
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
    Instant updateDate,
    Tags tags)
    implements Resource {

  /** How many versions IAM keeps of one managed policy (IAM user guide, versioning). */
  public static final int MAX_VERSIONS = 5;

  /** One version of the policy document, kept as the text it was created with. */
  public record Version(String versionId, String document, Instant createDate) {}

  public ManagedPolicy {
    versions = List.copyOf(versions);
    tags = tags == null ? Tags.NONE : tags;
  }

  /** A managed policy without tags. */
  public ManagedPolicy(
      String arn,
      String name,
      String id,
      String path,
      String description,
      List<Version> versions,
      String defaultVersionId,
      Instant createDate,
      Instant updateDate) {
    this(
        arn,
        name,
        id,
        path,
        description,
        versions,
        defaultVersionId,
        createDate,
        updateDate,
        Tags.NONE);
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

  /** IAM numbers versions upwards and never reuses a number. */
  public String nextVersionId() {
    int highest =
        versions.stream()
            .mapToInt(v -> Integer.parseInt(v.versionId().substring(1)))
            .max()
            .orElse(0);
    return "v" + (highest + 1);
  }

  /** The policy with one more version, which becomes the default if asked. */
  public ManagedPolicy withVersion(Version version, boolean makeDefault) {
    var all = new ArrayList<Version>();
    all.add(version);
    all.addAll(versions);
    return new ManagedPolicy(
        arn,
        name,
        id,
        path,
        description,
        all,
        makeDefault ? version.versionId() : defaultVersionId,
        createDate,
        makeDefault ? version.createDate() : updateDate,
        tags);
  }
}
