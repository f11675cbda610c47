package dev.vpclab.kernel.jupyter;

import dev.vpclab.kernel.KernelSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.CompletableFuture;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Runs the kernel on a Jupyter connection file until a shutdown request: the library's launch
 * sequence (parse, connect, become the handler, wait), with vpclab's connection and kernel.
 */
public final class KernelServer {
  private KernelServer() {}

  /**
   * @param connectionFile the file Jupyter wrote: ports, transport, signing key
   * @param workingDirectory where {@code /open} and {@code /save} read and write
   */
  public static void serve(Path connectionFile, Path workingDirectory, String version)
      throws IOException, GeneralSecurityException {
    var properties =
        KernelConnectionProperties.parse(Files.readString(connectionFile, StandardCharsets.UTF_8));
    // the session loads the AWS models while the sockets come up: kernel_info is answered sooner
    var session = CompletableFuture.supplyAsync(() -> KernelSession.start(workingDirectory));
    var connection = new KernelConnection(properties);
    var kernel = new VpclabKernel(session, version);
    kernel.becomeHandlerForConnection(connection);
    connection.connect();
    connection.waitUntilClose();
  }
}
