package dev.vpclab.hosts;

import dev.vpclab.model.Ids;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.net.Ipv4;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import java.util.Base64;

/**
 * {@code ~/.ssh/known_hosts} of the machine ssh runs on: the first connection to a host asks to
 * trust its key (vpclab answers yes, as a learner would) and remembers it (aws-facts.md section 9).
 */
final class KnownHosts {
  private KnownHosts() {}

  static boolean isNew(FileSystem files, Invocation invocation, String host) {
    FsResult<String> known = files.read(path(invocation), invocation.principal());
    if (!known.isOk()) {
      return true;
    }
    return known.get().lines().noneMatch(l -> l.startsWith(host + " ") || l.startsWith(host + ","));
  }

  static void announce(
      StringBuilder err, SshArgs args, Origin origin, Ipv4 address, Instance target) {
    String host = args.host();
    String both = host.equals(address.toString()) ? host : host + " (" + address + ")";
    if (args.strictHostKeyChecking()) {
      err.append("The authenticity of host '")
          .append(host.equals(address.toString()) ? host + " (" + host + ")" : both)
          .append("' can't be established.\n")
          .append("ECDSA key fingerprint is SHA256:")
          .append(fingerprint(target))
          .append(".\n")
          .append(
              origin.asksForFingerprint()
                  ? "Are you sure you want to continue connecting (yes/no/[fingerprint])? yes\n"
                  : "Are you sure you want to continue connecting (yes/no)? yes\n");
    }
    String added = host.equals(address.toString()) ? host : host + "," + address;
    err.append("Warning: Permanently added '")
        .append(added)
        .append("' (ECDSA) to the list of known hosts.\n");
  }

  static FileSystem remember(Invocation invocation, String host, Ipv4 address) {
    String home = invocation.env().getOrDefault("HOME", invocation.user().home());
    FileSystem files = invocation.files();
    FsResult<FileSystem> withDir =
        files.find(home + "/.ssh").isPresent()
            ? FsResult.ok(files)
            : files
                .mkdir(home + "/.ssh", invocation.principal(), invocation.now())
                .flatMap(fs -> fs.chmod(home + "/.ssh", 0700, invocation.principal()));
    if (!withDir.isOk()) {
      return files;
    }
    String line = host + " ecdsa-sha2-nistp256 " + hostKey(host) + "\n";
    FsResult<FileSystem> written =
        withDir.get().write(path(invocation), line, true, invocation.principal(), invocation.now());
    return written.isOk() ? written.get() : files;
  }

  private static String path(Invocation invocation) {
    return invocation.env().getOrDefault("HOME", invocation.user().home()) + "/.ssh/known_hosts";
  }

  /** The host key's fingerprint as ssh shows it: SHA256, base64 without padding. */
  private static String fingerprint(Instance target) {
    return Base64.getEncoder()
        .withoutPadding()
        .encodeToString(Ids.digest("host-key/" + target.id()));
  }

  private static String hostKey(String host) {
    return Base64.getEncoder().encodeToString(Ids.digest("host-key-blob/" + host));
  }
}
