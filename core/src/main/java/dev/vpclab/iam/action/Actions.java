package dev.vpclab.iam.action;

import dev.vpclab.model.View;
import java.util.Map;

/**
 * The IAM action and resources of any simulated call. A service without its own table gets the
 * usual form, its prefix and the operation's name on {@code *}; STS's GetCallerIdentity needs no
 * permission ("No permissions are required to perform this operation", STS API reference).
 */
public final class Actions {
  private static final Map<String, ServiceActions> BY_PREFIX =
      Map.of(
          "s3", new S3Actions(),
          "iam", new IamActions(),
          "ec2", new Ec2Actions(),
          "ssm", new SsmActions(),
          "dynamodb", new DynamoDbActions());

  private Actions() {}

  public static Target of(ApiCall call, View view) {
    String prefix = call.actionPrefix();
    if (prefix.equals("sts") && call.operation().equals("GetCallerIdentity")) {
      return Target.free("sts:GetCallerIdentity");
    }
    ServiceActions service = BY_PREFIX.get(prefix);
    return service != null
        ? service.target(call, view)
        : Target.on(prefix + ":" + call.operation(), TargetResource.ANY);
  }
}
