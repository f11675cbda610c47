package dev.vpclab.shell;

import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FileSystem;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Paths;
import dev.vpclab.shell.fs.Principal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shell patterns ({@code *}, {@code ?}, {@code [...]}): matching strings, and pathname expansion
 * against the simulated file system. Only unquoted characters act as pattern characters.
 */
final class Glob {
  private Glob() {}

  /** A pattern over {@code text[from, to)}, as a regular expression. */
  static Pattern compile(String text, BitSet unquoted, int from, int to) {
    var regex = new StringBuilder();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      boolean active = unquoted.get(i);
      if (active && c == '*') {
        regex.append(".*");
        i++;
      } else if (active && c == '?') {
        regex.append('.');
        i++;
      } else if (active && c == '[') {
        int end = bracketEnd(text, i + 1, to);
        if (end < 0) {
          regex.append("\\[");
          i++;
        } else {
          regex.append(bracket(text.substring(i + 1, end)));
          i = end + 1;
        }
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    try {
      return Pattern.compile(regex.toString(), Pattern.DOTALL);
    } catch (java.util.regex.PatternSyntaxException e) {
      // A range bash cannot use either ([z-a]) matches no file; the word then stays as typed.
      return Pattern.compile(Pattern.quote(text.substring(from, to)));
    }
  }

  static Pattern compile(String text, BitSet unquoted) {
    return compile(text, unquoted, 0, text.length());
  }

  /** The index of the {@code ]} closing a bracket expression whose content starts at {@code i}. */
  private static int bracketEnd(String text, int i, int to) {
    int j = i;
    if (j < to && (text.charAt(j) == '!' || text.charAt(j) == '^')) {
      j++;
    }
    if (j < to && text.charAt(j) == ']') {
      j++;
    }
    while (j < to) {
      char c = text.charAt(j);
      if (c == '[' && j + 1 < to && text.charAt(j + 1) == ':') {
        int close = text.indexOf(":]", j + 2);
        if (close >= 0 && close < to) {
          j = close + 2;
          continue;
        }
      }
      if (c == ']') {
        return j;
      }
      if (c == '/') {
        return -1;
      }
      j++;
    }
    return -1;
  }

  private static String bracket(String content) {
    var out = new StringBuilder("[");
    int i = 0;
    if (content.startsWith("!") || content.startsWith("^")) {
      out.append('^');
      i = 1;
    }
    boolean first = true;
    while (i < content.length()) {
      char c = content.charAt(i);
      if (c == '[' && content.startsWith("[:", i)) {
        int close = content.indexOf(":]", i + 2);
        if (close > 0) {
          out.append(posixClass(content.substring(i + 2, close)));
          i = close + 2;
          first = false;
          continue;
        }
      }
      if (!first && c == '-' && i + 1 < content.length()) {
        out.append('-');
        i++;
        continue;
      }
      if ("\\[]^-&".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
      first = false;
      i++;
    }
    return out.append(']').toString();
  }

  private static String posixClass(String name) {
    return switch (name) {
      case "alpha" -> "a-zA-Z";
      case "digit" -> "0-9";
      case "alnum" -> "a-zA-Z0-9";
      case "upper" -> "A-Z";
      case "lower" -> "a-z";
      case "space" -> " \\t\\n\\r\\f\\x0B";
      case "xdigit" -> "0-9a-fA-F";
      case "punct" -> "\\p{Punct}";
      default -> "";
    };
  }

  /**
   * Pathname expansion of one field: the matching paths, sorted, or an empty list when nothing
   * matches (the shell then keeps the word as it is).
   */
  static List<String> expand(
      FieldBuilder.Field field, FileSystem files, String cwd, Principal who) {
    String text = field.text();
    boolean absolute = text.startsWith("/");
    boolean trailingSlash = text.endsWith("/");
    var components = new ArrayList<int[]>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '/') {
        if (i > start) {
          components.add(new int[] {start, i});
        }
        start = i + 1;
      }
    }
    List<String> prefixes = List.of(absolute ? "/" : "");
    for (int k = 0; k < components.size(); k++) {
      int[] range = components.get(k);
      String component = text.substring(range[0], range[1]);
      boolean last = k == components.size() - 1;
      String separator = last ? "" : "/";
      var next = new ArrayList<String>();
      if (!hasGlob(text, field.unquoted(), range[0], range[1])) {
        for (String prefix : prefixes) {
          next.add(prefix + component + separator);
        }
      } else {
        Pattern pattern = compile(text, field.unquoted(), range[0], range[1]);
        boolean dotAllowed = text.charAt(range[0]) == '.';
        for (String prefix : prefixes) {
          String dir = Paths.resolve(cwd, prefix.isEmpty() ? "." : prefix);
          FsResult<Directory> listing = files.list(dir, who);
          if (!listing.isOk()) {
            continue;
          }
          for (String name : listing.get().entries().keySet()) {
            if (name.startsWith(".") && !dotAllowed) {
              continue;
            }
            if (pattern.matcher(name).matches()) {
              next.add(prefix + name + separator);
            }
          }
        }
      }
      prefixes = next;
    }
    var matches = new ArrayList<String>();
    for (String path : prefixes) {
      var node = files.stat(Paths.resolve(cwd, path.isEmpty() ? "." : path), who);
      if (!node.isOk()) {
        continue;
      }
      if (trailingSlash) {
        if (node.get() instanceof Directory) {
          matches.add(path + "/");
        }
      } else {
        matches.add(path);
      }
    }
    matches.sort(null);
    return matches;
  }

  private static boolean hasGlob(String text, BitSet unquoted, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (unquoted.get(i) && (c == '*' || c == '?' || c == '[')) {
        return true;
      }
    }
    return false;
  }
}
