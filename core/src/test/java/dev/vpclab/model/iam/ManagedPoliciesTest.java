package dev.vpclab.model.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManagedPoliciesTest {
  private final ManagedPolicies catalog = ManagedPolicies.catalog();

  @Test
  void everyPolicyHasARealLookingIdAndItsDefaultVersion() {
    assertEquals(9, catalog.all().size());
    for (ManagedPolicy policy : catalog.all()) {
      assertTrue(policy.id().matches("ANPA[A-Z2-7]{17}"), policy.name());
      assertTrue(policy.isAwsManaged());
      assertEquals(policy.defaultVersionId(), policy.defaultVersion().versionId());
      assertTrue(!policy.updateDate().isBefore(policy.createDate()), policy.name());
    }
  }

  @Test
  void documentsKeepTheKeyOrderAwsReturns() throws Exception {
    var policy =
        catalog.byArn("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore").orElseThrow();
    // zoph-io/MAMIP policies/AmazonSSMManagedInstanceCore: v2 of 2019-05-23, Effect first.
    assertEquals("v2", policy.defaultVersionId());
    var document = new ObjectMapper().readTree(policy.defaultVersion().document());
    var keys = new ArrayList<String>();
    document.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("Version", "Statement"), keys);
    var statementKeys = new ArrayList<String>();
    document.get("Statement").get(0).fieldNames().forEachRemaining(statementKeys::add);
    assertEquals(List.of("Effect", "Action", "Resource"), statementKeys);
  }

  @Test
  void s3FullAccessKeepsItsFirstVersion() {
    var policy = catalog.byArn("arn:aws:iam::aws:policy/AmazonS3FullAccess").orElseThrow();
    // aws-facts.md section 8: v1 of 2015-02-06 and the current v2 of 2021-09-27.
    assertEquals("v2", policy.defaultVersionId());
    assertEquals(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}",
        policy.version("v1").orElseThrow().document());
    assertEquals("2021-09-27T20:16:37Z", policy.updateDate().toString());
  }
}
