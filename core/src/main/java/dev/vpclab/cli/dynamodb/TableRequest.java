package dev.vpclab.cli.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vpclab.cli.Constraints;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.dynamodb.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A CreateTable request read and checked as DynamoDB does, answering {@code ValidationException}.
 * The wording is what real DynamoDB returns per public transcripts and the emulators that copy it
 * (moto, dynalite); only the key-schema and billing checks a lab can hit are made.
 */
record TableRequest(
    List<Table.Attribute> attributes,
    List<Table.KeyElement> keySchema,
    Table.BillingMode billingMode,
    long readCapacityUnits,
    long writeCapacityUnits) {

  private static final String INVALID = "One or more parameter values were invalid: ";

  static TableRequest of(Request request) {
    if (!request.has("KeySchema")) {
      throw invalidNull("keySchema");
    }
    if (!request.has("AttributeDefinitions")) {
      throw invalidNull("attributeDefinitions");
    }
    var attributes = new ArrayList<Table.Attribute>();
    for (JsonNode a : request.list("AttributeDefinitions")) {
      attributes.add(
          new Table.Attribute(a.path("AttributeName").asText(), a.path("AttributeType").asText()));
    }
    var keys = new ArrayList<Table.KeyElement>();
    for (JsonNode k : request.list("KeySchema")) {
      keys.add(new Table.KeyElement(k.path("AttributeName").asText(), k.path("KeyType").asText()));
    }
    checkKeys(attributes, keys);
    Table.BillingMode mode =
        Table.BillingMode.valueOf(request.string("BillingMode").orElse("PROVISIONED"));
    JsonNode throughput = request.node("ProvisionedThroughput");
    if (mode == Table.BillingMode.PAY_PER_REQUEST) {
      if (!throughput.isMissingNode() && !throughput.isNull()) {
        throw validation(
            INVALID
                + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when"
                + " BillingMode is PAY_PER_REQUEST");
      }
      return new TableRequest(attributes, keys, mode, 0, 0);
    }
    if (!throughput.has("ReadCapacityUnits") || !throughput.has("WriteCapacityUnits")) {
      throw validation(
          INVALID
              + "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode"
              + " is PROVISIONED");
    }
    return new TableRequest(
        attributes,
        keys,
        mode,
        throughput.path("ReadCapacityUnits").asLong(),
        throughput.path("WriteCapacityUnits").asLong());
  }

  private static void checkKeys(List<Table.Attribute> attributes, List<Table.KeyElement> keys) {
    if (keys.isEmpty() || keys.size() > 2) {
      throw validation(
          "1 validation error detected: Value '"
              + keys
              + "' at 'keySchema' failed to satisfy constraint: Member must have length less than"
              + " or equal to 2");
    }
    if (!keys.get(0).keyType().equals("HASH")) {
      throw validation(
          INVALID + "Invalid key order. Hash Key must be specified first in key schema");
    }
    Set<String> defined = new LinkedHashSet<>();
    attributes.forEach(a -> defined.add(a.name()));
    List<String> used = keys.stream().map(Table.KeyElement::attributeName).toList();
    if (!defined.containsAll(used)) {
      throw validation(
          INVALID
              + "Some index key attributes are not defined in AttributeDefinitions. Keys: "
              + used
              + ", AttributeDefinitions: "
              + defined);
    }
    if (defined.size() != used.size()) {
      throw validation(
          INVALID
              + "Number of attributes in KeySchema does not exactly match number of attributes"
              + " defined in AttributeDefinitions");
    }
  }

  private static ServiceFault invalidNull(String member) {
    return Constraints.missing("ValidationException", member);
  }

  private static ServiceFault validation(String message) {
    return new ServiceFault("ValidationException", message);
  }
}
