package dev.vpclab.cli.args;

import java.util.Optional;

/**
 * What the real CLI reads from outside the command line while parsing it: files named by {@code
 * file://} and {@code fileb://} values (and {@code --cli-input-json file://...}), environment
 * variables for {@code ~} and {@code $VAR} in those paths, and, in CLI v1 only, the body of an
 * {@code http://} or {@code https://} value. vpclab backs it with the simulated machine's files.
 */
public interface ParamFiles {

  /** The outcome of opening and reading a file. */
  sealed interface Read permits Content, Failure {}

  /** The file's bytes. */
  record Content(byte[] bytes) implements Read {}

  /**
   * An OSError: errno and strerror as Python prints them, e.g. {@code 2} and {@code No such file or
   * directory}, {@code 21} and {@code Is a directory}, {@code 13} and {@code Permission denied}.
   */
  record Failure(int errno, String strerror) implements Read {
    public static Failure notFound() {
      return new Failure(2, "No such file or directory");
    }
  }

  /** The outcome of CLI v1 fetching a URL given as a parameter value. */
  sealed interface Fetched permits Body, FetchFailure {}

  /** A 200 response's text. */
  record Body(String text) implements Fetched {}

  /**
   * Why it failed, as the CLI words it after {@code Unable to retrieve <url>: }, e.g. {@code
   * received non 200 status code of 404}.
   */
  record FetchFailure(String reason) implements Fetched {}

  /** Reads a file; a relative path is relative to the current directory. */
  Read read(String path);

  /** An environment variable, for {@code ~} ({@code HOME}) and {@code $NAME} in paths. */
  default Optional<String> env(String name) {
    return Optional.empty();
  }

  /** CLI v1 fetches {@code http(s)://} parameter values; by default nothing answers. */
  default Fetched fetch(String url) {
    return new FetchFailure("Could not connect to the endpoint URL: \"" + url + "\"");
  }

  /** No files at all: every read fails with ENOENT. */
  static ParamFiles none() {
    return path -> Failure.notFound();
  }
}
