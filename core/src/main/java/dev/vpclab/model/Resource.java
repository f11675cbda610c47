package dev.vpclab.model;

/**
 * Something the simulated account holds. Every resource is an immutable record; a change is a new
 * record stored under the same key.
 */
public interface Resource {
  /** The key the resource is stored and looked up under: an EC2 ID, an IAM name, a bucket name. */
  String key();

  /** How the learner knows it: the ID, or the name for IAM resources stored by lower-case name. */
  default String displayId() {
    return key();
  }

  /** The word AWS uses for this kind of resource in messages, e.g. {@code vpc}, {@code subnet}. */
  String kind();
}
