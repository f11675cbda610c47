package dev.vpclab.cli;

/**
 * What each service answers to access keys that are not the account's (e.g. after editing
 * ~/.aws/credentials by hand): the codes and messages real services return.
 */
final class InvalidKeys {
  private InvalidKeys() {}

  static String code(String endpointPrefix) {
    return switch (endpointPrefix) {
      case "ec2" -> "AuthFailure";
      case "s3" -> "InvalidAccessKeyId";
      case "dynamodb" -> "UnrecognizedClientException";
      default -> "InvalidClientTokenId";
    };
  }

  static String message(String endpointPrefix) {
    return switch (endpointPrefix) {
      case "ec2" -> "AWS was not able to validate the provided access credentials";
      case "s3" -> "The AWS Access Key Id you provided does not exist in our records.";
      case "dynamodb" -> "The security token included in the request is invalid.";
      default -> "The security token included in the request is invalid.";
    };
  }
}
