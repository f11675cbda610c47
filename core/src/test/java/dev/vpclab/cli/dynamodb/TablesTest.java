package dev.vpclab.cli.dynamodb;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.cli.api.ApiTester;
import org.junit.jupiter.api.Test;

class TablesTest {
  /** The MusicCollection table of the CLI example create-table (example 1). */
  private static final String MUSIC =
      "{\"TableName\": \"Music\", \"AttributeDefinitions\": [{\"AttributeName\": \"Artist\","
          + " \"AttributeType\": \"S\"}, {\"AttributeName\": \"SongTitle\", \"AttributeType\":"
          + " \"S\"}], \"KeySchema\": [{\"AttributeName\": \"Artist\", \"KeyType\": \"HASH\"},"
          + " {\"AttributeName\": \"SongTitle\", \"KeyType\": \"RANGE\"}],"
          + " \"ProvisionedThroughput\": {\"ReadCapacityUnits\": 5, \"WriteCapacityUnits\": 5}}";

  private final ApiTester api = new ApiTester();

  @Test
  void aNewTableIsCreatingThenActive() {
    var out = api.ok("dynamodb", "CreateTable", MUSIC);
    // CLI example create-table: TableStatus CREATING, throughput, ARN and a UUID table ID.
    assertEquals("CREATING", at(out, "TableDescription.TableStatus"));
    assertEquals(
        "arn:aws:dynamodb:us-east-2:123456789012:table/Music",
        at(out, "TableDescription.TableArn"));
    assertTrue(
        at(out, "TableDescription.TableId")
            .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    assertEquals("5", at(out, "TableDescription.ProvisionedThroughput.ReadCapacityUnits"));
    assertEquals("RANGE", at(out, "TableDescription.KeySchema.1.KeyType"));
    assertFalse(out.get("TableDescription").has("BillingModeSummary"));
    var described = api.ok("dynamodb", "DescribeTable", "{\"TableName\": \"Music\"}");
    assertEquals("ACTIVE", at(described, "Table.TableStatus"));
  }

  @Test
  void tableNamesAreUniquePerRegion() {
    api.ok("dynamodb", "CreateTable", MUSIC);
    // Real CLI output (public transcripts).
    assertEquals(
        "ResourceInUseException: Table already exists: Music",
        api.error("dynamodb", "CreateTable", MUSIC));
    var west = new ApiTester().inRegion("us-west-2");
    assertEquals(0, west.ok("dynamodb", "ListTables", "{}").get("TableNames").size());
    assertEquals("Music", at(api.ok("dynamodb", "ListTables", "{}"), "TableNames.0"));
  }

  @Test
  void listTablesPages() {
    for (String name : new String[] {"Zeta", "Alpha", "Music"}) {
      api.ok("dynamodb", "CreateTable", MUSIC.replace("\"Music\"", "\"" + name + "\""));
    }
    var first = api.ok("dynamodb", "ListTables", "{\"Limit\": 2}");
    assertEquals("Alpha", at(first, "TableNames.0"));
    assertEquals("Music", at(first, "LastEvaluatedTableName"));
    var rest = api.ok("dynamodb", "ListTables", "{\"ExclusiveStartTableName\": \"Music\"}");
    assertEquals("Zeta", at(rest, "TableNames.0"));
    assertFalse(rest.has("LastEvaluatedTableName"));
  }

  @Test
  void onDemandTablesShowTheirBillingMode() {
    String onDemand =
        MUSIC.replace(
            ", \"ProvisionedThroughput\": {\"ReadCapacityUnits\": 5, \"WriteCapacityUnits\": 5}",
            ", \"BillingMode\": \"PAY_PER_REQUEST\"");
    var out = api.ok("dynamodb", "CreateTable", onDemand);
    // CLI example create-table (example 2): zero throughput and a BillingModeSummary.
    assertEquals("PAY_PER_REQUEST", at(out, "TableDescription.BillingModeSummary.BillingMode"));
    assertEquals("0", at(out, "TableDescription.ProvisionedThroughput.ReadCapacityUnits"));
  }

  @Test
  void deleteTableAnswersDeletingAndTheTableIsGone() {
    api.ok("dynamodb", "CreateTable", MUSIC);
    var out = api.ok("dynamodb", "DeleteTable", "{\"TableName\": \"Music\"}");
    // CLI example delete-table.
    assertEquals("DELETING", at(out, "TableDescription.TableStatus"));
    // Real CLI output of DescribeTable (public transcripts); DeleteTable assumed the same.
    assertEquals(
        "ResourceNotFoundException: Requested resource not found: Table: Music not found",
        api.error("dynamodb", "DescribeTable", "{\"TableName\": \"Music\"}"));
    assertEquals(
        "ResourceNotFoundException: Requested resource not found: Table: Music not found",
        api.error("dynamodb", "DeleteTable", "{\"TableName\": \"Music\"}"));
  }

  @Test
  void deletionProtectionKeepsATable() {
    api.ok(
        "dynamodb",
        "CreateTable",
        MUSIC.replace("{\"TableName\"", "{\"DeletionProtectionEnabled\": true, \"TableName\""));
    // DynamoDB developer guide wording as its emulators quote it; not confirmed.
    assertEquals(
        "ValidationException: Resource cannot be deleted as it is currently protected against"
            + " deletion. Disable deletion protection first.",
        api.error("dynamodb", "DeleteTable", "{\"TableName\": \"Music\"}"));
  }

  @Test
  void keySchemaAndThroughputAreChecked() {
    // Messages of real DynamoDB as moto reproduces them (moto/dynamodb/responses.py).
    assertEquals(
        "ValidationException: One or more parameter values were invalid: ReadCapacityUnits and"
            + " WriteCapacityUnits must both be specified when BillingMode is PROVISIONED",
        api.error(
            "dynamodb",
            "CreateTable",
            MUSIC.replace(
                ", \"ProvisionedThroughput\": {\"ReadCapacityUnits\": 5, \"WriteCapacityUnits\":"
                    + " 5}",
                "")));
    assertEquals(
        "ValidationException: One or more parameter values were invalid: Some index key attributes"
            + " are not defined in AttributeDefinitions. Keys: [Artist, Title],"
            + " AttributeDefinitions: [Artist, SongTitle]",
        api.error(
            "dynamodb",
            "CreateTable",
            MUSIC.replace(
                "{\"AttributeName\": \"SongTitle\", \"KeyType\"",
                "{\"AttributeName\": \"Title\", \"KeyType\"")));
    assertEquals(
        "ValidationException: One or more parameter values were invalid: Number of attributes in"
            + " KeySchema does not exactly match number of attributes defined in"
            + " AttributeDefinitions",
        api.error(
            "dynamodb",
            "CreateTable",
            MUSIC.replace(", {\"AttributeName\": \"SongTitle\", \"KeyType\": \"RANGE\"}", "")));
    assertEquals(
        "ValidationException: 1 validation error detected: Value null at 'keySchema' failed to"
            + " satisfy constraint: Member must not be null",
        api.error(
            "dynamodb",
            "CreateTable",
            "{\"TableName\": \"Tracks\", \"AttributeDefinitions\": [], \"BillingMode\":"
                + " \"PAY_PER_REQUEST\"}"));
    // The framework wording of AWS validation errors, as in the keySchema message above.
    assertEquals(
        "ValidationException: 2 validation errors detected: Value 'a!' at 'tableName' failed to"
            + " satisfy constraint: Member must have length greater than or equal to 3; Value 'a!'"
            + " at 'tableName' failed to satisfy constraint: Member must satisfy regular expression"
            + " pattern: [a-zA-Z0-9_.-]+",
        api.error("dynamodb", "CreateTable", MUSIC.replace("\"Music\"", "\"a!\"")));
  }
}
