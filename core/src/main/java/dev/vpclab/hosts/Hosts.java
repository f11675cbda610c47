package dev.vpclab.hosts;

import dev.vpclab.model.View;
import dev.vpclab.model.catalog.Images;
import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.KeyPair;
import dev.vpclab.shell.Laptop;
import dev.vpclab.shell.LoginShell;
import dev.vpclab.shell.Machine;
import dev.vpclab.shell.Prompt;
import dev.vpclab.shell.ShellContext;
import dev.vpclab.shell.User;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.Metadata;
import dev.vpclab.shell.fs.RegularFile;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The machines of one session and their disks: the laptop, and every instance the learner has
 * logged into (its disk is made from its AMI at the first login and kept, so a key copied to the
 * bastion with scp is still there next time). Shells on one machine share its disk.
 */
public final class Hosts {
  /** The user Amazon Linux lets in over ssh. */
  public static final User EC2_USER =
      new User("ec2-user", 1000, "ec2-user", 1000, "/home/ec2-user");

  private static final String AMAZON_LINUX_PATH =
      "/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin:/home/ec2-user/.local/bin:/home/ec2-user/bin";

  private final Map<String, Machine> machines = new HashMap<>();

  /** The last interactive login of each instance, as sshd's lastlog keeps it. */
  private final Map<String, LastLogin> lastLogins = new HashMap<>();

  /** When someone last logged in, and from where sshd said they came. */
  public record LastLogin(Instant at, String from) {}

  /** The machine's disk as it is now; an instance's is made at first use. */
  public Machine machine(String id, View view, Instant now) {
    return machines.computeIfAbsent(id, key -> create(key, view, now));
  }

  /** Keeps what a shell on a machine changed on its disk. */
  public void store(Machine machine) {
    machines.put(machine.id(), machine);
  }

  public void clear() {
    machines.clear();
    lastLogins.clear();
  }

  /**
   * Records an interactive login (one with a terminal, as sshd's lastlog does) and returns the one
   * before it, which sshd prints as "Last login: … from …".
   */
  public Optional<LastLogin> recordLogin(String instanceId, LastLogin login) {
    return Optional.ofNullable(lastLogins.put(instanceId, login));
  }

  /** The instance a machine is, if it is one. */
  public static Optional<Instance> instanceOf(View view, Machine machine) {
    return view.find(Instance.class, machine.id());
  }

  /** What the instance runs, from its AMI (Amazon Linux 2 when the AMI is not in the catalogue). */
  public static InstanceOs os(Instance instance) {
    return Images.catalog()
        .get(instance.region(), instance.imageId())
        .map(i -> InstanceOs.of(i.os()))
        .orElse(InstanceOs.AMAZON_LINUX_2);
  }

  /** A login shell for ec2-user on an instance, as ssh leaves one. */
  public ShellContext login(Instance instance, View view, Instant now) {
    Machine machine = machine(instance.id(), view, now);
    return LoginShell.start(
        machine, EC2_USER, "-bash", pid(instance), AMAZON_LINUX_PATH, Prompt.AMAZON_LINUX_PS1);
  }

  /**
   * The shell sshd starts for {@code ssh host command}: bash -c, not a login shell, as the same
   * user in the same home.
   */
  public static ShellContext commandShell(ShellContext login) {
    return LoginShell.start(
        login.machine(),
        login.user(),
        "bash",
        login.pid(),
        AMAZON_LINUX_PATH,
        Prompt.AMAZON_LINUX_PS1);
  }

  private Machine create(String id, View view, Instant now) {
    if (id.equals(Laptop.ID)) {
      return Laptop.machine(now);
    }
    Instance instance = view.find(Instance.class, id).orElseThrow();
    InstanceOs os = os(instance);
    String hostname = Addressing.privateDnsName(instance.privateIp(), instance.region());
    // cloud-init made the home and its authorized_keys when the instance first booted
    Instant booted = instance.launchTime();
    Metadata root = new Metadata("root", "root", 0755, booted);
    Metadata user = new Metadata(EC2_USER.name(), EC2_USER.group(), 0700, booted);
    FileSystem files =
        withHomeFiles(base(view, instance, os, hostname, root, user), os, user)
            .withFormat(os.diskFormat());
    return new Machine(id, hostname, files);
  }

  private static FileSystem withHomeFiles(FileSystem files, InstanceOs os, Metadata user) {
    Metadata skel = user.withMode(0644).withModified(os.homeFiles().built());
    for (var file : os.homeFiles().files().entrySet()) {
      files =
          files.install(
              EC2_USER.home() + "/" + file.getKey(), new RegularFile(skel, file.getValue()));
    }
    return files;
  }

  /** The files an instance has from its AMI and first boot, before the dot files of its home. */
  private static FileSystem base(
      View view, Instance instance, InstanceOs os, String hostname, Metadata root, Metadata user) {
    return FileSystem.empty(root.modified())
        .install("/dev", Directory.empty(root))
        .install("/dev/null", new RegularFile(root.withMode(0666), ""))
        .install("/etc", Directory.empty(root))
        .install("/etc/hostname", new RegularFile(root.withMode(0644), hostname + "\n"))
        .install("/etc/os-release", new RegularFile(root.withMode(0644), os.osRelease()))
        .install("/etc/passwd", new RegularFile(root.withMode(0644), passwd()))
        .install(
            "/etc/resolv.conf",
            new RegularFile(root.withMode(0644), resolvConf(view, instance, os)))
        .install("/home", Directory.empty(root))
        .install(EC2_USER.home(), Directory.empty(user))
        .install(EC2_USER.home() + "/.ssh", Directory.empty(user))
        .install(
            EC2_USER.home() + "/.ssh/authorized_keys",
            new RegularFile(user.withMode(0600), authorizedKeys(view, instance)))
        .install("/root", Directory.empty(root.withMode(0550)))
        .install("/tmp", Directory.empty(root.withMode(01777)))
        .install("/usr", Directory.empty(root))
        .install("/usr/bin", Directory.empty(root));
  }

  private static String authorizedKeys(View view, Instance instance) {
    return keyPair(view, instance).map(k -> k.publicKey() + " " + k.name() + "\n").orElse("");
  }

  /** The key pair the instance was launched with, if it had one and it still exists. */
  public static Optional<KeyPair> keyPair(View view, Instance instance) {
    if (instance.keyName() == null) {
      return Optional.empty();
    }
    return view.all(KeyPair.class, instance.region())
        .filter(k -> k.name().equals(instance.keyName()))
        .findFirst();
  }

  /**
   * Amazon Linux 2's dhclient writes the VPC's resolver (base + 2) and the region's search domain
   * (many transcripts); Amazon Linux 2023 points at systemd-resolved's stub, as Ubuntu does.
   */
  private static String resolvConf(View view, Instance instance, InstanceOs os) {
    String search = searchDomain(instance);
    if (os == InstanceOs.AMAZON_LINUX_2023) {
      return STUB_RESOLV_CONF + "search " + search + "\n";
    }
    var vpc = view.find(dev.vpclab.model.ec2.Vpc.class, instance.vpcId()).orElseThrow();
    return "; generated by /usr/sbin/dhclient-script\nsearch "
        + search
        + "\noptions timeout:2 attempts:5\nnameserver "
        + vpc.cidr().address(2)
        + "\n";
  }

  /**
   * The search domain in an instance's resolv.conf: its private DNS name without the host, {@code
   * us-east-2.compute.internal} ({@code ec2.internal} in us-east-1).
   */
  public static String searchDomain(Instance instance) {
    String name = Addressing.privateDnsName(instance.privateIp(), instance.region());
    return name.substring(name.indexOf('.') + 1);
  }

  /** systemd-resolved's stub-resolv.conf (systemd 252), without its search line. */
  public static final String STUB_RESOLV_CONF =
      "# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).\n"
          + "# Do not edit.\n"
          + "#\n"
          + "# This file might be symlinked as /etc/resolv.conf. If you're looking at\n"
          + "# /etc/resolv.conf and seeing this text, you have followed the symlink.\n"
          + "#\n"
          + "# This is a dynamic resolv.conf file for connecting local clients to the\n"
          + "# internal DNS stub resolver of systemd-resolved. This file lists all\n"
          + "# configured search domains.\n"
          + "#\n"
          + "# Run \"resolvectl status\" to see details about the uplink DNS servers\n"
          + "# currently in use.\n"
          + "#\n"
          + "# Third party programs should typically not access this file directly, but only\n"
          + "# through the symlink at /etc/resolv.conf. To manage man:resolv.conf(5) in a\n"
          + "# different way, replace this symlink by a static file or a different symlink.\n"
          + "#\n"
          + "# See man:systemd-resolved.service(8) for details about the supported modes of\n"
          + "# operation for /etc/resolv.conf.\n"
          + "\n"
          + "nameserver 127.0.0.53\n"
          + "options edns0 trust-ad\n";

  private static String passwd() {
    return "root:x:0:0:root:/root:/bin/bash\n"
        + "ec2-user:x:1000:1000:EC2 Default User:/home/ec2-user:/bin/bash\n";
  }

  /** A stable process id for the instance's login shell, as the prompt and {@code $$} show. */
  private static int pid(Instance instance) {
    return 3000 + Math.floorMod(instance.id().hashCode(), 5000);
  }
}
