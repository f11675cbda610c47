package dev.vpclab.cli.iam;

import dev.vpclab.cli.api.ApiTester;

/** Documents and calls the IAM tests share. */
final class IamFixtures {
  /** The EC2 trust policy of the EC2 user guide (aws-facts.md section 8). */
  static final String EC2_TRUST =
      "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Principal\":"
          + " {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]}";

  static final String S3_READ =
      "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
          + " [\"s3:Get*\", \"s3:List*\"], \"Resource\": \"*\"}]}";

  private IamFixtures() {}

  /** A JSON string literal of a document, for request parameters. */
  static String quoted(String document) {
    return "\"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static void createRole(ApiTester api, String name) {
    api.ok(
        "iam",
        "CreateRole",
        "{\"RoleName\": \""
            + name
            + "\", \"AssumeRolePolicyDocument\": "
            + quoted(EC2_TRUST)
            + "}");
  }
}
