package dev.vpclab.kernel.jupyter;

import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/**
 * The heartbeat: echoes whatever arrives, at once, on a thread of its own (the library's waits up
 * to half a second between polls and has its socket closed by another thread at shutdown).
 */
final class Heartbeat {
  private final ZMQ.Socket socket;
  private final SocketThread thread;

  Heartbeat(ZMQ.Context context) {
    this.socket = context.socket(SocketType.REP);
    this.socket.setLinger(0);
    this.thread = new SocketThread("vpclab-heartbeat", context, socket, this::echo);
  }

  void bind(KernelConnectionProperties connection) {
    socket.bind(
        connection.getTransport() + "://" + connection.getIp() + ":" + connection.getHbPort());
    thread.start();
  }

  private void echo() {
    byte[] ping = socket.recv(ZMQ.DONTWAIT);
    if (ping != null) {
      socket.send(ping);
    }
  }

  void stop() {
    thread.stop();
  }
}
