package dev.vpclab.shell;

import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.Metadata;
import dev.vpclab.shell.fs.RegularFile;
import java.time.Instant;

/**
 * Where every session starts: the learner's laptop, outside AWS, with an administrator's (fake,
 * deterministic) access keys in {@code ~/.aws/credentials} and region us-east-2 in {@code
 * ~/.aws/config}, as in the lab.
 */
public final class Laptop {
  private Laptop() {}

  public static final String HOSTNAME = "laptop";

  /** The laptop's machine ID; instances are known by their instance ID. */
  public static final String ID = "laptop";

  public static final int PID = 2417;

  public static User user() {
    return new User("learner", 1000, "learner", 1000, "/home/learner");
  }

  /** The laptop's shell, as a new terminal window opens it. {@code now} is the simulated time. */
  public static ShellContext context(Instant now) {
    return LoginShell.start(machine(now), user(), "bash", PID, LoginShell.USER_PATH);
  }

  public static Machine machine(Instant now) {
    User user = user();
    Metadata root = new Metadata("root", "root", 0755, now);
    Metadata mine = new Metadata(user.name(), user.group(), 0755, now);
    FileSystem files =
        FileSystem.empty(now)
            .install("/dev", Directory.empty(root))
            .install("/dev/null", new RegularFile(root.withMode(0666), ""))
            .install("/etc", Directory.empty(root))
            .install("/etc/hostname", new RegularFile(root.withMode(0644), HOSTNAME + "\n"))
            .install("/etc/passwd", new RegularFile(root.withMode(0644), passwd(user)))
            .install(
                "/etc/resolv.conf",
                new RegularFile(root.withMode(0644), dev.vpclab.hosts.Hosts.STUB_RESOLV_CONF))
            .install("/home", Directory.empty(root))
            .install(user.home(), Directory.empty(mine))
            .install(user.home() + "/.aws", Directory.empty(mine))
            .install(
                user.home() + "/.aws/config",
                new RegularFile(
                    mine.withMode(0600), "[default]\nregion = us-east-2\noutput = json\n"))
            .install(
                user.home() + "/.aws/credentials",
                new RegularFile(mine.withMode(0600), credentials()))
            .install("/root", Directory.empty(root.withMode(0700)))
            .install("/tmp", Directory.empty(root.withMode(01777)))
            .install("/usr", Directory.empty(root))
            .install("/usr/bin", Directory.empty(root));
    return new Machine(ID, HOSTNAME, files);
  }

  private static String passwd(User user) {
    return "root:x:0:0:root:/root:/bin/bash\n"
        + user.name()
        + ":x:"
        + user.uid()
        + ":"
        + user.gid()
        + ":"
        + user.name()
        + ":"
        + user.home()
        + ":/bin/bash\n";
  }

  /** The administrator's access key id: {@code AKIA} and 16 characters, the same every session. */
  public static String accessKeyId() {
    return dev.vpclab.model.Account.ADMIN_ACCESS_KEY_ID;
  }

  public static String secretAccessKey() {
    return dev.vpclab.model.Account.ADMIN_SECRET_ACCESS_KEY;
  }

  private static String credentials() {
    return "[default]\naws_access_key_id = "
        + accessKeyId()
        + "\naws_secret_access_key = "
        + secretAccessKey()
        + "\n";
  }
}
