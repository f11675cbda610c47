package dev.vpclab.cli.api;

import dev.vpclab.model.Account;

/**
 * Who signs a request: the laptop's IAM user, or an instance's role session. What sts
 * get-caller-identity returns and what IAM policies are evaluated for.
 */
public record Principal(String arn, String userId) {

  /** The administrator whose keys the laptop has. */
  public static Principal admin() {
    return new Principal(Account.adminArn(), Account.ADMIN_USER_ID);
  }

  /** An instance's session of its role: {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/i-…}. */
  public static Principal instanceRole(String roleName, String roleId, String instanceId) {
    return new Principal(
        "arn:aws:sts::" + Account.ID + ":assumed-role/" + roleName + "/" + instanceId,
        roleId + ":" + instanceId);
  }
}
