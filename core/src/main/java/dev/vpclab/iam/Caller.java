package dev.vpclab.iam;

import dev.vpclab.model.Account;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who signed a request, as authorization needs to know it: the laptop's IAM user, or a session of a
 * role (an instance's profile role, the session named after the instance ID).
 */
public sealed interface Caller {
  /** The principal's ARN, as AccessDenied messages and {@code sts get-caller-identity} show it. */
  String arn();

  /** An IAM user of the account. */
  record User(String name) implements Caller {
    @Override
    public String arn() {
      return "arn:aws:iam::" + Account.ID + ":user/" + name;
    }
  }

  /** A session of a role: {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}. */
  record RoleSession(String roleName, String sessionName) implements Caller {
    @Override
    public String arn() {
      return "arn:aws:sts::" + Account.ID + ":assumed-role/" + roleName + "/" + sessionName;
    }
  }

  /** The administrator whose keys the laptop has. */
  static Caller admin() {
    return new User(Account.ADMIN_USER);
  }

  /** An instance's credentials from its profile: the session is named after the instance. */
  static Caller instanceRole(String roleName, String instanceId) {
    return new RoleSession(roleName, instanceId);
  }

  /** The caller a principal ARN names, if it is a user or a role session of this account. */
  static Optional<Caller> fromArn(String arn) {
    var user = Pattern.compile("arn:aws:iam::(\\d{12}):user/(?:.*/)?([^/]+)").matcher(arn);
    if (user.matches() && user.group(1).equals(Account.ID)) {
      return Optional.of(new User(user.group(2)));
    }
    var session = Pattern.compile("arn:aws:sts::(\\d{12}):assumed-role/([^/]+)/(.+)").matcher(arn);
    if (session.matches() && session.group(1).equals(Account.ID)) {
      return Optional.of(new RoleSession(session.group(2), session.group(3)));
    }
    return Optional.empty();
  }
}
