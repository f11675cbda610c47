package dev.vpclab.shell.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FileSystemTest {
  static final Instant T0 = Instant.parse("2026-11-27T09:30:00Z");
  static final Instant T1 = Instant.parse("2026-11-27T10:00:00Z");
  static final Principal ME = new Principal("learner", "learner");
  static final Principal OTHER = new Principal("nobody", "nogroup");

  static FileSystem home() {
    Metadata root = new Metadata("root", "root", 0755, T0);
    return FileSystem.empty(T0)
        .install("/home", Directory.empty(root))
        .install("/home/learner", Directory.empty(new Metadata("learner", "learner", 0755, T0)))
        .install("/tmp", Directory.empty(root.withMode(01777)))
        .install("/root", Directory.empty(root.withMode(0700)));
  }

  @Test
  void writingReturnsANewTreeAndLeavesTheOldOneAlone() {
    FileSystem before = home();
    FileSystem after = before.write("/home/learner/K.pem", "key\n", false, ME, T1).get();
    assertTrue(before.find("/home/learner/K.pem").isEmpty());
    assertEquals("key\n", after.read("/home/learner/K.pem", ME).get());
    // and changing the new one again leaves it alone too
    FileSystem third = after.chmod("/home/learner/K.pem", 0400, ME).get();
    assertEquals(0644, after.find("/home/learner/K.pem").get().meta().mode());
    assertEquals(0400, third.find("/home/learner/K.pem").get().meta().mode());
    assertEquals(before, home());
  }

  @Test
  void newFilesAre644AndDirectories755OwnedByTheirCreator() {
    FileSystem fs =
        home()
            .write("/home/learner/f", "", false, ME, T1)
            .get()
            .mkdir("/home/learner/d", ME, T1)
            .get();
    Node file = fs.find("/home/learner/f").orElseThrow();
    Node dir = fs.find("/home/learner/d").orElseThrow();
    assertEquals(new Metadata("learner", "learner", 0644, T1), file.meta());
    assertEquals(new Metadata("learner", "learner", 0755, T1), dir.meta());
    // creating an entry changes its directory's time
    assertEquals(T1, fs.find("/home/learner").orElseThrow().meta().modified());
  }

  @Test
  void appendAndTruncate() {
    FileSystem fs = home().write("/tmp/log", "a\n", false, ME, T0).get();
    fs = fs.write("/tmp/log", "b\n", true, ME, T1).get();
    assertEquals("a\nb\n", fs.read("/tmp/log", ME).get());
    fs = fs.write("/tmp/log", "", false, ME, T1).get();
    assertEquals("", fs.read("/tmp/log", ME).get());
  }

  @Test
  void pathsWithDotsAndRepeatedSlashes() {
    FileSystem fs = home().write("/home/learner/x", "1", false, ME, T0).get();
    assertEquals("1", fs.read("/home//learner/./../learner/x", ME).get());
    assertEquals("/home/learner/x", fs.canonical("/home/learner/../learner/./x", ME).get());
    assertEquals("/", fs.canonical("/..", ME).get());
  }

  @Test
  void errorsAreErrnoValues() {
    FileSystem fs = home().write("/home/learner/f", "x", false, ME, T0).get();
    assertEquals(Errno.ENOENT, fs.read("/home/learner/nofile", ME).error());
    assertEquals(Errno.ENOENT, fs.write("/home/learner/nodir/x", "", false, ME, T0).error());
    assertEquals(Errno.ENOTDIR, fs.read("/home/learner/f/x", ME).error());
    assertEquals(Errno.ENOTDIR, fs.read("/home/learner/f/", ME).error());
    assertEquals(Errno.EISDIR, fs.read("/home/learner", ME).error());
    assertEquals(Errno.EISDIR, fs.write("/home/learner", "", false, ME, T0).error());
    assertEquals(Errno.EEXIST, fs.mkdir("/home/learner/f", ME, T0).error());
    assertEquals(Errno.ENOENT, fs.read("", ME).error());
  }

  @Test
  void permissions() {
    FileSystem fs = home().write("/home/learner/k", "secret", false, ME, T0).get();
    fs = fs.chmod("/home/learner/k", 0400, ME).get();
    assertEquals("secret", fs.read("/home/learner/k", ME).get());
    assertEquals(Errno.EACCES, fs.write("/home/learner/k", "x", false, ME, T0).error());
    fs = fs.chmod("/home/learner/k", 0, ME).get();
    assertEquals(Errno.EACCES, fs.read("/home/learner/k", ME).error());
    assertEquals("secret", fs.read("/home/learner/k", Principal.ROOT).get());
    assertEquals(Errno.EPERM, fs.chmod("/home/learner/k", 0777, OTHER).error());
    assertEquals(Errno.EACCES, fs.list("/root", ME).error());
    assertEquals(Errno.EACCES, fs.stat("/root/x", ME).error());
    assertEquals(Errno.EACCES, fs.write("/x", "", false, ME, T0).error());
    assertEquals(Errno.EACCES, fs.unlink("/home/learner/k", OTHER, T0).error());
    assertTrue(fs.write("/tmp/anyone", "", false, OTHER, T0).isOk());
  }

  @Test
  void removing() {
    FileSystem fs =
        home().mkdir("/tmp/d", ME, T0).get().write("/tmp/d/f", "x", false, ME, T0).get();
    assertEquals(Errno.ENOTEMPTY, fs.rmdir("/tmp/d", ME, T0).error());
    assertEquals(Errno.EISDIR, fs.unlink("/tmp/d", ME, T0).error());
    FileSystem gone = fs.removeTree("/tmp/d", ME, T1).get();
    assertTrue(gone.find("/tmp/d").isEmpty());
    assertTrue(fs.find("/tmp/d/f").isPresent());
  }

  @Test
  void placingMovesWholeTrees() {
    FileSystem fs =
        home().mkdir("/tmp/d", ME, T0).get().write("/tmp/d/f", "x", false, ME, T0).get();
    Node tree = fs.find("/tmp/d").orElseThrow();
    FileSystem moved = fs.removeTree("/tmp/d", ME, T1).get().place("/tmp/e", tree, ME, T1).get();
    assertEquals("x", moved.read("/tmp/e/f", ME).get());
    assertInstanceOf(Directory.class, moved.find("/tmp/e").orElseThrow());
    assertFalse(moved.find("/tmp/d").isPresent());
  }

  @Test
  void sizesLinksAndBlocksAsLsCountsThem() {
    FileSystem fs = home().write("/tmp/k", "x".repeat(1679), false, ME, T0).get();
    Node k = fs.find("/tmp/k").orElseThrow();
    assertEquals(1679, k.size());
    assertEquals(4, k.blocks());
    assertEquals(0, fs.write("/tmp/e", "", false, ME, T0).get().find("/tmp/e").get().blocks());
    assertEquals(3, fs.find("/home").orElseThrow().links());
    assertEquals(4096, fs.find("/home").orElseThrow().size());
    assertEquals(5, fs.find("/").orElseThrow().links());
  }

  @Test
  void utf8SizesCountBytes() {
    FileSystem fs = home().write("/tmp/u", "é\n", false, ME, T0).get();
    assertEquals(3, fs.find("/tmp/u").orElseThrow().size());
  }
}
