package dev.vpclab.hosts;

import dev.vpclab.model.Ids;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.net.Ipv4;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import java.util.Base64;

/**
 * {@code ~/.ssh/known_hosts} of the machine ssh runs on. The first connection to a host asks to
 * trust its key (vpclab answers yes, as a learner would) and remembers it, in the words of the
 * client's OpenSSH version (sshconnect.c check_host_key; aws-facts.md section 9).
 */
final class KnownHosts {
  private KnownHosts() {}

  /** Whether ssh has no key for this host yet: always, with UserKnownHostsFile=/dev/null. */
  static boolean isNew(Invocation invocation, Destination destination) {
    if (!destination.remembersHosts()) {
      return true;
    }
    FsResult<String> known = invocation.files().read(path(invocation), invocation.principal());
    String host = destination.host().toLowerCase();
    return !known.isOk()
        || known.get().lines().noneMatch(l -> l.startsWith(host + " ") || l.startsWith(host + ","));
  }

  /**
   * Meets a new host: asks (and answers yes) or not, per StrictHostKeyChecking, and remembers it.
   * False when StrictHostKeyChecking=yes refuses a host it does not know.
   */
  static boolean meet(
      Invocation invocation,
      Destination destination,
      SshClient client,
      Ipv4 address,
      Instance target) {
    String host = destination.host().toLowerCase();
    String type = client.hostKeyType();
    if (destination.newHost() == Destination.NewHost.REFUSE) {
      invocation.err(
          "No "
              + type
              + " host key is known for "
              + host
              + " and you have requested strict checking.\nHost key verification failed.\n");
      return false;
    }
    if (destination.newHost() == Destination.NewHost.ASK) {
      invocation.err(
          "The authenticity of host '"
              + host
              + " ("
              + address
              + ")' can't be established.\n"
              + type
              + " key fingerprint is SHA256:"
              + fingerprint(target, type)
              + ".\n"
              + client.otherNamesLine()
              + client.question());
    }
    String remembered =
        client.checksHostIp() && !host.equals(address.toString()) ? host + "," + address : host;
    if (destination.logsInfo()) {
      invocation.err(
          "Warning: Permanently added '"
              + remembered
              + "' ("
              + type
              + ") to the list of known hosts.\n");
    }
    if (destination.remembersHosts()) {
      invocation.setFiles(remember(invocation, remembered, client, target));
    }
    return true;
  }

  private static FileSystem remember(
      Invocation invocation, String remembered, SshClient client, Instance target) {
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
    String line =
        remembered
            + " "
            + client.keyAlgorithm()
            + " "
            + hostKey(target, client.hostKeyType())
            + "\n";
    FsResult<FileSystem> written =
        withDir.get().write(path(invocation), line, true, invocation.principal(), invocation.now());
    return written.isOk() ? written.get() : files;
  }

  private static String path(Invocation invocation) {
    return invocation.env().getOrDefault("HOME", invocation.user().home()) + "/.ssh/known_hosts";
  }

  /** The host key's fingerprint as ssh shows it: SHA256, base64 without padding. */
  private static String fingerprint(Instance target, String type) {
    return Base64.getEncoder()
        .withoutPadding()
        .encodeToString(Ids.digest("host-key/" + type + "/" + target.id()));
  }

  private static String hostKey(Instance target, String type) {
    return Base64.getEncoder()
        .encodeToString(Ids.digest("host-key-blob/" + type + "/" + target.id()));
  }
}
