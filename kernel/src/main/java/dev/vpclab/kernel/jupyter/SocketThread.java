package dev.vpclab.kernel.jupyter;

import org.zeromq.ZMQ;

/**
 * A socket that one thread owns from its first poll to its close, as ZeroMQ wants: the thread waits
 * for the socket to be readable, has {@code serve} read from it, and closes it on its way out.
 * Replaces the library's loops, which poll, then sleep (50 ms on the shell, 500 ms on the
 * heartbeat: latency on every request), die with the first exception (defect 4), and have their
 * sockets closed under them by another thread.
 */
final class SocketThread {
  private static final int POLL_MS = 100;

  private final ZMQ.Context context;
  private final ZMQ.Socket socket;
  private final Runnable serve;
  private final Thread thread;
  private volatile boolean running = true;
  private boolean started;

  SocketThread(String name, ZMQ.Context context, ZMQ.Socket socket, Runnable serve) {
    this.context = context;
    this.socket = socket;
    this.serve = serve;
    this.thread = new Thread(this::loop, name);
  }

  void start() {
    started = true;
    thread.start();
  }

  private void loop() {
    ZMQ.Poller poller = context.poller(1);
    poller.register(socket, ZMQ.Poller.POLLIN);
    try {
      while (running) {
        if (poller.poll(POLL_MS) > 0) {
          serve.run();
        }
      }
    } catch (Throwable fatal) { // serve never throws: only ZeroMQ itself failing gets here
      KernelLog.error(thread.getName() + " stopped", fatal);
    } finally {
      poller.close();
      socket.close();
    }
  }

  /** Asks the thread to stop and waits until it has closed the socket (or closes it, unstarted). */
  void stop() {
    running = false;
    if (!started) {
      socket.close();
    } else if (Thread.currentThread() != thread) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
