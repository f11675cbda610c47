package dev.vpclab.kernel.jupyter;

import java.util.List;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;

/**
 * What kernel_info_reply says about vpclab: its language is a shell session with the AWS CLI, so
 * notebooks highlight cells as shell and save them as {@code .vpc} scripts the REPL runs.
 */
record KernelInfo(
    String implementation, String version, LanguageInfo language, List<HelpLink> helpLinks) {
  static final String BANNER =
      "vpclab: an offline AWS VPC simulator. You are on your laptop, with an administrator's\n"
          + "credentials and region us-east-2. Cells run AWS CLI and shell commands, one per line;\n"
          + "/help for help. Restart the kernel for a fresh account.";

  static KernelInfo of(String version) {
    return new KernelInfo(
        "vpclab",
        version,
        new LanguageInfo.Builder("vpclab")
            .version(version)
            .mimetype("text/x-sh")
            .fileExtension(".vpc")
            .pygments("bash")
            .codemirror("shell")
            .build(),
        List.of(
            new HelpLink(
                "AWS CLI Command Reference",
                "https://awscli.amazonaws.com/v2/documentation/api/latest/index.html"),
            new HelpLink(
                "Amazon VPC User Guide", "https://docs.aws.amazon.com/vpc/latest/userguide/")));
  }
}
