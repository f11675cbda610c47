package dev.vpclab.kernel.jupyter;

import dev.vpclab.kernel.CellHistory;
import dev.vpclab.kernel.Completion;
import dev.vpclab.kernel.Emission;
import dev.vpclab.kernel.KernelSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.reply.CompleteReply;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.dflib.jjava.jupyter.messages.request.CompleteRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;

/**
 * The vpclab kernel on the jjava base kernel: each handler turns a request into calls on the {@link
 * KernelSession} and its answers into messages. The handlers the library gets wrong are overridden
 * here, each saying which of the defects it fixes:
 *
 * <ol>
 *   <li>replies without {@code status} — {@link OkReplies} (which also writes history entries as
 *       the tuples the protocol wants);
 *   <li>history_request unanswered without a history manager — {@link #handleHistoryRequest};
 *   <li>{@code silent} and {@code store_history} ignored — {@link #handleExecuteRequest};
 *   <li>a {@code java.lang.Error} or a badly signed message killing the shell thread — the cell
 *       runner catches every {@code Throwable}; {@link FrameDecoder} drops bad messages and {@link
 *       SocketThread} outlives whatever a handler does;
 *   <li>interrupting the shell thread corrupting its socket — {@link CellWorker}: cells run on a
 *       worker, and an interrupt raises a flag, never {@code Thread.interrupt};
 *   <li>non-constant-time HMAC compare and dates without seconds — {@link FrameDecoder}, {@link
 *       KernelReplies}.
 * </ol>
 *
 * <p>Beyond the defects: {@code stop_on_error} aborts the requests queued behind a failed cell
 * ({@link StopOnError}), and every request, even an unknown one, gets busy and idle ({@link
 * KernelConnection}).
 */
public final class VpclabKernel extends BaseKernel {
  private final CompletableFuture<KernelSession> starting;
  private final CellWorker worker = new CellWorker();
  private final StopOnError stopOnError = new StopOnError();
  private final AtomicInteger lastCount = new AtomicInteger();

  /**
   * @param starting the session, still starting: the kernel answers kernel_info (and so looks
   *     ready) before it is, and the first request that needs it waits
   */
  public VpclabKernel(CompletableFuture<KernelSession> starting, String version) {
    this(starting, KernelInfo.of(version));
  }

  private VpclabKernel(CompletableFuture<KernelSession> starting, KernelInfo info) {
    super(
        info.implementation(),
        info.version(),
        info.language(),
        info.helpLinks(),
        null,
        new JupyterIO(StandardCharsets.UTF_8),
        new CommManager(),
        new Renderer(),
        null,
        null,
        false,
        new StringStyler.Builder().build());
    this.starting = starting;
  }

  private KernelSession session() {
    return starting.join();
  }

  @Override
  public void becomeHandlerForConnection(JupyterConnection connection) {
    super.becomeHandlerForConnection(connection);
    connection.setHandler(MessageType.COMM_INFO_REQUEST, this::handleCommInfoRequest);
  }

  @Override
  public String getBanner() {
    return KernelInfo.BANNER;
  }

  // ----- execute -----

  @Override
  protected void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
    ExecuteRequest request = message.getContent();
    env.setBusyDeferIdle();
    if (stopOnError.queuedBehindFailure(message)) {
      replies(env).replyWith(ExecuteReply.MESSAGE_TYPE, OkReplies.Aborted.INSTANCE);
      return;
    }
    String code = code(request.getCode());
    boolean silent = request.isSilent();
    boolean store = request.shouldStoreHistory() && !silent;
    int count = store ? lastCount.incrementAndGet() : lastCount.get();
    if (!silent) {
      env.publish(new PublishExecuteInput(code, count));
    }
    Consumer<Emission> out = silent ? emission -> {} : e -> Outputs.publish(env, count, e);
    Optional<Emission.Failure> failure =
        worker.run(cancelled -> session().execute(code, count, store, out, cancelled)).failure();
    if (failure.isEmpty()) {
      env.defer().reply(new ExecuteReply(count, Map.of()));
      return;
    }
    ErrorReply error =
        new ErrorReply(failure.get().name(), failure.get().message(), failure.get().traceback());
    error.setExecutionCount(count);
    env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), error);
    if (request.shouldStopOnError()) {
      stopOnError.failed();
    }
  }

  private static KernelReplies replies(ShellReplyEnvironment env) {
    return (KernelReplies) env; // what KernelConnection.prepareReplyEnv makes
  }

  @Override
  public Object evalRaw(String source) {
    throw new UnsupportedOperationException("cells run through handleExecuteRequest");
  }

  // ----- interrupt, shutdown -----

  /** Cancels the running cell before its next input; the control thread only sets a flag. */
  @Override
  public void interrupt() {
    worker.interrupt();
  }

  @Override
  protected void handleInterruptRequest(
      ShellReplyEnvironment env, Message<InterruptRequest> message) {
    env.setBusyDeferIdle();
    interrupt();
    env.reply(new OkReplies.Interrupt());
  }

  @Override
  protected void handleShutdownRequest(
      ShellReplyEnvironment env, Message<ShutdownRequest> message) {
    env.setBusyDeferIdle();
    boolean restart = message.getContent() != null && message.getContent().isRestart();
    worker.shutdown();
    replies(env).replyWith(MessageType.SHUTDOWN_REPLY, OkReplies.Shutdown.ok(restart));
    env.markForShutdown();
  }

  // ----- kernel_info, comm_info -----

  @Override
  protected void handleKernelInfoRequest(
      ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
    env.setBusyDeferIdle();
    env.reply(new OkReplies.KernelInfo(name, version, languageInfo, getBanner(), helpLinks));
  }

  /** No comm targets: always none open. */
  private void handleCommInfoRequest(ShellReplyEnvironment env, Message<CommInfoRequest> message) {
    env.setBusyDeferIdle();
    env.reply(new OkReplies.CommInfo(Map.of()));
  }

  // ----- history -----

  @Override
  protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
    env.setBusyDeferIdle();
    HistoryRequest request = message.getContent();
    CellHistory history = session().history();
    List<CellHistory.Entry> entries =
        switch (request.getAccessType()) {
          case TAIL -> history.tail(((HistoryRequest.Tail) request).getMaxReturnLength());
          case RANGE -> {
            var range = (HistoryRequest.Range) request;
            yield history.range(range.getSessionIndex(), range.getStart(), range.getStop());
          }
          case SEARCH -> {
            var search = (HistoryRequest.Search) request;
            yield history.search(
                search.getPattern(), search.getMaxReturnLength(), search.filterUnique());
          }
        };
    replies(env)
        .replyWith(
            MessageType.HISTORY_REPLY, OkReplies.History.ok(entries, request.includeOutput()));
  }

  // ----- complete, inspect, is_complete -----

  @Override
  protected void handleCompleteRequest(
      ShellReplyEnvironment env, Message<CompleteRequest> message) {
    env.setBusyDeferIdle();
    CompleteRequest request = message.getContent();
    Completion found = session().complete(code(request.getCode()), request.getCursorPos());
    List<OkReplies.TypedMatch> typed =
        found.matches().stream()
            .map(
                m ->
                    new OkReplies.TypedMatch(
                        found.start(), found.end(), m.text(), m.group(), m.description()))
            .toList();
    env.reply(
        new CompleteReply(
            found.matches().stream().map(Completion.Match::text).toList(),
            found.start(),
            found.end(),
            Map.of("_jupyter_types_experimental", typed)));
  }

  /** Never called: the library's only caller is the handleCompleteRequest overridden above. */
  @Override
  public ReplacementOptions complete(String code, int at) {
    throw new UnsupportedOperationException("completion runs through handleCompleteRequest");
  }

  @Override
  public DisplayData inspect(String code, int at, boolean extraDetail) {
    return session().inspect(code(code), at).map(Outputs::displayData).orElse(null);
  }

  @Override
  public String isComplete(String code) {
    return switch (session().isComplete(code(code))) {
      case COMPLETE -> IS_COMPLETE_YES;
      case INVALID -> IS_COMPLETE_BAD;
      case INCOMPLETE -> ""; // incomplete, and the next line needs no indent
    };
  }

  private static String code(String code) {
    return code == null ? "" : code;
  }
}
