package dev.vpclab.cli.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;

/**
 * The CLI's {@code --output} formats and the one rule they share: {@code --query}, when given, is
 * applied to the whole response first, and the format prints the query's result, whatever its
 * shape. Where that result is {@code null}, json prints {@code null}, text prints {@code None} and
 * table prints nothing. An operation without output returns {@code {}}, which every format prints
 * as nothing.
 *
 * <p>The response must be what the real CLI would hold after parsing: one page (vpclab does not
 * paginate), no {@code ResponseMetadata}, timestamps already strings, blobs already base64 text.
 * v2's {@code yaml} and {@code yaml-stream} formats are not here.
 */
public enum OutputFormat {
  JSON("json"),
  TEXT("text"),
  TABLE("table");

  private final String cliName;

  OutputFormat(String cliName) {
    this.cliName = cliName;
  }

  /** The value of {@code --output} (or of {@code output} in the CLI's config) that selects it. */
  public String cliName() {
    return cliName;
  }

  public static Optional<OutputFormat> fromCliName(String name) {
    return Arrays.stream(values()).filter(f -> f.cliName.equals(name)).findFirst();
  }

  /** What the CLI prints for {@code response} of {@code operationName}, e.g. {@code CreateVpc}. */
  public Rendering render(JsonNode response, String operationName, Display display) {
    return switch (this) {
      case JSON -> new Rendering.Printed(JsonOutput.format(response));
      case TEXT -> TextOutput.format(response);
      case TABLE -> TableOutput.format(response, operationName, display);
    };
  }

  /** The same after applying {@code query} to the response. */
  public Rendering render(JsonNode response, String operationName, Query query, Display display) {
    JsonNode result;
    try {
      result = query.search(response);
    } catch (PythonError e) {
      return new Rendering.Failed("", e.getMessage());
    }
    return render(result, operationName, display);
  }
}
