package dev.vpclab.iam.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArnGlobTest {

  @Test
  void eachPartIsMatchedOnItsOwn() {
    assertTrue(
        ArnGlob.matches(
            "arn:aws:iam::123456789012:role/*", "arn:aws:iam::123456789012:role/S3Access"));
    assertTrue(
        ArnGlob.matches("arn:aws:ec2:*:*:vpc/*", "arn:aws:ec2:us-east-2:123456789012:vpc/vpc-1"));
    assertFalse(
        ArnGlob.matches("arn:aws:ec2:*:*:vpc/*", "arn:aws:ec2:us-east-2:123456789012:subnet/s"));
  }

  @Test
  void aStarDoesNotSpanTheColonsOfTheFirstFiveParts() {
    // IAM user guide, ARN condition operators: StringLike matches this value, ArnLike does not.
    String pattern = "arn:aws:someservice:*:111122223333:finance/*";
    String value =
        "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt";
    assertTrue(Glob.matches(pattern, value));
    assertFalse(ArnGlob.matches(pattern, value));
  }

  @Test
  void theResourcePartKeepsItsColons() {
    assertTrue(
        ArnGlob.matches("arn:aws:logs:*:*:log-group:*", "arn:aws:logs:us-east-2:1:log-group:g:x"));
  }

  @Test
  void textWithoutSixPartsIsNoArn() {
    assertFalse(ArnGlob.matches("*", "vpce-1"));
    assertFalse(ArnGlob.matches("arn:aws:s3:::b", "arn:aws:s3"));
  }
}
