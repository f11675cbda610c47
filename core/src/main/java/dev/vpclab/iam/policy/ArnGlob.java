package dev.vpclab.iam.policy;

/**
 * ARN matching as the {@code Arn…} condition operators do it: each of the six colon-separated parts
 * is matched on its own, so a {@code *} never spans a colon of the first five (IAM user guide,
 * condition operators: "Each of the six colon-delimited components of the ARN is checked
 * separately"). The sixth part, the resource, keeps any colons it contains.
 */
public final class ArnGlob {
  private static final int PARTS = 6;

  private ArnGlob() {}

  public static boolean matches(String pattern, String arn) {
    String[] wanted = pattern.split(":", PARTS);
    String[] actual = arn.split(":", PARTS);
    if (wanted.length != PARTS || actual.length != PARTS) {
      return false;
    }
    for (int i = 0; i < PARTS; i++) {
      if (!Glob.matches(wanted[i], actual[i])) {
        return false;
      }
    }
    return true;
  }
}
