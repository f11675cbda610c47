package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.spec.ServiceSpec;
import java.util.List;

/**
 * {@code customizations/paginate.py}'s {@code --starting-token}, {@code --page-size} and {@code
 * --max-items}: they go into {@code PaginationConfig}, which the CLI hands to botocore's paginator.
 *
 * @param serializedName {@code StartingToken}, {@code PageSize} or {@code MaxItems}
 * @param type {@code str} for the token, the limit key's {@code int} otherwise
 */
record PageArgument(String name, String serializedName, ArgParser.Type type, String documentation)
    implements CustomArgument {

  static final String STARTING_TOKEN_HELP =
      "A token to specify where to start paginating. This is the NextToken from a previously"
          + " truncated response.";
  static final String MAX_ITEMS_HELP =
      "The total number of items to return in the command's output. If the total number of items"
          + " available is more than the value specified, a NextToken is provided in the command's"
          + " output. To resume pagination, provide the NextToken value in the starting-token"
          + " argument of a subsequent command. Do not use the NextToken response element directly"
          + " outside of the AWS CLI.";
  static final String PAGE_SIZE_HELP =
      "The size of each page to get in the AWS service call. This does not affect the number of"
          + " items returned in the command's output. Setting a smaller page size results in more"
          + " calls to the AWS service, retrieving fewer items in each call. This can help prevent"
          + " the AWS service calls from timing out.";

  @Override
  public ArgParser.Action action() {
    return store(ArgParser.Nargs.ONE, type);
  }

  @Override
  public void addToParams(Build build, JsonNode value) {
    if (value == null) {
      return;
    }
    ObjectNode config = build.params().withObjectProperty("PaginationConfig");
    config.set(serializedName, value);
  }

  @Override
  public OptionInfo describe(ServiceSpec service) {
    return described(
        OptionInfo.ValueKind.ONE,
        type == ArgParser.Type.STR ? "string" : "integer",
        List.of(),
        documentation);
  }
}
