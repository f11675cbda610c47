package dev.vpclab.cli.waiters;

/**
 * The HTTP status a simulated service error stands for, which {@code status} acceptors match
 * (HeadBucket's and HeadObject's bare {@code 404}, S3's {@code NoSuch...} codes, access denied).
 */
final class HttpStatus {
  private HttpStatus() {}

  static int of(String errorCode) {
    if (errorCode.matches("\\d{3}")) {
      return Integer.parseInt(errorCode);
    }
    if (errorCode.startsWith("NoSuch") || errorCode.equals("NotFound")) {
      return 404;
    }
    if (errorCode.equals("AccessDenied") || errorCode.equals("Forbidden")) {
      return 403;
    }
    if (errorCode.equals("BucketAlreadyOwnedByYou") || errorCode.equals("BucketNotEmpty")) {
      return 409;
    }
    return 400;
  }
}
