package dev.vpclab.iam.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void aStarMatchesAnyRunIncludingNoneAndAcrossSeparators() {
    assertTrue(Glob.matches("*", ""));
    assertTrue(Glob.matches("*", "arn:aws:s3:::bucket/key"));
    assertTrue(Glob.matches("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b/c"));
    assertTrue(Glob.matches("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/"));
    assertTrue(Glob.matches("arn:*:s3:::*", "arn:aws:s3:::bucket"));
    assertTrue(Glob.matches("s3:*Object*", "s3:GetObjectVersion"));
    assertFalse(Glob.matches("arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket"));
    assertFalse(Glob.matches("arn:aws:s3:::bucket", "arn:aws:s3:::bucket2"));
  }

  @Test
  void aQuestionMarkMatchesExactlyOneCharacter() {
    assertTrue(Glob.matches("vpce-?", "vpce-1"));
    assertFalse(Glob.matches("vpce-?", "vpce-"));
    assertFalse(Glob.matches("vpce-?", "vpce-12"));
    assertTrue(Glob.matches("a?c*", "abcdef"));
  }

  @Test
  void backtrackingFindsTheLaterMatch() {
    assertTrue(Glob.matches("*ab*ab", "xxabyyabzzab"));
    assertFalse(Glob.matches("*ab*ab", "xxabyyabzzac"));
    assertTrue(Glob.matches("**a", "a"));
    // Found by a property: a star in the text must not be taken as the pattern's star.
    assertTrue(Glob.matches("a*aaa", "a*aaaa"));
  }

  @Test
  void nothingButStarAndQuestionMarkIsSpecial() {
    assertTrue(Glob.matches("a.b[c]+", "a.b[c]+"));
    assertFalse(Glob.matches("a.b", "axb"));
  }

  @Test
  void caseMattersUnlessAskedOtherwise() {
    assertFalse(Glob.matches("s3:list*", "s3:ListBucket"));
    assertTrue(Glob.matchesIgnoringCase("s3:list*", "s3:ListBucket"));
    assertTrue(Glob.matchesIgnoringCase("S3:LISTBUCKET", "s3:ListBucket"));
  }
}
