package dev.vpclab.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.iam.PolicyJson;
import java.util.List;

/**
 * An {@code Action}/{@code NotAction} or {@code Resource}/{@code NotResource} element: its patterns
 * and whether it is the negated form. The negated form matches what none of its patterns match. A
 * statement with neither form matches nothing (IAM refuses to store such a statement).
 */
public record NameList(List<String> patterns, boolean negated) {
  public static final NameList NOTHING = new NameList(List.of(), false);

  public NameList {
    patterns = List.copyOf(patterns);
  }

  static NameList read(JsonNode statement, String name, String negatedName) {
    if (!statement.has(name) && !statement.has(negatedName)) {
      return NOTHING;
    }
    return new NameList(PolicyJson.strings(statement, name, negatedName), !statement.has(name));
  }

  /** Actions match ignoring case: {@code s3:list*} covers {@code s3:ListBucket}. */
  public boolean coversAction(String action) {
    return negated != patterns.stream().anyMatch(p -> Glob.matchesIgnoringCase(p, action));
  }

  /** Resources match case-sensitively, after policy variables are replaced if allowed. */
  public boolean coversResource(String arn, ContextKeys context, boolean variables) {
    boolean any =
        patterns.stream()
            .anyMatch(
                p ->
                    variables
                        ? PolicyVariables.resolve(p, context)
                            .filter(r -> Glob.matches(r, arn))
                            .isPresent()
                        : Glob.matches(p, arn));
    return negated != any;
  }

  @Override
  public String toString() {
    return patterns.toString();
  }
}
