package dev.vpclab.iam.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who sent a request, as a policy's Principal element sees it: the principal's own ARN (an IAM
 * user, or a role session {@code arn:aws:sts::…:assumed-role/ROLE/SESSION}), the role a session
 * belongs to, and the account.
 */
public record Requester(String arn, Optional<String> roleArn, String accountId) {

  /** The names that identify the requester itself: its ARN and, for a session, its role's. */
  public List<String> ownNames() {
    var names = new ArrayList<String>();
    names.add(arn);
    roleArn.ifPresent(names::add);
    return names;
  }

  /** The two ways a policy names the requester's account. */
  public List<String> accountNames() {
    return List.of(accountId, "arn:aws:iam::" + accountId + ":root");
  }
}
