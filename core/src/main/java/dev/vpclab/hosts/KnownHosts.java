package dev.vpclab.hosts;

import dev.vpclab.model.Ids;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.net.Ipv4;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;

/**
 * {@code ~/.ssh/known_hosts} of the machine ssh runs on. The first connection to a host asks to
 * trust its key (vpclab answers yes, as a learner would) and remembers it, in the words of the
 * client's OpenSSH version (sshconnect.c check_host_key; aws-facts.md section 9).
 */
final class KnownHosts {
  private KnownHosts() {}

  /** Whether ssh has no key for this host yet: always, with UserKnownHostsFile=/dev/null. */
  static boolean isNew(Invocation invocation, Destination destination) {
    return !destination.remembersHosts() || !knows(invocation, destination.host().toLowerCase());
  }

  /** Whether a line of known_hosts names {@code name}. */
  private static boolean knows(Invocation invocation, String name) {
    FsResult<String> known = invocation.files().read(path(invocation), invocation.principal());
    return known.isOk()
        && known.get().lines().anyMatch(l -> HostKey.names(l.split(" ", 2)[0], name));
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
    HostKey key = HostKey.of(target, type);
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
              + key.fingerprint()
              + ".\n"
              + client.otherNamesLine()
              + client.question());
    }
    // CheckHostIP adds the address beside the name, unless the address is known already
    boolean withAddress =
        client.checksHostIp()
            && !host.equals(address.toString())
            && !(destination.remembersHosts() && knows(invocation, address.toString()));
    String remembered = withAddress ? host + "," + address : host;
    if (destination.logsInfo()) {
      invocation.err(
          "Warning: Permanently added '"
              + remembered
              + "' ("
              + type
              + ") to the list of known hosts.\n");
    }
    if (destination.remembersHosts()) {
      invocation.setFiles(remember(invocation, remembered, client, key));
    }
    return true;
  }

  /** Appends the host's line; Ubuntu's ssh_config hashes the names (HashKnownHosts yes). */
  private static FileSystem remember(
      Invocation invocation, String remembered, SshClient client, HostKey key) {
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
    String names = remembered;
    if (client.hashesKnownHosts()) {
      names =
          String.join(
              ",",
              java.util.Arrays.stream(remembered.split(","))
                  .map(n -> HostKey.hashed(n, salt(n, key)))
                  .toList());
    }
    String line = names + " " + key.line() + "\n";
    FsResult<FileSystem> written =
        withDir.get().write(path(invocation), line, true, invocation.principal(), invocation.now());
    return written.isOk() ? written.get() : files;
  }

  private static String path(Invocation invocation) {
    return invocation.env().getOrDefault("HOME", invocation.user().home()) + "/.ssh/known_hosts";
  }

  /** A salt for hashing a name, the same for the same host every session. */
  private static byte[] salt(String name, HostKey key) {
    return java.util.Arrays.copyOf(
        Ids.digest("known-hosts-salt/" + name + "/" + key.fingerprint()), 20);
  }
}
