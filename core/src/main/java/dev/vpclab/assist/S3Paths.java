package dev.vpclab.assist;

import dev.vpclab.model.s3.Bucket;
import java.util.ArrayList;

/**
 * The paths {@code aws s3} commands take: {@code s3://} then bucket names, then the keys in the
 * bucket one folder ({@code /}-separated prefix) at a time, as {@code aws s3 ls} shows them; any
 * other word is a local file.
 */
final class S3Paths {
  private S3Paths() {}

  /** {@code s3://bucket/key} paths, or local files (and the {@code s3://} scheme) otherwise. */
  static Offer complete(Snapshot snapshot, String text) {
    if (!text.startsWith("s3://")) {
      Offer files = FileNames.complete(snapshot.here(), text, 0, false);
      var out = new ArrayList<Candidate>();
      out.add(Candidate.partial("s3://", "s3", "a bucket or object"));
      out.addAll(files.candidates());
      return files.stem() == 0 ? new Offer(0, out) : files;
    }
    String rest = text.substring(5);
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return new Offer(
          5,
          snapshot
              .world()
              .all(Bucket.class)
              .map(b -> Candidate.partial(b.name() + "/", "buckets", b.region()))
              .toList());
    }
    String bucketName = rest.substring(0, slash);
    String key = rest.substring(slash + 1);
    String folder = key.substring(0, key.lastIndexOf('/') + 1);
    var out = new ArrayList<Candidate>();
    snapshot
        .world()
        .all(Bucket.class)
        .filter(b -> b.name().equals(bucketName))
        .forEach(
            b ->
                b.objects().keySet().stream()
                    .filter(k -> k.startsWith(folder))
                    .map(k -> k.substring(folder.length()))
                    .forEach(
                        name -> {
                          int next = name.indexOf('/');
                          out.add(
                              next >= 0
                                  ? Candidate.partial(name.substring(0, next + 1), "objects", "")
                                  : Candidate.of(name, "objects"));
                        }));
    return new Offer(5 + slash + 1 + folder.length(), out);
  }
}
