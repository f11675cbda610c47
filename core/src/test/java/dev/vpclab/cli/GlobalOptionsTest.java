package dev.vpclab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vpclab.cli.args.UsageError;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalOptionsTest {

  /**
   * awscli/argparser.py {@code CLIArgParser._check_value} formats the value with {@code %r}, so a
   * value with a single quote in it is shown in double quotes, as Python's repr shows it.
   */
  @Test
  void invalidChoiceShowsTheValueAsPythonsRepr() {
    var parsed = GlobalOptions.parse(List.of("--output", "js'on"), CliVersion.V1);
    UsageError error = ((GlobalOptions.Parse.Refused) parsed).error();
    assertEquals(
        "argument --output: Invalid choice, valid choices are:\n"
            + "\n"
            + String.format("%-40s | %-40s", "json", "text")
            + "\n"
            + String.format("%-40s", "table")
            + "\n\n\nInvalid choice: \"js'on\", maybe you meant:\n"
            + "\n  * json",
        error.message());
  }
}
