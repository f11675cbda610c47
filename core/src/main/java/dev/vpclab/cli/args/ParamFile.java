package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.vpclab.cli.CliVersion;
import dev.vpclab.cli.python.PythonRepr;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code awscli/paramfile.py}: a value that starts with {@code file://} or {@code fileb://} (and,
 * in CLI v1, {@code http://} or {@code https://}) is replaced by what it points at.
 */
final class ParamFile {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern VAR = Pattern.compile("\\$(\\w+|\\{[^}]*\\})");

  private ParamFile() {}

  /**
   * A value that could not be loaded; the message follows {@code Error parsing parameter '...': }.
   */
  static final class LoadError extends Exception {
    LoadError(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * {@code get_paramfile(value, prefixes)}: the loaded text (file://, URLs) or bytes (fileb://), or
   * empty when the value names no file.
   */
  static Optional<JsonNode> load(String value, ParamFiles files, boolean remote) throws LoadError {
    if (value.startsWith("file://")) {
      return Optional.of(NODES.textNode(text(value, "file://", files)));
    }
    if (value.startsWith("fileb://")) {
      return Optional.of(NODES.binaryNode(bytes(value, "fileb://", files)));
    }
    if (remote && (value.startsWith("http://") || value.startsWith("https://"))) {
      ParamFiles.Fetched fetched = files.fetch(value);
      if (fetched instanceof ParamFiles.Body body) {
        return Optional.of(NODES.textNode(body.text()));
      }
      throw new LoadError(
          "Unable to retrieve " + value + ": " + ((ParamFiles.FetchFailure) fetched).reason());
    }
    return Optional.empty();
  }

  static Optional<JsonNode> load(String value, ParamFiles files, CliVersion version)
      throws LoadError {
    return load(value, files, version == CliVersion.V1);
  }

  private static String text(String path, String prefix, ParamFiles files) throws LoadError {
    String filePath = expand(path.substring(prefix.length()), files);
    byte[] raw = read(path, filePath, files);
    try {
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(raw))
              .toString();
      // Text mode reads with universal newlines.
      return decoded.replace("\r\n", "\n").replace('\r', '\n');
    } catch (CharacterCodingException e) {
      throw new LoadError(
          "Unable to load paramfile ("
              + filePath
              + "), text contents could not be decoded.  If this is a binary file, please use the"
              + " fileb:// prefix instead of the file:// prefix.");
    }
  }

  private static byte[] bytes(String path, String prefix, ParamFiles files) throws LoadError {
    return read(path, expand(path.substring(prefix.length()), files), files);
  }

  private static byte[] read(String path, String filePath, ParamFiles files) throws LoadError {
    ParamFiles.Read read = files.read(filePath);
    if (read instanceof ParamFiles.Content content) {
      return content.bytes();
    }
    ParamFiles.Failure f = (ParamFiles.Failure) read;
    throw new LoadError(
        "Unable to load paramfile "
            + path
            + ": [Errno "
            + f.errno()
            + "] "
            + f.strerror()
            + ": "
            + PythonRepr.repr(filePath));
  }

  /** {@code os.path.expandvars(os.path.expanduser(path))}. */
  static String expand(String path, ParamFiles files) {
    String p = path;
    if (p.equals("~") || p.startsWith("~/")) {
      Optional<String> home = files.env("HOME");
      if (home.isPresent()) {
        String h = home.get();
        if (h.endsWith("/") && p.length() > 1) {
          h = h.substring(0, h.length() - 1);
        }
        p = (h.isEmpty() ? "/" : h) + p.substring(1);
      }
    }
    if (!p.contains("$")) {
      return p;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = VAR.matcher(p);
    int last = 0;
    while (m.find()) {
      String name = m.group(1);
      if (name.startsWith("{") && name.endsWith("}")) {
        name = name.substring(1, name.length() - 1);
      }
      Optional<String> value = files.env(name);
      out.append(p, last, m.start());
      out.append(value.orElse(m.group()));
      last = m.end();
    }
    return out.append(p.substring(last)).toString();
  }
}
