package dev.vpclab.assist;

import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.session.ResourceRows;
import java.util.ArrayList;
import java.util.List;

/**
 * Where {@code ssh} and {@code scp} go: {@code ec2-user@}, then the addresses of the instances that
 * run, public and private, each described by the instance's Name tag; the key after {@code -i} and
 * scp's local files are files of the machine.
 */
final class SshTargets {
  private SshTargets() {}

  static Offer complete(Snapshot snapshot, Target target) {
    List<String> preceding = target.preceding();
    String text = target.text();
    if (preceding.get(preceding.size() - 1).equals("-i")) {
      return FileNames.complete(snapshot.here(), text, 0, false);
    }
    int at = text.indexOf('@');
    if (at >= 0) {
      return new Offer(at + 1, hosts(snapshot, target.command().equals("scp") ? ":" : ""));
    }
    if (text.startsWith("-")) {
      return Offer.NONE;
    }
    Offer files = FileNames.complete(snapshot.here(), text, 0, false);
    if (files.stem() > 0) {
      return files;
    }
    var out = new ArrayList<Candidate>();
    out.add(Candidate.partial("ec2-user@", "users", "the user of Amazon Linux instances"));
    out.addAll(files.candidates());
    return Offer.whole(out);
  }

  /** The addresses of running instances; scp's end with the {@code :} before the remote path. */
  private static List<Candidate> hosts(Snapshot snapshot, String suffix) {
    var out = new ArrayList<Candidate>();
    snapshot
        .world()
        .all(Instance.class)
        .filter(i -> i.state() == Instance.State.RUNNING)
        .forEach(
            instance -> {
              String name =
                  ResourceRows.describe(snapshot.world(), instance)
                      .map(row -> row.name().isEmpty() ? instance.id() : row.name())
                      .orElse(instance.id());
              Addressing.publicIp(snapshot.world(), instance)
                  .ifPresent(ip -> out.add(host(ip + suffix, name + ", public", suffix)));
              out.add(host(instance.privateIp().toString() + suffix, name + ", private", suffix));
            });
    return out;
  }

  private static Candidate host(String address, String description, String suffix) {
    return suffix.isEmpty()
        ? Candidate.described(address, "instances", description)
        : Candidate.partial(address, "instances", description);
  }
}
