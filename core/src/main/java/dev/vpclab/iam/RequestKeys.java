package dev.vpclab.iam;

import dev.vpclab.iam.action.ApiCall;
import dev.vpclab.iam.policy.ContextKeys;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The condition keys of one request (IAM user guide, "AWS global condition context keys"; S3's keys
 * from the Service Authorization Reference). A key the request does not carry is left out, as AWS
 * leaves it out: {@code aws:SourceVpce} and {@code aws:SourceVpc} exist only for requests through a
 * VPC endpoint, and such requests carry {@code aws:VpcSourceIp} in place of {@code aws:SourceIp}
 * ("The aws:SourceIp condition key is always included in the request, except for requests that use
 * an Amazon VPC endpoint", AWS knowledge center).
 */
final class RequestKeys {
  /** ListObjects(V2) parameters that S3 offers as condition keys. */
  private static final Map<String, String> S3_LIST_KEYS =
      Map.of("Prefix", "s3:prefix", "Delimiter", "s3:delimiter", "MaxKeys", "s3:max-keys");

  private RequestKeys() {}

  static ContextKeys of(CallerIdentity identity, ApiCall call, RequestContext where, Instant now) {
    var keys = new LinkedHashMap<String, List<String>>();
    keys.put("aws:PrincipalArn", List.of(identity.principalArn()));
    keys.put("aws:PrincipalAccount", List.of(identity.requester().accountId()));
    identity.userId().ifPresent(id -> keys.put("aws:userid", List.of(id)));
    if (identity.caller() instanceof Caller.User user) {
      keys.put("aws:PrincipalType", List.of("User"));
      keys.put("aws:username", List.of(user.name()));
    } else {
      keys.put("aws:PrincipalType", List.of("AssumedRole"));
      // Temporary credentials carry the time they were issued; an instance's are refreshed often.
      keys.put("aws:TokenIssueTime", List.of(now.toString()));
    }
    keys.put("aws:RequestedRegion", List.of(call.region()));
    keys.put("aws:SecureTransport", List.of(String.valueOf(where.secureTransport())));
    keys.put("aws:ViaAWSService", List.of("false"));
    keys.put("aws:CurrentTime", List.of(now.toString()));
    keys.put("aws:EpochTime", List.of(String.valueOf(now.getEpochSecond())));
    where.sourceVpce().ifPresent(id -> keys.put("aws:SourceVpce", List.of(id)));
    where.sourceVpc().ifPresent(id -> keys.put("aws:SourceVpc", List.of(id)));
    String ipKey = where.throughEndpoint() ? "aws:VpcSourceIp" : "aws:SourceIp";
    where.sourceIp().ifPresent(ip -> keys.put(ipKey, List.of(ip.toString())));
    if (call.actionPrefix().equals("s3") && call.operation().startsWith("ListObjects")) {
      S3_LIST_KEYS.forEach(
          (param, key) -> call.param(param).ifPresent(v -> keys.put(key, List.of(v))));
    }
    return new ContextKeys(keys);
  }
}
