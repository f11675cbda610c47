package dev.vpclab.model;

/**
 * Something the simulated account holds. Every resource is an immutable record; a change is a new
 * record stored under the same key.
 */
public interface Resource {
  /** The key the resource is stored and looked up under: an EC2 ID, an IAM name, a bucket name. */
  String key();

  /** The word AWS uses for this kind of resource in messages, e.g. {@code vpc}, {@code subnet}. */
  String kind();
}
