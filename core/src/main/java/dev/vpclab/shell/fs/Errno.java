package dev.vpclab.shell.fs;

/** Why a file operation failed, with the text {@code strerror} gives on Linux. */
public enum Errno {
  ENOENT("No such file or directory"),
  ENOTDIR("Not a directory"),
  EISDIR("Is a directory"),
  EACCES("Permission denied"),
  EEXIST("File exists"),
  ENOTEMPTY("Directory not empty"),
  EPERM("Operation not permitted"),
  EINVAL("Invalid argument");

  private final String message;

  Errno(String message) {
    this.message = message;
  }

  /** The text after the colon in {@code cat: x: No such file or directory}. */
  public String message() {
    return message;
  }
}
