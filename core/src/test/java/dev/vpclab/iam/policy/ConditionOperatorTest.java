package dev.vpclab.iam.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.iam.policy.ConditionOperator.SetQualifier;
import org.junit.jupiter.api.Test;

class ConditionOperatorTest {

  @Test
  void readsTheQualifierTheComparisonAndIfExists() {
    var op = ConditionOperator.parse("ForAnyValue:StringLikeIfExists").orElseThrow();
    assertEquals(SetQualifier.FOR_ANY_VALUE, op.qualifier());
    assertEquals(Comparison.STRING_LIKE, op.comparison());
    assertTrue(op.ifExists());
    assertEquals("ForAnyValue:StringLikeIfExists", op.toString());

    var plain = ConditionOperator.parse("NotIpAddress").orElseThrow();
    assertEquals(SetQualifier.NONE, plain.qualifier());
    assertEquals(Comparison.NOT_IP_ADDRESS, plain.comparison());
    assertFalse(plain.ifExists());

    assertEquals(
        SetQualifier.FOR_ALL_VALUES,
        ConditionOperator.parse("ForAllValues:StringEquals").orElseThrow().qualifier());
  }

  @Test
  void everyOperatorOfTheLanguageIsKnownByItsName() {
    for (Comparison c : Comparison.values()) {
      assertEquals(c, ConditionOperator.parse(c.operator()).orElseThrow().comparison());
    }
  }

  @Test
  void unknownNamesAndNullIfExistsAreNoOperators() {
    assertTrue(ConditionOperator.parse("StringEqualz").isEmpty());
    assertTrue(ConditionOperator.parse("stringequals").isEmpty());
    assertTrue(ConditionOperator.parse("NullIfExists").isEmpty());
    assertTrue(ConditionOperator.parse("ForSomeValues:StringEquals").isEmpty());
    assertTrue(ConditionOperator.parse("IfExists").isEmpty());
  }
}
