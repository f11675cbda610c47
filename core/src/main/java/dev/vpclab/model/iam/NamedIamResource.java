package dev.vpclab.model.iam;

import dev.vpclab.model.Resource;

/**
 * An IAM resource known by its name (a role, an instance profile): stored under the name in lower
 * case, because IAM names are unique regardless of case, and shown as the caller spelt it.
 */
public interface NamedIamResource extends Resource {
  String name();

  /** The key a name is stored under. */
  static String keyOf(String name) {
    return name.toLowerCase();
  }

  @Override
  default String key() {
    return keyOf(name());
  }

  @Override
  default String displayId() {
    return name();
  }
}
