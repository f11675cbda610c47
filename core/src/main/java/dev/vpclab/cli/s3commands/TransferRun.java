package dev.vpclab.cli.s3commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.ApiClient;
import dev.vpclab.cli.AwsHost;
import dev.vpclab.cli.Reply;
import dev.vpclab.cli.api.Request;
import dev.vpclab.outcome.Note;
import dev.vpclab.shell.CommandResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One run of a transfer command after its checks: the paths formatted as {@code FileFormat} does,
 * the files listed (and, for sync, compared), then each one uploaded, downloaded, copied or deleted
 * with its own requests, and reported as the CLI's {@code ResultPrinter} reports it: {@code upload:
 * ./f to s3://b/f} on standard output, {@code upload failed: ... ERROR} on standard error. Exit
 * status 1 after a failure, 2 after only warnings.
 */
final class TransferRun {
  /** What the command was asked to do. */
  record Options(
      String command,
      boolean recursive,
      boolean dryRun,
      boolean quiet,
      boolean onlyShowErrors,
      Optional<String> contentType,
      boolean guessContentType,
      boolean delete,
      boolean sizeOnly) {

    boolean isMove() {
      return command.equals("mv");
    }
  }

  /** A path formatted for the file generator, and whether files keep their own names there. */
  private record Root(String path, boolean local, boolean useSourceName) {}

  private final ApiClient client;
  private final AwsHost host;
  private final Options options;
  private final FileLister lister;
  private final StringBuilder out = new StringBuilder();
  private final StringBuilder err = new StringBuilder();
  private int failures;
  private boolean showedProgress;

  TransferRun(ApiClient client, AwsHost host, Options options) {
    this.client = client;
    this.host = host;
    this.options = options;
    this.lister = new FileLister(client, host);
  }

  CommandResult run(String src, String dest) {
    Root from = root(src);
    Root to = root(dest);
    FileLister.Listing listing = list(from);
    List<FileInfo> files = new ArrayList<>();
    if (listing instanceof FileLister.Listing.Files found) {
      files.addAll(infos(found.found(), from, to));
      if (options.command().equals("sync")) {
        FileLister.Listing existing = list(to);
        if (existing instanceof FileLister.Listing.Files there) {
          files = SyncComparison.select(files, infos(there.found(), to, from), options);
        } else {
          listing = existing;
        }
      }
    }
    lister.warnings().forEach(w -> err.append(w).append('\n'));
    if (listing instanceof FileLister.Listing.Fatal fatal) {
      err.append("fatal error: ").append(fatal.message()).append('\n');
      return result(1);
    }
    files.forEach(this::submit);
    return result(failures > 0 ? 1 : lister.warnings().isEmpty() ? 0 : 2);
  }

  private CommandResult result(int status) {
    var notes = new ArrayList<>(client.notes());
    if (showedProgress
        && !options.quiet()
        && !options.onlyShowErrors()
        && !host.stdoutIsTerminal()) {
      notes.add(
          Note.info(
              "The real CLI also writes its progress line (\"Completed ... remaining\" and a"
                  + " carriage return) into a pipe or file; vpclab leaves it out."));
    }
    return new CommandResult(out.toString(), err.toString(), status, notes);
  }

  /** {@code FileFormat.local_format} and {@code s3_format}. */
  private Root root(String path) {
    if (S3Uri.isS3(path)) {
      String s3 = path.substring(S3Uri.SCHEME.length());
      if (options.recursive() && !s3.endsWith("/")) {
        s3 += "/";
      }
      return new Root(s3, false, s3.endsWith("/"));
    }
    String absolute = host.absolute(path);
    boolean directory = host.stat(path).map(AwsHost.FileStat::directory).orElse(false);
    String withSlash = absolute.endsWith("/") ? absolute : absolute + "/";
    if (directory || options.recursive() || path.endsWith("/")) {
      return new Root(withSlash, true, true);
    }
    return new Root(absolute, true, false);
  }

  private FileLister.Listing list(Root root) {
    return root.local()
        ? lister.local(root.path(), options.recursive())
        : lister.s3(root.path(), options.recursive(), options.command().equals("rm"));
  }

  /** {@code find_dest_path_comp_key}: where each file goes, and its key for sync. */
  private List<FileInfo> infos(List<FileLister.Found> found, Root from, Root to) {
    var infos = new ArrayList<FileInfo>();
    for (FileLister.Found file : found) {
      String relative =
          options.recursive()
              ? file.path().substring(from.path().length())
              : file.path().substring(file.path().lastIndexOf('/') + 1);
      String dest = to.useSourceName() ? to.path() + relative : to.path();
      infos.add(
          new FileInfo(
              file.path(), dest, relative, file.size(), file.lastUpdate(), operation(from, to)));
    }
    return infos;
  }

  private FileInfo.Operation operation(Root from, Root to) {
    if (options.command().equals("rm")) {
      return FileInfo.Operation.DELETE;
    }
    if (from.local()) {
      return FileInfo.Operation.UPLOAD;
    }
    return to.local() ? FileInfo.Operation.DOWNLOAD : FileInfo.Operation.COPY;
  }

  private void submit(FileInfo file) {
    String label = options.isMove() ? "move" : file.operation().label;
    String location = location(file);
    if (options.dryRun()) {
      print("(dryrun) " + label + ": " + location);
      return;
    }
    Optional<String> error = perform(file);
    if (error.isPresent()) {
      failures++;
      if (!options.quiet()) {
        err.append(label).append(" failed: ").append(location).append(' ');
        err.append(error.get()).append('\n');
      }
      return;
    }
    showedProgress |= file.operation() != FileInfo.Operation.DELETE;
    print(label + ": " + location);
  }

  private void print(String line) {
    if (!options.quiet() && !options.onlyShowErrors()) {
      out.append(line).append('\n');
    }
  }

  /** {@code ./f to s3://b/f}, or just {@code s3://b/f} for a delete. */
  private String location(FileInfo file) {
    boolean localSource = file.operation() == FileInfo.Operation.UPLOAD || isLocalDelete(file);
    String src = localSource ? local(file.src()) : "s3://" + file.src();
    if (file.operation() == FileInfo.Operation.DELETE) {
      return src;
    }
    String dest =
        file.operation() == FileInfo.Operation.DOWNLOAD
            ? local(file.dest())
            : "s3://" + file.dest();
    return src + " to " + dest;
  }

  private boolean isLocalDelete(FileInfo file) {
    return file.operation() == FileInfo.Operation.DELETE && file.src().startsWith("/");
  }

  private String local(String path) {
    return LocalPaths.relative(path, host.cwd());
  }

  /** The requests for one file; the error text when one fails. */
  private Optional<String> perform(FileInfo file) {
    return switch (file.operation()) {
      case UPLOAD -> upload(file);
      case DOWNLOAD -> download(file);
      case COPY -> copy(file);
      case DELETE -> isLocalDelete(file) ? host.delete(file.src()) : deleteObject(file.src());
    };
  }

  private Optional<String> upload(FileInfo file) {
    Optional<AwsHost.FileStat> stat = host.stat(file.src());
    if (stat.isPresent() && stat.get().directory()) {
      return Optional.of("[Errno 21] Is a directory: '" + file.src() + "'");
    }
    Optional<String> content = host.readFile(file.src());
    if (content.isEmpty()) {
      return Optional.of("[Errno 13] Permission denied: '" + file.src() + "'");
    }
    S3Uri to = S3Uri.parse(file.dest());
    ObjectNode params =
        Request.object().put("Bucket", to.bucket()).put("Key", to.key()).put("Body", content.get());
    options
        .contentType()
        .or(
            () ->
                options.guessContentType() ? LocalPaths.contentType(file.src()) : Optional.empty())
        .ifPresent(type -> params.put("ContentType", type));
    Optional<String> failed = failure(client.send("PutObject", params));
    return failed.isPresent() || !options.isMove() ? failed : host.delete(file.src());
  }

  private Optional<String> download(FileInfo file) {
    S3Uri from = S3Uri.parse(file.src());
    Reply reply =
        client.send(
            "GetObject", Request.object().put("Bucket", from.bucket()).put("Key", from.key()));
    if (reply.response().isEmpty()) {
      return Optional.of(reply.errorText());
    }
    ObjectNode object = reply.response().get();
    Optional<String> failed =
        host.save(
            file.dest(),
            object.path("Body").asText(),
            true,
            Optional.of(Instant.parse(object.path("LastModified").asText())));
    return failed.isPresent() || !options.isMove() ? failed : deleteObject(file.src());
  }

  private Optional<String> copy(FileInfo file) {
    S3Uri to = S3Uri.parse(file.dest());
    ObjectNode params =
        Request.object()
            .put("Bucket", to.bucket())
            .put("Key", to.key())
            .put("CopySource", file.src());
    Optional<String> failed = failure(client.send("CopyObject", params));
    return failed.isPresent() || !options.isMove() ? failed : deleteObject(file.src());
  }

  private Optional<String> deleteObject(String path) {
    S3Uri uri = S3Uri.parse(path);
    return failure(
        client.send(
            "DeleteObject", Request.object().put("Bucket", uri.bucket()).put("Key", uri.key())));
  }

  private static Optional<String> failure(Reply reply) {
    return reply.response().isPresent() ? Optional.empty() : Optional.of(reply.errorText());
  }
}
