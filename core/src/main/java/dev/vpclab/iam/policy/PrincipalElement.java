package dev.vpclab.iam.policy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement's {@code Principal} or {@code NotPrincipal}: {@code "*"}, or a map from principal
 * type ({@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}) to one value or a
 * list. Only {@code AWS} values can name a caller vpclab simulates; their forms are {@code *}, an
 * account ID, {@code arn:aws:iam::ACCOUNT:root}, a user or role ARN and a role-session ARN. ARNs
 * are compared exactly: the Principal element takes no wildcards except a lone {@code *}.
 */
public record PrincipalElement(Kind kind, List<String> awsValues) {

  /** Whether the statement has Principal, NotPrincipal or neither (identity-based policies). */
  public enum Kind {
    ABSENT,
    PRINCIPAL,
    NOT_PRINCIPAL
  }

  public static final PrincipalElement ABSENT = new PrincipalElement(Kind.ABSENT, List.of());

  public PrincipalElement {
    awsValues = List.copyOf(awsValues);
  }

  static PrincipalElement read(JsonNode statement) {
    if (statement.has("Principal")) {
      return new PrincipalElement(Kind.PRINCIPAL, awsValues(statement.get("Principal")));
    }
    if (statement.has("NotPrincipal")) {
      return new PrincipalElement(Kind.NOT_PRINCIPAL, awsValues(statement.get("NotPrincipal")));
    }
    return ABSENT;
  }

  /** {@code "*"} alone means every principal, as {@code {"AWS": "*"}} does. */
  private static List<String> awsValues(JsonNode node) {
    var out = new ArrayList<String>();
    if (node.isTextual()) {
      out.add(node.asText());
    } else {
      JsonNode aws = node.path("AWS");
      if (aws.isArray()) {
        aws.forEach(v -> out.add(v.asText()));
      } else if (!aws.isMissingNode()) {
        out.add(aws.asText());
      }
    }
    return out;
  }

  public PrincipalMatch match(Requester requester) {
    return switch (kind) {
      case ABSENT -> PrincipalMatch.NONE;
      case PRINCIPAL -> named(requester);
      case NOT_PRINCIPAL -> excludes(requester) ? PrincipalMatch.NONE : PrincipalMatch.DIRECT;
    };
  }

  private PrincipalMatch named(Requester requester) {
    if (awsValues.contains("*") || requester.ownNames().stream().anyMatch(awsValues::contains)) {
      return PrincipalMatch.DIRECT;
    }
    return requester.accountNames().stream().anyMatch(awsValues::contains)
        ? PrincipalMatch.ACCOUNT
        : PrincipalMatch.NONE;
  }

  /**
   * NotPrincipal spares a requester only when it names every level AWS may check: the session, its
   * role and its account (IAM user guide, "NotPrincipal": AWS "might validate the account first,
   * then the role, and then the assumed-role user").
   */
  private boolean excludes(Requester requester) {
    if (awsValues.contains("*")) {
      return true;
    }
    boolean account = requester.accountNames().stream().anyMatch(awsValues::contains);
    return account && awsValues.containsAll(requester.ownNames());
  }

  @Override
  public String toString() {
    String element = kind == Kind.NOT_PRINCIPAL ? "NotPrincipal" : "Principal";
    return kind == Kind.ABSENT ? "no Principal" : element + " " + awsValues;
  }
}
