package dev.vpclab.netcmds;

import dev.vpclab.dns.Answer;
import dev.vpclab.hosts.NetworkTrace;
import dev.vpclab.hosts.Origin;
import dev.vpclab.model.View;
import dev.vpclab.model.World;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.Command;
import dev.vpclab.shell.CommandResult;
import dev.vpclab.shell.Invocation;
import dev.vpclab.shell.fs.FsResult;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Component.Kind;
import dev.vpclab.trace.Path;
import dev.vpclab.trace.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code curl URL}: the instance metadata service at 169.254.169.254 from an instance (link-local,
 * never through the VPC), or any other host through DNS and the one path walker, printing what curl
 * prints when the connection fails (the version's own wording) and, when it gets through, the
 * answer. vpclab simulates no web content beyond the metadata service: a connection that succeeds
 * to anything else prints nothing and says so in a note.
 */
public final class Curl implements Command {
  private final Supplier<World> world;

  public Curl(Supplier<World> world) {
    this.world = world;
  }

  /** What one URL came to: an HTTP answer, or curl's error. */
  sealed interface Exchange {
    /** vpclab's word to add after curl's output, if any. */
    Optional<String> note();

    record Replied(HttpReply reply, Map<String, String> headers, Optional<String> note)
        implements Exchange {}

    record Failed(int code, String message, Optional<String> note) implements Exchange {}
  }

  @Override
  public CommandResult run(Invocation invocation) {
    CurlArgs.Parsed parsed = CurlArgs.parse(invocation.args());
    if (parsed instanceof CurlArgs.Parsed.Usage usage) {
      return CommandResult.error(usage.stderr(), 2);
    }
    CurlArgs args = ((CurlArgs.Parsed.Ok) parsed).args();
    View view = world.get();
    Origin origin = Origin.of(view, invocation);
    Platform platform = Platform.of(origin);
    var notes = new ArrayList<Note>();
    CurlOutput.Sink sink =
        new CurlOutput.Sink() {
          @Override
          public void out(String text) {
            if (!text.isEmpty()) {
              invocation.out(text);
            }
          }

          @Override
          public void err(String text) {
            if (!text.isEmpty()) {
              invocation.err(text);
            }
          }
        };
    int status = 0;
    for (String text : args.urls()) {
      Optional<Url> url = Url.parse(text);
      if (url.isEmpty()) {
        status = 3;
        if (args.reportsErrors()) {
          invocation.err("curl: (3) URL using bad/illegal format or missing URL\n");
        }
        continue;
      }
      var steps = new ArrayList<Step>();
      Exchange exchange = exchange(view, origin, platform, args, url.get(), invocation, steps);
      String title = "curl " + args.requestMethod() + " " + text;
      NetworkTrace.record(invocation, title, outcome(exchange), steps);
      var transfer =
          new CurlOutput(args, platform, url.get(), invocation.stdoutIsTerminal(), view.now());
      status = transfer.render(exchange, sink);
      exchange.note().ifPresent(n -> notes.add(Note.info(n)));
      if (status == 0 && args.output().isPresent()) {
        status = save(invocation, args.output().get(), transfer.body(exchange), args);
      }
    }
    return new CommandResult("", "", status, notes);
  }

  private static String outcome(Exchange exchange) {
    if (exchange instanceof Exchange.Replied r) {
      return r.reply().status() + " " + r.reply().reason();
    }
    return "curl: (" + ((Exchange.Failed) exchange).code() + ")";
  }

  private Exchange exchange(
      View view,
      Origin origin,
      Platform platform,
      CurlArgs args,
      Url url,
      Invocation invocation,
      List<Step> steps) {
    Optional<Instance> instance = origin.instance();
    if (instance.isPresent() && url.host().equals(MetadataService.ADDRESS.toString())) {
      return metadata(view, instance.get(), args, url, invocation, steps);
    }
    Optional<Answer> answer = origin.resolve(view, url.host(), steps);
    if (answer.isEmpty()) {
      return new Exchange.Failed(6, "Could not resolve host: " + url.host(), Optional.empty());
    }
    Path path = origin.connect(view, answer.get().address(), url.port(), url.host());
    steps.addAll(path.steps());
    if (!path.delivered()) {
      return ConnectFailure.timedOut(platform, args, url);
    }
    if (path.receiver().isPresent()) {
      return atInstance(view, platform, path.receiver().get(), url, steps);
    }
    steps.add(
        Step.pass(
            Component.of(Kind.SERVICE, url.host(), null),
            "accepts the connection on port " + url.port()));
    return new Exchange.Replied(
        new HttpReply(200, "OK", "text/html", ""),
        Map.of(),
        Optional.of(
            "connected to "
                + url.host()
                + ":"
                + url.port()
                + "; vpclab simulates no web content there, so curl prints nothing here"));
  }

  /** An instance answers on port 22 only: sshd. Anything else is refused by its kernel. */
  private static Exchange atInstance(
      View view, Platform platform, String instanceId, Url url, List<Step> steps) {
    Component instance = Component.named(Kind.INSTANCE, instanceId, view);
    if (url.port() == 22) {
      steps.add(Step.pass(instance, "sshd listens on port 22 and answers in SSH, not HTTP"));
      return new Exchange.Failed(1, "Received HTTP/0.9 when not allowed", Optional.empty());
    }
    steps.add(
        Step.fail(
            instance,
            "nothing listens on TCP " + url.port() + " (vpclab's instances run only sshd, on 22)",
            "NO_LISTENER"));
    return ConnectFailure.refused(platform, url);
  }

  private static Exchange metadata(
      View view,
      Instance instance,
      CurlArgs args,
      Url url,
      Invocation invocation,
      List<Step> steps) {
    steps.add(
        Step.info(
            Component.of(Kind.METADATA_SERVICE, instance.id(), null),
            "169.254.169.254 is link-local: the hypervisor answers it, so no route table, network"
                + " ACL or security group is on the way"));
    var headers = new LinkedHashMap<String, String>();
    args.headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    String method = args.requestMethod();
    MetadataService.Answer answer =
        MetadataService.handle(
            view,
            instance,
            new MetadataService.Request(method, url.path(), headers),
            invocation.now());
    steps.add(answer.step());
    return new Exchange.Replied(answer.reply(), answer.headers(), Optional.empty());
  }

  private static int save(Invocation invocation, String file, String body, CurlArgs args) {
    if (file.equals("/dev/null")) {
      return 0;
    }
    FsResult<dev.vpclab.shell.fs.FileSystem> written =
        invocation
            .files()
            .write(invocation.resolve(file), body, false, invocation.principal(), invocation.now());
    if (!written.isOk()) {
      if (args.reportsErrors()) {
        invocation.err(
            "Warning: Failed to open the file "
                + file
                + ": "
                + written.error().message()
                + "\ncurl: (23) Failure writing output to destination\n");
      }
      return 23;
    }
    invocation.setFiles(written.get());
    return 0;
  }
}
