package dev.vpclab.hosts;

import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import java.util.Optional;

/**
 * An {@code -i} private key file as OpenSSH handles it: checked for existence while the command
 * line is read (ssh.c: "Warning: Identity file … not accessible"), and loaded only at
 * authentication, after the host key was accepted (sshconnect2.c load_identity_file, authfile.c
 * sshkey_perm_ok): a file of its user's that others may read is refused with the UNPROTECTED
 * PRIVATE KEY FILE block, an unreadable one with "Permission denied", one that holds no key with
 * "invalid format".
 *
 * @param content the key, when ssh could use it
 * @param problem why it could not, in the learner's words
 */
record KeyFile(String path, Optional<String> content, String problem) {

  /** ssh.c's check of {@code -i} when it reads its options; prints the warning when missing. */
  static boolean accessible(Invocation invocation, String path) {
    FsResult<Node> stat = invocation.files().stat(invocation.resolve(path), invocation.principal());
    if (!stat.isOk()) {
      invocation.err(
          "Warning: Identity file " + path + " not accessible: " + stat.error().message() + ".\n");
    }
    return stat.isOk();
  }

  /** Loads the key at authentication, printing what OpenSSH prints when it cannot. */
  static KeyFile load(Invocation invocation, String path) {
    String absolute = invocation.resolve(path);
    FsResult<String> read = invocation.files().read(absolute, invocation.principal());
    if (!read.isOk()) {
      invocation.err("Load key \"" + path + "\": " + read.error().message() + "\n");
      return refused(path, read.error().message().toLowerCase());
    }
    Node node = invocation.files().find(absolute).orElseThrow();
    int mode = node.meta().mode() & 0777;
    boolean own = node.meta().owner().equals(invocation.user().name());
    if (own && (mode & 077) != 0) {
      invocation.err(
          "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
              + "@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @\n"
              + "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
              + String.format("Permissions 0%03o for '%s' are too open.%n", mode, path)
                  .replace("\r", "")
              + "It is required that your private key files are NOT accessible by others.\n"
              + "This private key will be ignored.\n"
              + "Load key \""
              + path
              + "\": bad permissions\n");
      return refused(path, String.format("its mode 0%03o lets others read it; chmod 400 it", mode));
    }
    if (!read.get().strip().startsWith("-----BEGIN ")) {
      invocation.err("Load key \"" + path + "\": invalid format\n");
      return refused(path, "it holds no private key (save only the KeyMaterial, as text)");
    }
    return new KeyFile(path, Optional.of(read.get()), "");
  }

  private static KeyFile refused(String path, String problem) {
    return new KeyFile(path, Optional.empty(), problem);
  }

  /** Whether this is the private half of {@code material}. */
  boolean holds(String material) {
    return content.map(c -> c.strip().equals(material.strip())).orElse(false);
  }
}
