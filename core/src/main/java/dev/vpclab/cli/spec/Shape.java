package dev.vpclab.cli.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One shape of a botocore service model: the type of an input or output value. Structures keep
 * their members in model order, which is the order the real CLI prints keys in. {@code min} is the
 * model's lower bound (length of a string or list, value of a number), which botocore's parameter
 * validation checks; {@code payload} names the member that is the body of a REST response.
 */
public record Shape(
    String name,
    Type type,
    Map<String, Member> members,
    Set<String> required,
    List<String> enumValues,
    String memberShape,
    String keyShape,
    String valueShape,
    String documentation,
    Optional<Long> min,
    Optional<String> payload) {

  /** The botocore shape types. */
  public enum Type {
    STRUCTURE,
    LIST,
    MAP,
    STRING,
    INTEGER,
    LONG,
    BOOLEAN,
    TIMESTAMP,
    BLOB,
    FLOAT,
    DOUBLE;

    public static Type of(String botocoreName) {
      return valueOf(botocoreName.toUpperCase());
    }

    public boolean isScalar() {
      return this != STRUCTURE && this != LIST && this != MAP;
    }
  }

  /**
   * A member of a structure: its model name and the shape it refers to. {@code idempotencyToken}
   * members are never required on the command line (botocore fills them in); a {@code streaming}
   * blob is a file path on input and the {@code outfile} argument on output.
   */
  public record Member(
      String name,
      String shape,
      String documentation,
      boolean deprecated,
      boolean idempotencyToken,
      boolean streaming) {
    public Optional<String> doc() {
      return Optional.ofNullable(documentation);
    }
  }

  public Shape {
    members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    required = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(required));
    enumValues = List.copyOf(enumValues);
    min = min == null ? Optional.empty() : min;
    payload = payload == null ? Optional.empty() : payload;
  }

  public boolean isScalar() {
    return type.isScalar();
  }

  public Optional<Member> member(String memberName) {
    return Optional.ofNullable(members.get(memberName));
  }

  public Optional<String> doc() {
    return Optional.ofNullable(documentation);
  }
}
