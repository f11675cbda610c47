package dev.vpclab.iam.action;

import dev.vpclab.model.Account;
import dev.vpclab.model.View;
import java.util.ArrayList;

/**
 * Systems Manager's parameter operations: {@code ssm:} and the operation's name, on each named
 * parameter's ARN, {@code arn:aws:ssm:REGION:ACCOUNT:parameter/NAME} (Service Authorization
 * Reference, Systems Manager). AWS's public parameters ({@code /aws/service/…}) have no account in
 * their ARN, as real AccessDenied output shows ({@code arn:aws:ssm:us-east-2::parameter/aws/…}).
 */
final class SsmActions implements ServiceActions {

  @Override
  public Target target(ApiCall call, View view) {
    String action = "ssm:" + call.operation();
    var names = new ArrayList<String>();
    names.addAll(call.params("Name"));
    names.addAll(call.params("Names"));
    names.addAll(call.params("Path"));
    if (names.isEmpty()) {
      return Target.on(action, TargetResource.ANY);
    }
    var resources = new ArrayList<TargetResource>();
    names.forEach(name -> resources.add(TargetResource.of(arn(call.region(), name))));
    return Target.on(action, resources);
  }

  private static String arn(String region, String name) {
    if (name.startsWith("arn:")) {
      return name;
    }
    String account = name.startsWith("/aws/") ? "" : Account.ID;
    String path = name.startsWith("/") ? name : "/" + name;
    return "arn:aws:ssm:" + region + ":" + account + ":parameter" + path;
  }
}
