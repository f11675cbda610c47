package dev.vpclab.shell.fs;

import java.util.ArrayList;
import java.util.List;

/** Path strings: making them absolute, normalizing them, splitting and joining them. */
public final class Paths {
  private Paths() {}

  /**
   * {@code path} made absolute against {@code cwd}, with a leading {@code ~} or {@code ~/} taken as
   * {@code home} (as the AWS CLI does for {@code file://~/x}). Nothing else is changed: {@code ..}
   * is left for the file system to follow.
   */
  public static String resolve(String cwd, String home, String path) {
    if (path.equals("~")) {
      return home;
    }
    if (path.startsWith("~/")) {
      return home + path.substring(1);
    }
    return resolve(cwd, path);
  }

  /** {@code path} made absolute against {@code cwd}; the empty path stays empty. */
  public static String resolve(String cwd, String path) {
    if (path.startsWith("/")) {
      return path;
    }
    if (path.isEmpty()) {
      return ""; // names no file, as open("") fails with ENOENT
    }
    return cwd.endsWith("/") ? cwd + path : cwd + "/" + path;
  }

  /** The names of a path with {@code .}, {@code ..} and repeated slashes resolved lexically. */
  public static List<String> names(String path) {
    var names = new ArrayList<String>();
    for (String name : path.split("/")) {
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        if (!names.isEmpty()) {
          names.remove(names.size() - 1);
        }
        continue;
      }
      names.add(name);
    }
    return names;
  }

  /** An absolute path normalized lexically, as {@code cd} keeps {@code $PWD}. */
  public static String normalize(String absolutePath) {
    return join(names(absolutePath));
  }

  public static String join(List<String> names) {
    return names.isEmpty() ? "/" : "/" + String.join("/", names);
  }

  /** The last name of a path, as {@code basename} prints it. */
  public static String baseName(String path) {
    String trimmed = path.replaceAll("/+$", "");
    if (trimmed.isEmpty()) {
      return path.isEmpty() ? "" : "/";
    }
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  /** Everything before the last name, as {@code dirname} prints it. */
  public static String dirName(String path) {
    String trimmed = path.replaceAll("/+$", "");
    int cut = trimmed.lastIndexOf('/');
    if (cut < 0) {
      return ".";
    }
    String dir = trimmed.substring(0, cut).replaceAll("/+$", "");
    return dir.isEmpty() ? "/" : dir;
  }
}
