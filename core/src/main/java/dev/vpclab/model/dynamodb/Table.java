package dev.vpclab.model.dynamodb;

import dev.vpclab.model.Regional;
import java.time.Instant;
import java.util.List;

/**
 * A DynamoDB table: names are unique per region, so it is stored under its ARN. Only what the table
 * API shows is kept: no items yet.
 */
public record Table(
    String name,
    String region,
    String accountId,
    String tableId,
    List<Attribute> attributes,
    List<KeyElement> keySchema,
    BillingMode billingMode,
    long readCapacityUnits,
    long writeCapacityUnits,
    boolean deletionProtection,
    Instant creationDateTime)
    implements Regional {

  /** An attribute the key schema uses, with its type ({@code S}, {@code N} or {@code B}). */
  public record Attribute(String name, String type) {}

  /** One part of the primary key: {@code HASH} (partition) or {@code RANGE} (sort). */
  public record KeyElement(String attributeName, String keyType) {}

  /** How the table is paid for. */
  public enum BillingMode {
    PROVISIONED,
    PAY_PER_REQUEST
  }

  public Table {
    attributes = List.copyOf(attributes);
    keySchema = List.copyOf(keySchema);
  }

  public static String arn(String region, String accountId, String name) {
    return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + name;
  }

  public String arn() {
    return arn(region, accountId, name);
  }

  @Override
  public String key() {
    return arn();
  }

  @Override
  public String kind() {
    return "table";
  }
}
