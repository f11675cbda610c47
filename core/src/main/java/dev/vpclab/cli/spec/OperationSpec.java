package dev.vpclab.cli.spec;

import java.util.Optional;

/**
 * One API operation as the real CLI exposes it: {@code CreateVpc} reached as {@code aws ec2
 * create-vpc}, with its input and output shapes and the paginator the CLI would drive.
 */
public record OperationSpec(
    ServiceSpec service,
    String name,
    Optional<Shape> input,
    Optional<Shape> output,
    String documentation,
    Optional<Paginator> paginator) {

  /** The operation's name on the command line, e.g. {@code describe-vpcs}. */
  public String cliName() {
    return CliNames.of(name);
  }

  /** What botocore's paginators-1.json says about an operation the CLI pages through. */
  public record Paginator(
      java.util.List<String> inputTokens,
      java.util.List<String> outputTokens,
      Optional<String> limitKey,
      java.util.List<String> resultKeys) {}

  @Override
  public String toString() {
    return service.cliName() + " " + cliName();
  }
}
