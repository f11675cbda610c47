package dev.vpclab.model.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The AWS managed policies every account can attach, with their real documents
 * (managed-policies.json names its sources).
 */
public final class ManagedPolicies {
  private static final ManagedPolicies CATALOG = load();

  private final List<ManagedPolicy> policies;

  private ManagedPolicies(List<ManagedPolicy> policies) {
    this.policies = List.copyOf(policies);
  }

  public static ManagedPolicies catalog() {
    return CATALOG;
  }

  public List<ManagedPolicy> all() {
    return policies;
  }

  public Optional<ManagedPolicy> byArn(String arn) {
    return policies.stream().filter(p -> p.arn().equals(arn)).findFirst();
  }

  private static ManagedPolicies load() {
    try (InputStream in = ManagedPolicies.class.getResourceAsStream("managed-policies.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      var out = new ArrayList<ManagedPolicy>();
      for (JsonNode p : root.path("policies")) {
        var versions = new ArrayList<ManagedPolicy.Version>();
        for (JsonNode v : p.path("versions")) {
          versions.add(
              new ManagedPolicy.Version(
                  v.path("versionId").asText(),
                  v.path("document").toString(),
                  Instant.parse(v.path("createDate").asText())));
        }
        out.add(
            new ManagedPolicy(
                "arn:aws:iam::aws:policy" + p.path("path").asText() + p.path("name").asText(),
                p.path("name").asText(),
                p.path("id").asText(),
                p.path("path").asText(),
                p.path("description").asText(null),
                versions,
                p.path("defaultVersionId").asText(),
                Instant.parse(p.path("createDate").asText()),
                Instant.parse(p.path("updateDate").asText())));
      }
      return new ManagedPolicies(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
