package dev.vpclab.shell.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathsTest {
  @Test
  void resolve() {
    assertEquals("/home/learner/K.pem", Paths.resolve("/home/learner", "K.pem"));
    assertEquals("/etc/hosts", Paths.resolve("/home/learner", "/etc/hosts"));
    assertEquals("/x", Paths.resolve("/", "x"));
    assertEquals("/home/learner/../x", Paths.resolve("/home/learner", "../x"));
    assertEquals(
        "/home/learner/.aws/config", Paths.resolve("/tmp", "/home/learner", "~/.aws/config"));
    assertEquals("/home/learner", Paths.resolve("/tmp", "/home/learner", "~"));
    assertEquals("", Paths.resolve("/tmp", ""));
  }

  @Test
  void normalize() {
    assertEquals("/home", Paths.normalize("/home/learner/.."));
    assertEquals("/", Paths.normalize("/../.."));
    assertEquals("/a/b", Paths.normalize("//a/./b/"));
  }

  @Test
  void baseAndDirName() {
    // as basename(1) and dirname(1) print them
    assertEquals("K.pem", Paths.baseName("keys/K.pem"));
    assertEquals("d", Paths.baseName("d/"));
    assertEquals("/", Paths.baseName("/"));
    assertEquals("keys", Paths.dirName("keys/K.pem"));
    assertEquals(".", Paths.dirName("K.pem"));
    assertEquals("/", Paths.dirName("/etc"));
  }
}
