package dev.vpclab.iam.action;

import dev.vpclab.model.Account;
import dev.vpclab.model.View;

/**
 * DynamoDB's operations: {@code dynamodb:} and the operation's name, on the table's ARN. ListTables
 * takes no resource-level permission (Service Authorization Reference, DynamoDB), yet DynamoDB's
 * message names {@code arn:aws:dynamodb:REGION:ACCOUNT:table/*} (real AccessDenied output).
 */
final class DynamoDbActions implements ServiceActions {

  @Override
  public Target target(ApiCall call, View view) {
    String action = "dynamodb:" + call.operation();
    String tables = "arn:aws:dynamodb:" + call.region() + ":" + Account.ID + ":table/";
    return call.param("TableName")
        .map(name -> Target.on(action, TargetResource.of(tables + name)))
        .orElseGet(() -> Target.on(action, TargetResource.anyShownAs(tables + "*")));
  }
}
