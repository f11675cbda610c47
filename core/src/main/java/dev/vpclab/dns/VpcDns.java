package dev.vpclab.dns;

import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.NetworkIndex;
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
    return resolve(NetworkIndex.of(view), vpc, name);
  }

  /** As {@link #resolve(View, Vpc, String)}, over an index kept between calls. */
  public static Lookup resolve(NetworkIndex network, Vpc vpc, String name) {
    if (!vpc.dnsSupport()) {
      return new Lookup.ResolverOff(vpc);
    }
    Optional<Instance> own = network.instanceNamed(vpc.id(), name.toLowerCase());
    if (own.isPresent()) {
      return new Lookup.Resolved(Answer.host(name, own.get().privateIp()));
    }
    return PublicDns.resolve(name)
        .<Lookup>map(Lookup.Resolved::new)
        .orElse(new Lookup.NoSuchName(name));
  }
}
