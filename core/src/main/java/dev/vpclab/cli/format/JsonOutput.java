package dev.vpclab.cli.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.python.PythonJson;

/**
 * {@code --output json}: the CLI's JSONFormatter, which is Python's {@code json.dumps(response,
 * indent=4, ensure_ascii=False)} and a newline, except that an empty object prints nothing at all
 * (operations without output, such as {@code ec2 delete-vpc}, return {@code {}}).
 */
public final class JsonOutput {
  private JsonOutput() {}

  /**
   * What {@code --output json} prints for a response (after {@code --query}): nothing for {@code
   * {}}, else the dump and a newline, so {@code null}, {@code []} and {@code ""} do print.
   */
  public static String format(JsonNode response) {
    if (response.isObject() && response.isEmpty()) {
      return "";
    }
    return dumps(response) + "\n";
  }

  /** Python's {@code json.dumps(value, indent=4, ensure_ascii=False)}, without the newline. */
  public static String dumps(JsonNode value) {
    return PythonJson.dumps(value, false);
  }
}
