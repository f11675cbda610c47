package dev.vpclab.iam.policy;

/**
 * The wildcards of the policy language: {@code *} matches any run of characters (also none, also
 * across {@code :} and {@code /}), {@code ?} exactly one. Nothing else is special. Matched without
 * regular expressions, so a policy's text can never become an expensive pattern.
 */
public final class Glob {
  private Glob() {}

  /** Whether {@code text} matches {@code pattern}, case-sensitively. */
  public static boolean matches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      // A star in the pattern is a wildcard even where the text has a star too.
      if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = t;
      } else if (p < pattern.length()
          && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
        p++;
        t++;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  /** Whether {@code text} matches {@code pattern} ignoring case, as actions are matched. */
  public static boolean matchesIgnoringCase(String pattern, String text) {
    return matches(
        pattern.toLowerCase(java.util.Locale.ROOT), text.toLowerCase(java.util.Locale.ROOT));
  }
}
