package dev.vpclab.cli.args;

/** Carries a {@link UsageError} out of deep parsing code; never escapes the package. */
final class Refusal extends Exception {
  final UsageError error;

  Refusal(UsageError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  static Refusal param(String cliName, String message) {
    return new Refusal(UsageError.paramError(cliName, message));
  }

  /** A Python exception the CLI has no handler for; printed as {@code str(e)}. */
  static Refusal general(String message) {
    return new Refusal(UsageError.general(message));
  }

  /** A ValueError a customization raises: v1 prints it as a general error, v2 as validation. */
  static Refusal customization(String message) {
    return new Refusal(UsageError.parameter(message));
  }
}
