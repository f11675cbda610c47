package dev.vpclab.cli.s3commands;

import dev.vpclab.shell.fs.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Local paths as the s3 commands print and label them: {@code relative_path} (utils.py, over {@code
 * os.path.relpath}) and the content type {@code mimetypes.guess_type} gives an upload.
 */
final class LocalPaths {
  /** Python 3's built-in types map, for the extensions a lab uploads. */
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("txt", "text/plain"),
          Map.entry("html", "text/html"),
          Map.entry("htm", "text/html"),
          Map.entry("css", "text/css"),
          Map.entry("csv", "text/csv"),
          Map.entry("xml", "text/xml"),
          Map.entry("py", "text/x-python"),
          Map.entry("js", "application/javascript"),
          Map.entry("json", "application/json"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("zip", "application/zip"),
          Map.entry("sh", "application/x-sh"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"));

  private LocalPaths() {}

  /** {@code ./f}, {@code d/a.txt}, {@code ../x/f}: relative to the working directory. */
  static String relative(String absolute, String cwd) {
    int slash = absolute.lastIndexOf('/');
    String directory = slash == 0 ? "/" : absolute.substring(0, slash);
    String base = absolute.substring(slash + 1);
    return relpath(directory, cwd) + "/" + base;
  }

  private static String relpath(String path, String start) {
    List<String> to = Paths.names(path);
    List<String> from = Paths.names(start);
    int common = 0;
    while (common < to.size() && common < from.size() && to.get(common).equals(from.get(common))) {
      common++;
    }
    var parts = new ArrayList<String>();
    for (int i = common; i < from.size(); i++) {
      parts.add("..");
    }
    parts.addAll(to.subList(common, to.size()));
    return parts.isEmpty() ? "." : String.join("/", parts);
  }

  static Optional<String> contentType(String path) {
    String base = Paths.baseName(path);
    int dot = base.lastIndexOf('.');
    return dot <= 0
        ? Optional.empty()
        : Optional.ofNullable(TYPES.get(base.substring(dot + 1).toLowerCase()));
  }
}
