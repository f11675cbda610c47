package dev.vpclab.model;

/** Who the simulated account is: one per session, as in the lab. */
public final class Account {
  public static final String ID = "123456789012";

  /** The IAM user whose administrator credentials the laptop has. */
  public static final String ADMIN_USER = "admin";

  public static final String ADMIN_USER_ID = "AIDAQ3EGVS4Z7LUNTJ5XM";

  private Account() {}

  public static String adminArn() {
    return "arn:aws:iam::" + ID + ":user/" + ADMIN_USER;
  }
}
