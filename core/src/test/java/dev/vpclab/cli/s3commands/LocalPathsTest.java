package dev.vpclab.cli.s3commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalPathsTest {
  @Test
  void relativeAsTheResultLinesShowIt() {
    // utils.relative_path: os.path.join(os.path.relpath(dirname, cwd), basename).
    assertEquals("./f", LocalPaths.relative("/home/learner/f", "/home/learner"));
    assertEquals("d/a.txt", LocalPaths.relative("/home/learner/d/a.txt", "/home/learner"));
    assertEquals("d/", LocalPaths.relative("/home/learner/d/", "/home/learner"));
    assertEquals("../../tmp/x", LocalPaths.relative("/tmp/x", "/home/learner"));
    assertEquals("../f", LocalPaths.relative("/f", "/home"));
  }

  @Test
  void contentTypeFromTheExtension() {
    assertEquals(Optional.of("text/plain"), LocalPaths.contentType("/x/notes.txt"));
    assertEquals(Optional.empty(), LocalPaths.contentType("/x/f"));
    assertEquals(Optional.empty(), LocalPaths.contentType("/x/.bashrc"));
  }
}
