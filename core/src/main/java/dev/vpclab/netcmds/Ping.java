package dev.vpclab.netcmds;

import dev.vpclab.dns.Answer;
import dev.vpclab.dns.VpcDns;
import dev.vpclab.hosts.NetworkTrace;
import dev.vpclab.hosts.Origin;
import dev.vpclab.model.Ids;
import dev.vpclab.model.View;
import dev.vpclab.model.World;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.trace.Path;
import dev.vpclab.trace.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code ping [-c COUNT] HOST}: ICMP echo requests through the one path walker (security groups and
 * network ACLs must allow ICMP both ways), printed as iputils ping prints them: the {@code PING}
 * line, one line per reply, and the statistics (100% packet loss and status 1 when nothing comes
 * back). Real ping without {@code -c} runs until Ctrl-C; vpclab stops it after 4 and says so.
 * Round-trip times are made up but stable: about half a millisecond inside a VPC, a dozen across
 * the internet. Formats from iputils ping.c (checked with iputils 20221126 on loopback).
 */
public final class Ping implements Command {
  private static final int UNTIL_INTERRUPTED = 4;

  private final Supplier<World> world;

  public Ping(Supplier<World> world) {
    this.world = world;
  }

  @Override
  public CommandResult run(Invocation invocation) {
    List<String> words = invocation.args();
    Integer count = null;
    String host = null;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("-c") && i + 1 < words.size()) {
        count = positive(words.get(++i));
      } else if (word.startsWith("-c") && word.length() > 2) {
        count = positive(word.substring(2));
      } else if ((word.equals("-W") || word.equals("-i") || word.equals("-w"))
          && i + 1 < words.size()) {
        i++;
      } else if (!word.startsWith("-")) {
        host = word;
      }
      if (count != null && count < 0) {
        return CommandResult.error(
            "ping: invalid argument: '" + words.get(i).replaceFirst("^-c", "") + "'\n", 1);
      }
    }
    if (host == null) {
      return CommandResult.error("ping: usage error: Destination address required\n", 1);
    }
    View view = world.get();
    Origin origin = Origin.of(view, invocation);
    var steps = new ArrayList<Step>();
    Optional<Answer> answer = origin.resolve(view, host, steps);
    String title = "ping " + host + " (ICMP echo)";
    if (answer.isEmpty()) {
      NetworkTrace.record(invocation, title, "unknown host", steps);
      String words2 =
          origin.lookup(view, host) instanceof VpcDns.Lookup.ResolverOff
              ? "Temporary failure in name resolution"
              : "Name or service not known";
      return CommandResult.error("ping: " + host + ": " + words2 + "\n", 2);
    }
    String ip = answer.get().address().toString();
    Path path = origin.ping(view, answer.get().address(), host);
    steps.addAll(path.steps());
    int sent = count == null ? UNTIL_INTERRUPTED : count;
    int received = path.delivered() ? sent : 0;
    NetworkTrace.record(invocation, title, received + " of " + sent + " replies", steps);
    boolean inVpc = origin.instance().isPresent() && path.receiver().isPresent();
    String from = host.equals(ip) ? ip : ip + " (" + ip + ")";
    if (host.endsWith(".compute.internal") || host.endsWith(".ec2.internal")) {
      from = host + " (" + ip + ")";
    }
    var out = new StringBuilder();
    out.append("PING ").append(host).append(" (").append(ip).append(") 56(84) bytes of data.\n");
    var times = new ArrayList<Long>();
    for (int seq = 1; seq <= received; seq++) {
      long micros = roundTrip(ip, seq, inVpc);
      times.add(micros);
      out.append("64 bytes from ")
          .append(from)
          .append(": icmp_seq=")
          .append(seq)
          .append(" ttl=")
          .append(inVpc ? 64 : 52)
          .append(" time=")
          .append(triptime(micros))
          .append(" ms\n");
    }
    long elapsed = (sent - 1) * 1000L + (received == 0 ? 55 : 4);
    out.append("\n--- ")
        .append(host)
        .append(" ping statistics ---\n")
        .append(sent)
        .append(" packets transmitted, ")
        .append(received)
        .append(" received, ")
        .append(received == 0 ? 100 : 0)
        .append("% packet loss, time ")
        .append(sent == 1 ? 0 : elapsed)
        .append("ms\n");
    if (!times.isEmpty()) {
      out.append(statistics(times)).append('\n');
    }
    var notes = new ArrayList<Note>();
    if (count == null) {
      notes.add(
          Note.info(
              "without -c the real ping keeps going until Ctrl-C; vpclab stopped it after "
                  + UNTIL_INTERRUPTED));
    }
    return new CommandResult(out.toString(), "", received == 0 ? 1 : 0, notes);
  }

  private static Integer positive(String text) {
    return text.matches("\\d{1,6}") && Integer.parseInt(text) > 0 ? Integer.parseInt(text) : -1;
  }

  /** A stable round trip in microseconds. */
  private static long roundTrip(String ip, int seq, boolean inVpc) {
    byte[] d = Ids.digest("ping/" + ip + "/" + seq);
    int jitter = ((d[0] & 0xff) << 8 | (d[1] & 0xff)) % 400;
    return inVpc ? 300 + jitter : 11_000 + jitter * 5;
  }

  /** iputils' precision: 0.512, 1.42, 12.3, 123. */
  static String triptime(long micros) {
    if (micros >= 100_000 - 50) {
      return Long.toString((micros + 500) / 1000);
    }
    if (micros >= 10_000 - 5) {
      return String.format("%d.%01d", (micros + 50) / 1000, ((micros + 50) % 1000) / 100);
    }
    if (micros >= 1000) {
      return String.format("%d.%02d", (micros + 5) / 1000, ((micros + 5) % 1000) / 10);
    }
    return String.format("%d.%03d", micros / 1000, micros % 1000);
  }

  /** {@code rtt min/avg/max/mdev = 0.302/0.459/0.611/0.113 ms}. */
  static String statistics(List<Long> times) {
    long min = times.stream().mapToLong(Long::longValue).min().orElse(0);
    long max = times.stream().mapToLong(Long::longValue).max().orElse(0);
    double avg = times.stream().mapToLong(Long::longValue).average().orElse(0);
    double squares = times.stream().mapToDouble(t -> (double) t * t).average().orElse(0);
    long mdev = Math.round(Math.sqrt(Math.max(0, squares - avg * avg)));
    return "rtt min/avg/max/mdev = "
        + millis(min)
        + "/"
        + millis(Math.round(avg))
        + "/"
        + millis(max)
        + "/"
        + millis(mdev)
        + " ms";
  }

  private static String millis(long micros) {
    return String.format("%d.%03d", micros / 1000, micros % 1000);
  }
}
