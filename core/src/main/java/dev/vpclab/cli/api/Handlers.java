package dev.vpclab.cli.api;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The table of every simulated API operation: service CLI name and operation name (as in the model,
 * e.g. {@code ec2} / {@code CreateVpc}) to the code that serves it.
 */
public final class Handlers {
  private final Map<String, Operation> operations;

  private Handlers(Map<String, Operation> operations) {
    this.operations = Map.copyOf(operations);
  }

  public Optional<Operation> find(String service, String operation) {
    return Optional.ofNullable(operations.get(service + "/" + operation));
  }

  public boolean has(String service, String operation) {
    return operations.containsKey(service + "/" + operation);
  }

  /** Every operation served, as {@code service/Operation} (e.g. {@code s3api/ListBuckets}). */
  public java.util.SortedSet<String> names() {
    return new java.util.TreeSet<>(operations.keySet());
  }

  /** A group of operations that belong together, such as EC2's VPC operations. */
  public interface Group {
    void register(Builder builder);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects the table; registering one operation twice is a bug. */
  public static final class Builder {
    private final Map<String, Operation> operations = new HashMap<>();

    public Builder on(String service, String operation, Operation handler) {
      if (operations.put(service + "/" + operation, handler) != null) {
        throw new IllegalStateException(service + " " + operation + " registered twice");
      }
      return this;
    }

    public Builder add(Group group) {
      group.register(this);
      return this;
    }

    public Handlers build() {
      return new Handlers(operations);
    }
  }
}
