package dev.vpclab.assist;

import dev.vpclab.shell.ShellContext;
import dev.vpclab.shell.fs.Directory;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.shell.fs.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * File names of the machine the learner is on, as bash completes them: relative to the working
 * directory, {@code ~/} for home, directories ending in {@code /} (the word goes on), dot files
 * only once a dot is typed, and only what the user may list.
 */
final class FileNames {
  private FileNames() {}

  /**
   * Completes {@code path}, which starts {@code offset} characters into the word (after {@code
   * file://}, say).
   */
  static Offer complete(ShellContext here, String path, int offset, boolean directoriesOnly) {
    if (path.equals("~")) {
      return new Offer(offset, List.of(Candidate.partial("~/", "files", "")));
    }
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "" : path.substring(0, slash + 1);
    String name = path.substring(slash + 1);
    String home = here.environment().getOrDefault("HOME", here.user().home());
    String absolute =
        dir.isEmpty() ? here.cwd() : dev.vpclab.shell.fs.Paths.resolve(here.cwd(), home, dir);
    FsResult<Directory> listed = here.files().list(absolute, here.user().principal());
    if (!listed.isOk()) {
      return Offer.NONE;
    }
    var out = new ArrayList<Candidate>();
    for (Map.Entry<String, Node> entry : listed.get().entries().entrySet()) {
      String entryName = entry.getKey();
      if (entryName.startsWith(".") && !name.startsWith(".")) {
        continue;
      }
      if (entry.getValue() instanceof Directory) {
        out.add(Candidate.partial(entryName + "/", "files", ""));
      } else if (!directoriesOnly) {
        out.add(Candidate.of(entryName, "files"));
      }
    }
    return new Offer(offset + dir.length(), out);
  }
}
