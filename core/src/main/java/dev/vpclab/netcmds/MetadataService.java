package dev.vpclab.netcmds;

import dev.vpclab.hosts.Imds;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.net.Ipv4;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Component.Kind;
import dev.vpclab.trace.Step;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The instance metadata service at 169.254.169.254, as an instance's own programs reach it: a
 * link-local address the hypervisor answers, so no route table, network ACL or security group is on
 * the way (EC2 user guide, instancedata-data-retrieval). It serves IMDSv1 GETs unless the instance
 * requires tokens (HttpTokens {@code required}: 401 without one), hands out IMDSv2 tokens for
 * {@code PUT /latest/api/token}, and refuses everything when its endpoint is disabled.
 */
final class MetadataService {
  static final Ipv4 ADDRESS = Ipv4.of("169.254.169.254");
  static final String TOKEN_HEADER = "x-aws-ec2-metadata-token";
  static final String TTL_HEADER = "x-aws-ec2-metadata-token-ttl-seconds";

  /** One request: method, path and headers (names in lower case). */
  record Request(String method, String path, Map<String, String> headers) {}

  /** The reply, its extra headers, and the trace step that explains it. */
  record Answer(HttpReply reply, Map<String, String> headers, Step step) {}

  private MetadataService() {}

  static Answer handle(View view, Instance instance, Request request, Instant now) {
    Component service = Component.of(Kind.METADATA_SERVICE, instance.id(), null);
    Instance.Metadata options = instance.metadata();
    if (!options.imdsEnabled()) {
      return refused(
          HttpReply.metadataError(403, "Forbidden"),
          Step.fail(
              service,
              "HttpEndpoint is disabled on "
                  + instance.id()
                  + ": the metadata service answers nothing but 403",
              "IMDS_DISABLED"));
    }
    if (request.method().equals("PUT") && request.path().equals("/latest/api/token")) {
      return token(instance, request, service);
    }
    Optional<String> token = Optional.ofNullable(request.headers().get(TOKEN_HEADER));
    boolean tokenValid = token.map(t -> t.equals(token(instance))).orElse(false);
    if (token.isPresent() && !tokenValid) {
      return refused(
          HttpReply.metadataError(401, "Unauthorized"),
          Step.fail(
              service, "the X-aws-ec2-metadata-token is not one it issued", "IMDS_TOKEN_INVALID"));
    }
    if (token.isEmpty() && options.httpTokens().equals("required")) {
      return refused(
          HttpReply.metadataError(401, "Unauthorized"),
          Step.fail(
              service,
              "HttpTokens is required on "
                  + instance.id()
                  + " (IMDSv2 only): a request without an X-aws-ec2-metadata-token gets 401",
              "IMDS_TOKEN_REQUIRED"));
    }
    String how = tokenValid ? " (IMDSv2, with a token)" : " (IMDSv1, no token)";
    Optional<String> body = content(view, instance, request.path(), now);
    if (body.isPresent()) {
      return new Answer(
          HttpReply.text(body.get()),
          Map.of(),
          Step.pass(
              Component.of(Kind.SERVICE, "instance metadata service", null),
              "answers " + request.path() + how));
    }
    if (request.path().startsWith("/latest/meta-data/iam")) {
      Imds.Credentials credentials = Imds.of(view, instance);
      if (credentials instanceof Imds.Credentials.None none) {
        return refused(
            HttpReply.metadataError(404, "Not Found"),
            Step.fail(service, none.why(), "NO_INSTANCE_PROFILE"));
      }
    }
    return new Answer(
        HttpReply.metadataError(404, "Not Found"),
        Map.of(),
        Step.pass(
            Component.of(Kind.SERVICE, "instance metadata service", null),
            "has nothing at " + request.path() + " (404)"));
  }

  private static Answer refused(HttpReply reply, Step step) {
    return new Answer(reply, Map.of(), step);
  }

  /** {@code PUT /latest/api/token}: a session token for 1 to 21600 seconds. */
  private static Answer token(Instance instance, Request request, Component service) {
    String ttl = request.headers().getOrDefault(TTL_HEADER, "");
    boolean valid =
        ttl.matches("\\d{1,5}") && Integer.parseInt(ttl) >= 1 && Integer.parseInt(ttl) <= 21600;
    if (!valid) {
      return refused(
          HttpReply.metadataError(400, "Missing or Invalid Parameters"),
          Step.fail(
              service,
              "a token request needs X-aws-ec2-metadata-token-ttl-seconds between 1 and 21600",
              "IMDS_BAD_TOKEN_REQUEST"));
    }
    var headers = new LinkedHashMap<String, String>();
    headers.put("X-Aws-Ec2-Metadata-Token-Ttl-Seconds", ttl);
    return new Answer(
        HttpReply.text(token(instance)),
        headers,
        Step.pass(
            Component.of(Kind.SERVICE, "instance metadata service", null),
            "issues an IMDSv2 session token for " + ttl + " seconds"));
  }

  /**
   * The instance's session token: 56 characters of base64 as real ones are ({@code AQAEA…==}), the
   * same for every request, so a token from one command works in the next.
   */
  static String token(Instance instance) {
    byte[] bytes = new byte[40];
    byte[] digest = Ids.digest("imds-token/" + instance.id());
    bytes[0] = 1;
    bytes[2] = 4;
    System.arraycopy(digest, 0, bytes, 8, 32);
    return Base64.getUrlEncoder().encodeToString(bytes).substring(0, 54) + "==";
  }

  private static Optional<String> content(View view, Instance instance, String path, Instant now) {
    String normal = path.replaceAll("/{2,}", "/");
    if (normal.equals("/latest") || normal.equals("/latest/")) {
      return Optional.of("dynamic\nmeta-data");
    }
    if (normal.equals("/latest/meta-data") || normal.startsWith("/latest/meta-data/")) {
      String rest =
          normal.length() <= "/latest/meta-data/".length()
              ? ""
              : normal.substring("/latest/meta-data/".length());
      return InstanceMetadata.of(view, instance, now).get(rest);
    }
    if (normal.equals("/latest/dynamic/instance-identity/document")) {
      return Optional.of(identityDocument(instance));
    }
    return Optional.empty();
  }

  /** {@code dynamic/instance-identity/document}, as instances print it. */
  private static String identityDocument(Instance instance) {
    String[][] fields = {
      {"accountId", quoted(Account.ID)},
      {"architecture", quoted("x86_64")},
      {"availabilityZone", quoted(instance.availabilityZone())},
      {"billingProducts", "null"},
      {"devpayProductCodes", "null"},
      {"marketplaceProductCodes", "null"},
      {"imageId", quoted(instance.imageId())},
      {"instanceId", quoted(instance.id())},
      {"instanceType", quoted(instance.instanceType())},
      {"kernelId", "null"},
      {
        "pendingTime",
        quoted(instance.launchTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
      },
      {"privateIp", quoted(instance.privateIp().toString())},
      {"ramdiskId", "null"},
      {"region", quoted(instance.region())},
      {"version", quoted("2017-09-30")}
    };
    var out = new StringBuilder("{\n");
    for (int i = 0; i < fields.length; i++) {
      out.append("  \"").append(fields[i][0]).append("\" : ").append(fields[i][1]);
      out.append(i + 1 < fields.length ? ",\n" : "\n");
    }
    return out.append('}').toString();
  }

  private static String quoted(String value) {
    return "\"" + value + "\"";
  }
}
