package dev.vpclab.assist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * File names of the learner's real computer, for {@code /open} and {@code /save}: relative to the
 * directory vpclab was started in, as those commands resolve them.
 */
final class LocalFiles {
  private LocalFiles() {}

  static Offer complete(Path workingDirectory, String path) {
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "" : path.substring(0, slash + 1);
    String name = path.substring(slash + 1);
    Path folder = workingDirectory.resolve(dir.isEmpty() ? "." : dir);
    var out = new ArrayList<Candidate>();
    try (Stream<Path> entries = Files.list(folder)) {
      entries
          .sorted()
          .forEach(
              entry -> {
                String entryName = entry.getFileName().toString();
                if (entryName.startsWith(".") && !name.startsWith(".")) {
                  return;
                }
                out.add(
                    Files.isDirectory(entry)
                        ? Candidate.partial(entryName + "/", "files", "")
                        : Candidate.of(entryName, "files"));
              });
    } catch (IOException | RuntimeException unreadable) {
      return Offer.NONE; // no such directory, or not ours to read: nothing to offer
    }
    return new Offer(dir.length(), List.copyOf(out));
  }
}
