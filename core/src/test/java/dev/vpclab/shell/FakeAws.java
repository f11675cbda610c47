package dev.vpclab.shell;

import dev.vpclab.outcome.Note;
import java.util.List;

/**
 * A stand-in for vpclab's {@code aws}, registered the way the real one will be: enough to show that
 * arguments arrive unquoted, that output can be captured and redirected, and that notes travel
 * beside the output.
 */
final class FakeAws implements Command {
  static final String VPC_ID = "vpc-0a1b2c3d4e5f67890";
  static final String KEY =
      "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAtest\n-----END RSA PRIVATE KEY-----";

  @Override
  public CommandResult run(Invocation invocation) {
    List<String> args = invocation.args();
    String command = args.size() >= 2 ? args.get(0) + " " + args.get(1) : String.join(" ", args);
    boolean text = args.contains("text");
    switch (command) {
      case "ec2 create-vpc":
        return CommandResult.ok(
                text
                    ? VPC_ID + "\n"
                    : "{\n    \"Vpc\": {\n        \"VpcId\": \"" + VPC_ID + "\"\n    }\n}\n")
            .withNote(Note.changed("created " + VPC_ID));
      case "ec2 create-key-pair":
        return CommandResult.ok(KEY + "\n")
            .withNote(Note.changed("created key pair " + args.get(args.indexOf("--key-name") + 1)));
      case "ec2 create-tags":
        return CommandResult.ok("")
            .withNote(Note.changed("tagged " + String.join(" | ", args.subList(2, args.size()))));
      case "configure get":
        String region = invocation.env().get("AWS_DEFAULT_REGION");
        if (region == null) {
          String config =
              invocation
                  .files()
                  .read(invocation.env().get("HOME") + "/.aws/config", invocation.principal())
                  .value();
          region = config == null ? "" : config.replaceAll("(?s).*region = (\\S+).*", "$1");
        }
        return CommandResult.ok(region + "\n");
      default:
        return CommandResult.error("aws: error: argument operation: Invalid choice\n", 252);
    }
  }
}
