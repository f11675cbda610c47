package dev.vpclab.kernel;

import dev.vpclab.kernel.jupyter.KernelServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * {@code vpclab kernel run CONNECTION_FILE} (what Jupyter runs), {@code vpclab kernel install} and
 * {@code vpclab kernel uninstall}. The kernel jar's main class; the REPL's main hands {@code kernel
 * ...} here, so either jar starts the kernel.
 */
public final class KernelMain {
  private KernelMain() {}

  public static void main(String[] args) {
    List<String> words = Arrays.asList(args);
    if (!words.isEmpty() && words.get(0).equals("kernel")) {
      words = words.subList(1, words.size());
    }
    System.exit(run(words, System.out, System.err));
  }

  /** Runs {@code kernel ARGS...} (the words after {@code kernel}); returns the exit status. */
  public static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
      (args.isEmpty() ? err : out).print(usage());
      return args.isEmpty() ? 2 : 0;
    }
    List<String> rest = args.subList(1, args.size());
    try {
      switch (args.get(0)) {
        case "run":
          if (rest.size() != 1) {
            break;
          }
          KernelServer.serve(Path.of(rest.get(0)), Path.of("").toAbsolutePath(), version());
          return 0;
        case "install":
        case "uninstall":
          var target = target(rest);
          if (target == null) {
            break;
          }
          var installer = new KernelInstaller(out, err);
          return args.get(0).equals("install")
              ? installer.install(target)
              : installer.uninstall(target);
        default:
          break;
      }
    } catch (IOException | GeneralSecurityException e) {
      err.println("vpclab kernel: " + e.getMessage());
      return 1;
    }
    err.print(usage());
    return 2;
  }

  /** The install target the options name, or null if they name none. */
  private static KernelInstaller.Target target(List<String> options) {
    if (options.isEmpty() || options.equals(List.of("--user"))) {
      return KernelInstaller.Target.USER;
    }
    if (options.equals(List.of("--sys-prefix"))) {
      return KernelInstaller.Target.SYS_PREFIX;
    }
    if (options.size() == 2 && options.get(0).equals("--prefix")) {
      return KernelInstaller.Target.prefix(Path.of(options.get(1)));
    }
    return null;
  }

  static String version() {
    var properties = new Properties();
    try (InputStream in = KernelMain.class.getResourceAsStream("kernel.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // no version is no reason not to start
    }
    return properties.getProperty("version", "unknown");
  }

  private static String usage() {
    return """
        usage: vpclab kernel install [--user | --sys-prefix | --prefix DIR]
               vpclab kernel uninstall [--user | --sys-prefix | --prefix DIR]
               vpclab kernel run CONNECTION_FILE

          install     write the Jupyter kernelspec "vpclab" (default --user: no administrator
                      needed); then "jupyter console --kernel vpclab" or pick
                      "vpclab (AWS VPC simulator)" in JupyterLab
          uninstall   remove it
          run         start the kernel on a connection file (what Jupyter runs)
        """;
  }
}
