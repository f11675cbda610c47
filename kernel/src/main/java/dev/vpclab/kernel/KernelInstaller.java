package dev.vpclab.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code vpclab kernel install|uninstall [--user | --sys-prefix | --prefix DIR]}. With Jupyter on
 * the {@code PATH}, {@code jupyter kernelspec install} puts the spec where Jupyter looks; without
 * it, the folder is written where Jupyter will look once installed ({@code --user}, {@code
 * --prefix}). The default is {@code --user}: it needs no administrator.
 */
final class KernelInstaller {
  /** Where the kernelspec goes, as {@code jupyter kernelspec install} names it. */
  record Target(String option, Optional<Path> prefix) {
    static final Target USER = new Target("--user", Optional.empty());
    static final Target SYS_PREFIX = new Target("--sys-prefix", Optional.empty());

    static Target prefix(Path directory) {
      return new Target("--prefix", Optional.of(directory.toAbsolutePath()));
    }

    List<String> jupyterOptions() {
      var options = new ArrayList<String>(List.of(option));
      prefix.ifPresent(p -> options.add(p.toString()));
      return options;
    }

    /** The folder Jupyter reads, without asking Jupyter; empty for {@code --sys-prefix}. */
    Optional<Path> folder() {
      if (prefix.isPresent()) {
        return Optional.of(prefix.get().resolve("share/jupyter/kernels").resolve(KernelSpec.NAME));
      }
      if (this.equals(USER)) {
        return Optional.of(userDataDirectory().resolve("kernels").resolve(KernelSpec.NAME));
      }
      return Optional.empty();
    }
  }

  private final PrintStream out;
  private final PrintStream err;

  KernelInstaller(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int install(Target target) throws IOException {
    KernelSpec spec = KernelSpec.forThisJvm();
    Path staging = Files.createTempDirectory("vpclab-kernelspec").resolve(KernelSpec.NAME);
    try {
      spec.writeTo(staging);
      var command = new ArrayList<>(List.of("jupyter", "kernelspec", "install", "--replace"));
      command.addAll(List.of("--name", KernelSpec.NAME));
      command.addAll(target.jupyterOptions());
      command.add(staging.toString());
      Optional<Integer> jupyter = run(command);
      if (jupyter.isPresent()) {
        return jupyter.get();
      }
      Optional<Path> folder = target.folder();
      if (folder.isEmpty()) {
        err.println("vpclab: --sys-prefix needs Jupyter on the PATH; try --user or --prefix DIR");
        return 1;
      }
      deleteTree(folder.get());
      spec.writeTo(folder.get());
      out.println("Installed kernelspec " + KernelSpec.NAME + " in " + folder.get());
      return 0;
    } finally {
      deleteTree(staging.getParent());
    }
  }

  /**
   * Removes the kernelspec {@code --user} or {@code --prefix} installed, from its folder; for
   * {@code --sys-prefix}, whose folder only Jupyter knows, the one {@code jupyter kernelspec
   * remove} finds.
   */
  int uninstall(Target target) throws IOException {
    Optional<Path> folder = target.folder();
    if (folder.isEmpty()) {
      Optional<Integer> jupyter =
          run(List.of("jupyter", "kernelspec", "remove", "-f", KernelSpec.NAME));
      if (jupyter.isEmpty()) {
        err.println("vpclab: --sys-prefix needs Jupyter on the PATH");
        return 1;
      }
      return jupyter.get();
    }
    if (!Files.isDirectory(folder.get())) {
      err.println("vpclab: no kernelspec " + KernelSpec.NAME + " in " + folder.get().getParent());
      return 1;
    }
    deleteTree(folder.get());
    out.println("Removed " + folder.get());
    return 0;
  }

  /** Runs a Jupyter command with this terminal; empty when there is no {@code jupyter}. */
  private static Optional<Integer> run(List<String> command) throws IOException {
    try {
      return Optional.of(new ProcessBuilder(command).inheritIO().start().waitFor());
    } catch (IOException notInstalled) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Jupyter's per-user data directory, as {@code jupyter --data-dir} would print it. */
  static Path userDataDirectory() {
    String configured = System.getenv("JUPYTER_DATA_DIR");
    if (configured != null && !configured.isEmpty()) {
      return Path.of(configured);
    }
    Path home = Path.of(System.getProperty("user.home"));
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return home.resolve("Library/Jupyter");
    }
    if (os.contains("win")) {
      String appData = System.getenv("APPDATA");
      return Path.of(appData != null ? appData : home.toString(), "jupyter");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    return (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : home.resolve(".local/share"))
        .resolve("jupyter");
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
