package dev.vpclab.model;

/** Who the simulated account is: one per session, as in the lab. */
public final class Account {
  public static final String ID = "123456789012";

  /** The IAM user whose administrator credentials the laptop has. */
  public static final String ADMIN_USER = "admin";

  public static final String ADMIN_USER_ID = "AIDAQ3EGVS4Z7LUNTJ5XM";

  /** The administrator's access key, as the laptop's ~/.aws/credentials holds it. */
  public static final String ADMIN_ACCESS_KEY_ID = "AKIAQ3EGVS4ZHN7XK2PW";

  public static final String ADMIN_SECRET_ACCESS_KEY = "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";

  private Account() {}

  public static String adminArn() {
    return "arn:aws:iam::" + ID + ":user/" + ADMIN_USER;
  }
}
