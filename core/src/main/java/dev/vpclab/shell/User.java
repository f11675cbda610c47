package dev.vpclab.shell;

import dev.vpclab.shell.fs.Principal;

/** A login on a machine: name, ids, primary group and home directory. */
public record User(String name, int uid, String group, int gid, String home) {

  public static User root() {
    return new User("root", 0, "root", 0, "/root");
  }

  public boolean isRoot() {
    return uid == 0;
  }

  /** The user as the file system checks permissions for it. */
  public Principal principal() {
    return new Principal(name, group);
  }
}
