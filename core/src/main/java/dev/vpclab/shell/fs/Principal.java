package dev.vpclab.shell.fs;

/**
 * Who asks for a file operation: a user name and the user's group. {@code root} may do anything.
 */
public record Principal(String user, String group) {
  public static final Principal ROOT = new Principal("root", "root");

  public boolean isRoot() {
    return user.equals("root");
  }

  /** Whether this principal may read (4), write (2) or search/execute (1) a node. */
  public boolean may(Node node, int want) {
    Metadata meta = node.meta();
    if (isRoot()) {
      return want != 1 || node instanceof Directory || (meta.mode() & 0111) != 0;
    }
    int bits;
    if (user.equals(meta.owner())) {
      bits = meta.mode() >> 6;
    } else if (group.equals(meta.group())) {
      bits = meta.mode() >> 3;
    } else {
      bits = meta.mode();
    }
    return (bits & want) == want;
  }

  /** Whether this principal owns the node (or is root), as chmod requires. */
  public boolean owns(Node node) {
    return isRoot() || user.equals(node.meta().owner());
  }
}
