package dev.vpclab.cli.api;

/**
 * A service's refusal of a request: the error code and message AWS would return. Handlers throw it
 * from deep inside validation; {@link Gateway} is the one place that catches it and turns it into
 * an {@link ApiResult.Failure} value, dropping the transaction so the model stays unchanged.
 */
public final class ServiceFault extends RuntimeException {
  private final String code;

  public ServiceFault(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
