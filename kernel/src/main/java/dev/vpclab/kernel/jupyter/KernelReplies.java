package dev.vpclab.kernel.jupyter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.ContentType;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;

/**
 * Where a request's replies and outputs go. Fixes defect 6 (second half): the library stamps each
 * header's {@code date} as {@code yyyy-MM-ddTHH:mm+0000}, without seconds. Every message the kernel
 * sends is built here instead, dated to the microsecond in ISO 8601 as ipykernel dates them, and
 * sent under the kernel's own session ID.
 */
final class KernelReplies extends ShellReplyEnvironment {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final String session;

  KernelReplies(
      ShellChannel shell,
      StdinChannel stdin,
      JupyterSocket iopub,
      MessageContext request,
      String session) {
    super(shell, stdin, iopub, request);
    this.session = session;
  }

  @Override
  public <T extends ContentType<T>> void publish(T content) {
    publish(message(session, getContext(), content.getType(), content));
  }

  @Override
  public <T extends ContentType<T>> void reply(T content) {
    reply(message(session, getContext(), content.getType(), content));
  }

  @Override
  public void replyError(MessageType<?> type, ErrorReply error) {
    reply(message(session, getContext(), type, error));
  }

  /** Replies with content the library has no class for (or none with a {@code status}). */
  void replyWith(MessageType<?> type, Object content) {
    reply(message(session, getContext(), type, content));
  }

  /**
   * A message of the kernel's, the answer to {@code request} (null for one nobody asked for, such
   * as the {@code starting} status).
   */
  @SuppressWarnings({"unchecked", "rawtypes"}) // Message<T> pairs a type with its content class
  static Message<?> message(
      String session, MessageContext request, MessageType<?> type, Object content) {
    Header header =
        new Header(
            UUID.randomUUID().toString(),
            Header.KERNEL_USERNAME,
            session,
            new KernelTimestamp(DATE.format(Instant.now())),
            type,
            Header.PROTOCOL_VERISON);
    return new Message(
        request == null ? List.of() : request.getIdentities(),
        header,
        request == null ? null : request.getHeader(),
        null,
        content,
        null);
  }
}
