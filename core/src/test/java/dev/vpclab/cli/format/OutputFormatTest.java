package dev.vpclab.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The facade's rules, each with the CLI's output beside its input (all checked with the CLIs). */
class OutputFormatTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anEmptyResponsePrintsNothingInAnyFormat() throws Exception {
    JsonNode empty = JSON.readTree("{}");
    for (OutputFormat format : OutputFormat.values()) {
      assertEquals(new Rendering.Printed(""), format.render(empty, "DeleteVpc", Display.PIPE));
    }
  }

  @Test
  void aNullQueryResultIsNullNoneOrNothing() throws Exception {
    JsonNode response = JSON.readTree("{\"Vpcs\": []}");
    Query query = query("Vpcs[0].VpcId");
    assertEquals("null\n", print(OutputFormat.JSON, response, query));
    assertEquals("None\n", print(OutputFormat.TEXT, response, query));
    assertEquals("", print(OutputFormat.TABLE, response, query));
  }

  @Test
  void aScalarQueryResultIsJustTheTitleInATable() throws Exception {
    JsonNode response = JSON.readTree("{\"Vpcs\": [{\"VpcId\": \"vpc-1\"}]}");
    Query query = query("Vpcs[0].VpcId");
    assertEquals("\"vpc-1\"\n", print(OutputFormat.JSON, response, query));
    assertEquals("vpc-1\n", print(OutputFormat.TEXT, response, query));
    assertEquals(
        "--------------\n|DescribeVpcs|\n+------------+\n",
        print(OutputFormat.TABLE, response, query));
  }

  @Test
  void textListsScalarsUnderTheirUpperCasedKey() throws Exception {
    JsonNode response =
        JSON.readTree(
            "{\"Filters\": [{\"Name\": \"vpc-id\", \"Values\": [\"vpc-1\", \"vpc-2\"]}]}");
    assertEquals(
        "FILTERS\tvpc-id\nVALUES\tvpc-1\nVALUES\tvpc-2\n",
        OutputFormat.TEXT.render(response, "X", Display.PIPE).stdout());
  }

  @Test
  void raggedRowsFailTheTableAsInPython() throws Exception {
    Rendering rendering =
        OutputFormat.TABLE.render(
            JSON.readTree("{}"),
            "DescribeVpcs",
            query("`[[\"a\", \"b\"], [\"c\"]]`"),
            Display.PIPE);
    Rendering.Failed failed = assertInstanceOf(Rendering.Failed.class, rendering);
    assertEquals("", failed.stdout());
    assertEquals("\nRow should have 2 elements, instead it has 1\n", failed.stderr());
  }

  @Test
  void anInvalidQueryIsAValueNotAnException() {
    assertInstanceOf(Query.Parse.Invalid.class, Query.parse("Vpcs[?"));
  }

  @Test
  void formatsAreNamedAsOnTheCommandLine() {
    assertEquals(Optional.of(OutputFormat.TABLE), OutputFormat.fromCliName("table"));
    assertEquals(Optional.empty(), OutputFormat.fromCliName("yaml"));
  }

  private static Query query(String expression) {
    return ((Query.Parse.Valid) Query.parse(expression)).query();
  }

  private static String print(OutputFormat format, JsonNode response, Query query) {
    return format.render(response, "DescribeVpcs", query, Display.PIPE).stdout();
  }
}
