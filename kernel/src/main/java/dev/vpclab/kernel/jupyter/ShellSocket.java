package dev.vpclab.kernel.jupyter;

import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.zeromq.ZMQ;

/**
 * The shell or control socket, served by a {@link SocketThread} of its own: it reads a whole
 * message, has the connection handle it, and goes on — whatever the message was or what handling it
 * did. Replies go out on the same thread. The library's {@link ShellChannel} is kept as the type
 * its reply environments want; its loop is never started.
 */
final class ShellSocket extends ShellChannel {
  private static final int LINGER_MS = 1000;

  private final KernelConnection connection;
  private final FrameDecoder decoder;
  private final boolean control;
  private final SocketThread thread;

  ShellSocket(
      ZMQ.Context context,
      HMACGenerator signer,
      FrameDecoder decoder,
      boolean control,
      KernelConnection connection) {
    super(context, signer, control, connection);
    this.connection = connection;
    this.decoder = decoder;
    this.control = control;
    this.thread =
        new SocketThread(
            control ? "vpclab-control" : "vpclab-shell", context, this, this::serveOne);
  }

  @Override
  public void bind(KernelConnectionProperties connection) {
    int port = control ? connection.getControlPort() : connection.getShellPort();
    setLinger(LINGER_MS);
    bind(formatAddress(connection.getTransport(), connection.getIp(), port));
    thread.start();
  }

  private void serveOne() {
    FrameDecoder.Decoded decoded = decoder.decode(frames());
    if (decoded.ok()) {
      connection.handle(this, decoded.message());
    } else {
      KernelLog.warn(
          "dropped a message on " + (control ? "control" : "shell") + ": " + decoded.refusal());
    }
  }

  /** Every frame of the next message, however malformed it is. */
  private List<byte[]> frames() {
    var frames = new ArrayList<byte[]>();
    do {
      byte[] frame = recv();
      if (frame == null) {
        break;
      }
      frames.add(frame);
    } while (hasReceiveMore());
    return frames;
  }

  /** Not used: {@link #serveOne} reads whole messages and drops bad ones instead of throwing. */
  @Override
  public synchronized Message<?> readMessage() {
    throw new UnsupportedOperationException("read by its own thread");
  }

  /** Stops serving; the socket is closed by its own thread. */
  void stop() {
    thread.stop();
  }
}
