package dev.vpclab.model;

/** One thing a command changed; together they say what a result did to the model. */
public record Change(Kind kind, String resourceKind, String key, String name) {
  public enum Kind {
    CREATED,
    MODIFIED,
    DELETED
  }

  /** e.g. {@code created vpc vpc-0abc… (MyVPC)}. */
  public String describe() {
    String verb = kind.name().toLowerCase();
    return verb + " " + resourceKind + " " + key + (name == null ? "" : " (" + name + ")");
  }
}
