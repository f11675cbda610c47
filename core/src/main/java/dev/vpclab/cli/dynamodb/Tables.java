package dev.vpclab.cli.dynamodb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.Constraints;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.dynamodb.Table;
import java.util.List;

/**
 * DynamoDB tables of the request's region: create (CREATING in the response, ACTIVE from the next
 * call on), describe, list, delete. Shapes follow the CLI examples; errors are real DynamoDB output
 * from public transcripts: {@code Table already exists: Music} and {@code Requested resource not
 * found: Table: Music not found} (DescribeTable; DeleteTable is assumed to say the same).
 */
public final class Tables implements Handlers.Group {
  private static final int DEFAULT_LIST_LIMIT = 100;

  @Override
  public void register(Handlers.Builder on) {
    on.on("dynamodb", "CreateTable", this::create)
        .on("dynamodb", "DescribeTable", this::describe)
        .on("dynamodb", "ListTables", this::list)
        .on("dynamodb", "DeleteTable", this::delete);
  }

  private ObjectNode create(Request request, Tx tx) {
    String name = request.required("TableName");
    // DynamoDB naming rules: 3 to 255 of [a-zA-Z0-9_.-].
    new Constraints("ValidationException")
        .text("tableName", name, 3, 255, "[a-zA-Z0-9_.-]+")
        .check();
    TableRequest spec = TableRequest.of(request);
    if (tx.find(Table.class, Table.arn(request.region(), Account.ID, name)).isPresent()) {
      throw new ServiceFault("ResourceInUseException", "Table already exists: " + name);
    }
    Table table =
        tx.put(
            new Table(
                name,
                request.region(),
                Account.ID,
                tableId(tx),
                spec.attributes(),
                spec.keySchema(),
                spec.billingMode(),
                spec.readCapacityUnits(),
                spec.writeCapacityUnits(),
                request.bool("DeletionProtectionEnabled").orElse(false),
                tx.now()));
    return Request.object().set("TableDescription", view(table, "CREATING"));
  }

  private ObjectNode describe(Request request, Tx tx) {
    return Request.object().set("Table", view(table(request, tx), "ACTIVE"));
  }

  /** Names in order, one page of {@code Limit} from after {@code ExclusiveStartTableName}. */
  private ObjectNode list(Request request, Tx tx) {
    String after = request.string("ExclusiveStartTableName").orElse("");
    int limit = request.integer("Limit").orElse(DEFAULT_LIST_LIMIT);
    List<String> names =
        tx.all(Table.class, request.region())
            .map(Table::name)
            .filter(n -> n.compareTo(after) > 0)
            .sorted()
            .toList();
    ArrayNode page = Request.array();
    names.stream().limit(limit).forEach(page::add);
    ObjectNode out = Request.object();
    out.set("TableNames", page);
    if (names.size() > limit) {
      out.put("LastEvaluatedTableName", names.get(limit - 1));
    }
    return out;
  }

  /**
   * Deletion protection message: DynamoDB developer guide (WorkingWithTables, deletion protection)
   * as quoted by its emulators; not confirmed on real AWS.
   */
  private ObjectNode delete(Request request, Tx tx) {
    Table table = table(request, tx);
    if (table.deletionProtection()) {
      throw new ServiceFault(
          "ValidationException",
          "Resource cannot be deleted as it is currently protected against deletion. Disable"
              + " deletion protection first.");
    }
    tx.remove(table);
    return Request.object().set("TableDescription", view(table, "DELETING"));
  }

  private static Table table(Request request, Tx tx) {
    String name = request.required("TableName");
    return tx.find(Table.class, Table.arn(request.region(), Account.ID, name))
        .orElseThrow(
            () ->
                new ServiceFault(
                    "ResourceNotFoundException",
                    "Requested resource not found: Table: " + name + " not found"));
  }

  private static ObjectNode view(Table table, String status) {
    ObjectNode json = Request.object();
    ArrayNode attributes = Request.array();
    table
        .attributes()
        .forEach(
            a ->
                attributes.add(
                    Request.object()
                        .put("AttributeName", a.name())
                        .put("AttributeType", a.type())));
    json.set("AttributeDefinitions", attributes);
    json.put("TableName", table.name());
    ArrayNode keys = Request.array();
    table
        .keySchema()
        .forEach(
            k ->
                keys.add(
                    Request.object()
                        .put("AttributeName", k.attributeName())
                        .put("KeyType", k.keyType())));
    json.set("KeySchema", keys);
    json.put("TableStatus", status).put("CreationDateTime", table.creationDateTime().toString());
    json.set(
        "ProvisionedThroughput",
        Request.object()
            .put("NumberOfDecreasesToday", 0)
            .put("ReadCapacityUnits", table.readCapacityUnits())
            .put("WriteCapacityUnits", table.writeCapacityUnits()));
    json.put("TableSizeBytes", 0)
        .put("ItemCount", 0)
        .put("TableArn", table.arn())
        .put("TableId", table.tableId());
    if (table.billingMode() == Table.BillingMode.PAY_PER_REQUEST) {
      json.set("BillingModeSummary", Request.object().put("BillingMode", "PAY_PER_REQUEST"));
    }
    return json.put("DeletionProtectionEnabled", table.deletionProtection());
  }

  /** A table ID is a UUID; this one is derived from a counter, so it is the same every session. */
  private static String tableId(Tx tx) {
    return Ids.uuid(tx, "dynamodb-table");
  }
}
