package dev.vpclab.kernel.jupyter;

import com.google.gson.annotations.SerializedName;
import dev.vpclab.kernel.CellHistory;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.reply.CommInfoReply;
import org.dflib.jjava.jupyter.messages.reply.InterruptReply;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;

/**
 * Fixes defect 1: the library's kernel_info, comm_info, interrupt, shutdown and history replies
 * have no {@code status}, which every reply must carry ({@code jupyter_kernel_test} fails without
 * it). Each is the library's reply with {@code status: "ok"} added, or written out where the
 * library's cannot be extended (shutdown_reply's constructor is private) or is wrong (history).
 */
final class OkReplies {
  private OkReplies() {}

  static final class KernelInfo extends KernelInfoReply {
    @SuppressWarnings("unused") // serialized
    private final String status = "ok";

    KernelInfo(
        String implementation,
        String version,
        LanguageInfo language,
        String banner,
        List<HelpLink> helpLinks) {
      super(Header.PROTOCOL_VERISON, implementation, version, language, banner, helpLinks);
    }
  }

  static final class CommInfo extends CommInfoReply {
    @SuppressWarnings("unused") // serialized
    private final String status = "ok";

    CommInfo(Map<String, CommInfoReply.CommInfo> comms) {
      super(comms);
    }
  }

  static final class Interrupt extends InterruptReply {
    @SuppressWarnings("unused") // serialized
    private final String status = "ok";
  }

  /**
   * The content of a history_reply. Written out too: the library serializes its {@code
   * HistoryEntry}s as objects, where the protocol wants {@code [session, line, input]} tuples
   * ({@code [session, line, [input, output]]} with output).
   */
  record History(String status, List<List<Object>> history) {
    static History ok(List<CellHistory.Entry> entries, boolean withOutput) {
      return new History(
          "ok",
          entries.stream()
              .map(
                  e ->
                      List.<Object>of(
                          e.session(),
                          e.count(),
                          withOutput ? List.of(e.input(), e.output()) : e.input()))
              .toList());
    }
  }

  /** The content of a shutdown_reply. */
  record Shutdown(String status, boolean restart) {
    static Shutdown ok(boolean restart) {
      return new Shutdown("ok", restart);
    }
  }

  /** What a request queued behind a failed cell gets, as ipykernel answers it. */
  record Aborted(String status) {
    static final Aborted INSTANCE = new Aborted("aborted");
  }

  /** The content of the {@code _jupyter_types_experimental} completion metadata, per match. */
  record TypedMatch(
      int start, int end, String text, String type, @SerializedName("signature") String detail) {}
}
