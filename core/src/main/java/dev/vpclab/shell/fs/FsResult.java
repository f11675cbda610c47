package dev.vpclab.shell.fs;

import java.util.Objects;
import java.util.function.Function;

/** The value of a file operation, or the {@link Errno} it failed with. */
public record FsResult<T>(T value, Errno error) {
  public FsResult {
    if ((value == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of value and error");
    }
  }

  public static <T> FsResult<T> ok(T value) {
    return new FsResult<>(Objects.requireNonNull(value), null);
  }

  public static <T> FsResult<T> fail(Errno error) {
    return new FsResult<>(null, error);
  }

  public boolean isOk() {
    return error == null;
  }

  /** The value; calling it on a failure is a bug in the caller. */
  public T get() {
    if (error != null) {
      throw new IllegalStateException("failed: " + error);
    }
    return value;
  }

  public <U> FsResult<U> map(Function<T, U> f) {
    return error == null ? ok(f.apply(value)) : fail(error);
  }

  public <U> FsResult<U> flatMap(Function<T, FsResult<U>> f) {
    return error == null ? f.apply(value) : fail(error);
  }
}
