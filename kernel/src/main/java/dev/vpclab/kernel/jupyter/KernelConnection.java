package dev.vpclab.kernel.jupyter;

import java.security.GeneralSecurityException;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.dflib.jjava.jupyter.channels.IOPubChannel;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * The kernel's five sockets, on a ZeroMQ context of their own (the library's constructor creates
 * its own set, which is never bound). iopub and stdin are the library's classes; shell and control
 * are {@link ShellSocket}s and the heartbeat a {@link Heartbeat}, each owned by one thread. Every
 * request, on shell or control, is handled the same way: busy, the handler, its deferred reply,
 * idle — and nothing a handler throws gets further.
 *
 * <p>Closing is asynchronous: a shutdown request asks for it from the control thread, and the
 * thread waiting in {@link #waitUntilClose} stops the sockets in order: the served ones by their
 * own threads, then iopub (flushing the last idle status), then the contexts.
 */
public final class KernelConnection extends JupyterConnection {
  private static final int LINGER_MS = 1000;

  private final KernelConnectionProperties properties;
  private final ZMQ.Context context = ZMQ.context(1);
  private final String session = UUID.randomUUID().toString();
  private final ShellSocket shellSocket;
  private final ShellSocket controlSocket;
  private final Heartbeat pulse;
  private final IOPubChannel publisher;
  private final StdinChannel input;
  private final CountDownLatch closing = new CountDownLatch(1);

  public KernelConnection(KernelConnectionProperties properties) throws GeneralSecurityException {
    super(properties);
    this.properties = properties;
    HMACGenerator signer = properties.createHMACGenerator();
    boolean signed = properties.getKey() != null && !properties.getKey().isEmpty();
    var decoder = new FrameDecoder(signer, signed);
    this.shellSocket = new ShellSocket(context, signer, decoder, false, this);
    this.controlSocket = new ShellSocket(context, signer, decoder, true, this);
    this.pulse = new Heartbeat(context);
    this.publisher = new IOPubChannel(context, signer);
    this.input = new StdinChannel(context, signer);
  }

  @Override
  public void connect() {
    publisher.setLinger(LINGER_MS);
    input.setLinger(0);
    pulse.bind(properties);
    publisher.bind(properties);
    input.bind(properties);
    shellSocket.bind(properties);
    controlSocket.bind(properties);
    publisher.sendMessage(
        KernelReplies.message(session, null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
  }

  @Override
  public IOPubChannel getIOPub() {
    return publisher;
  }

  @Override
  public ShellReplyEnvironment prepareReplyEnv(ShellChannel shell, MessageContext request) {
    return new KernelReplies(shell, input, publisher, request, session);
  }

  /** Handles one request that came in on {@code socket}; never throws. */
  <T> void handle(ShellSocket socket, Message<T> request) {
    ShellHandler<T> handler = getHandler(request.getHeader().getType());
    ShellReplyEnvironment env = prepareReplyEnv(socket, request);
    try {
      if (handler == null) {
        env.setBusyDeferIdle(); // busy and idle around every request, even one we don't know
        KernelLog.warn("no handler for " + request.getHeader().getType().getName());
      } else {
        handler.handle(env, request);
      }
    } catch (Throwable bug) {
      KernelLog.error("failed to handle " + request.getHeader().getType().getName(), bug);
    } finally {
      try {
        env.resolveDeferrals();
      } catch (Throwable bug) {
        KernelLog.error("failed to finish " + request.getHeader().getType().getName(), bug);
      }
    }
    if (env.isMarkedForShutdown()) {
      close();
    }
  }

  /** Asks for the connection to close; {@link #waitUntilClose} does it. */
  @Override
  public void close() {
    closing.countDown();
  }

  /** Waits for a shutdown request, then closes every socket. */
  @Override
  public void waitUntilClose() {
    try {
      closing.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    shellSocket.stop();
    controlSocket.stop();
    pulse.stop();
    publisher.close();
    input.close();
    super.close();
    context.close();
  }
}
