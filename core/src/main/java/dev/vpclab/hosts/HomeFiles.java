package dev.vpclab.hosts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dot files a new home gets from /etc/skel: the bash package's, dated when that package was
 * built. Amazon Linux 2 has RHEL 7's (18, 193 and 231 bytes, "Jul 15 2020" in public {@code ls -la}
 * transcripts of ec2-user's home); Amazon Linux 2023 has Fedora's (18, 141 and 492 bytes, with
 * ~/.bashrc.d).
 */
enum HomeFiles {
  AMAZON_LINUX_2(
      Instant.parse("2020-07-15T08:00:00Z"),
      "# .bash_profile\n\n# Get the aliases and functions\nif [ -f ~/.bashrc ]; then\n"
          + "\t. ~/.bashrc\nfi\n\n# User specific environment and startup programs\n\n"
          + "PATH=$PATH:$HOME/.local/bin:$HOME/bin\n\nexport PATH\n",
      "# .bashrc\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\n"
          + "fi\n\n# Uncomment the following line if you don't want systemctl's auto-paging"
          + " feature:\n# export SYSTEMD_PAGER=\n\n# User specific aliases and functions\n"),
  AMAZON_LINUX_2023(
      Instant.parse("2023-01-28T08:00:00Z"),
      "# .bash_profile\n\n# Get the aliases and functions\nif [ -f ~/.bashrc ]; then\n"
          + "\t. ~/.bashrc\nfi\n\n# User specific environment and startup programs\n",
      "# .bashrc\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\n"
          + "fi\n\n# User specific environment\n"
          + "if ! [[ \"$PATH\" =~ \"$HOME/.local/bin:$HOME/bin:\" ]]\nthen\n"
          + "    PATH=\"$HOME/.local/bin:$HOME/bin:$PATH\"\nfi\nexport PATH\n\n"
          + "# Uncomment the following line if you don't want systemctl's auto-paging"
          + " feature:\n# export SYSTEMD_PAGER=\n\n# User specific aliases and functions\n"
          + "if [ -d ~/.bashrc.d ]; then\n\tfor rc in ~/.bashrc.d/*; do\n"
          + "\t\tif [ -f \"$rc\" ]; then\n\t\t\t. \"$rc\"\n\t\tfi\n\tdone\nfi\n\nunset rc\n");

  private final Instant built;
  private final String bashProfile;
  private final String bashrc;

  HomeFiles(Instant built, String bashProfile, String bashrc) {
    this.built = built;
    this.bashProfile = bashProfile;
    this.bashrc = bashrc;
  }

  /** When the bash package that ships them was built: their modification time. */
  Instant built() {
    return built;
  }

  /** The files by name, in the order /etc/skel lists them. */
  Map<String, String> files() {
    var files = new LinkedHashMap<String, String>();
    files.put(".bash_logout", "# ~/.bash_logout\n\n");
    files.put(".bash_profile", bashProfile);
    files.put(".bashrc", bashrc);
    return files;
  }
}
