package dev.vpclab.dns;

import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Addressing;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.Vpc;
import java.util.Optional;

/**
 * The Amazon-provided resolver of a VPC (VPC+2 and 169.254.169.253): off when the VPC's {@code
 * enableDnsSupport} is false; answers the VPC's own {@code ip-…compute.internal} names; answers an
 * instance's public DNS name with its private address from inside its VPC (split horizon); and the
 * internet's names like any resolver.
 */
public final class VpcDns {
  private VpcDns() {}

  /** Why a name did not resolve, or its answer. */
  public sealed interface Lookup {
    record Resolved(Answer answer) implements Lookup {}

    /** The VPC's resolver is turned off: nothing resolves. */
    record ResolverOff(Vpc vpc) implements Lookup {}

    /** No such name (NXDOMAIN). */
    record NoSuchName(String name) implements Lookup {}
  }

  public static Lookup resolve(View view, Vpc vpc, String name) {
    if (!vpc.dnsSupport()) {
      return new Lookup.ResolverOff(vpc);
    }
    String lower = name.toLowerCase();
    Optional<Instance> own =
        view.all(Instance.class, vpc.region())
            .filter(i -> i.vpcId().equals(vpc.id()) && !i.isTerminated())
            .filter(
                i ->
                    lower.equals(Addressing.privateDnsName(i.privateIp(), vpc.region()))
                        || lower.equals(
                            Addressing.publicDnsName(
                                view,
                                vpc.id(),
                                Addressing.publicIp(view, i).orElse(i.privateIp()),
                                vpc.region())))
            .findFirst();
    if (own.isPresent()) {
      return new Lookup.Resolved(Answer.host(name, own.get().privateIp()));
    }
    return PublicDns.resolve(name)
        .<Lookup>map(Lookup.Resolved::new)
        .orElse(new Lookup.NoSuchName(name));
  }
}
