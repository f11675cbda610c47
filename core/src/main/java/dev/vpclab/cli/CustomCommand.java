package dev.vpclab.cli;

import dev.vpclab.shell.CommandResult;
import java.util.List;

/** One of the CLI's own commands ({@code aws s3}, {@code aws configure}): not one API operation. */
public interface CustomCommand {
  /** Runs it with the words after its name, the global options and the machine. */
  CommandResult run(List<String> args, GlobalOptions options, AwsHost host);
}
