package dev.vpclab.trace;

import dev.vpclab.model.ec2.VpcEndpoint;
import dev.vpclab.net.Ipv4;
import java.util.List;
import java.util.Optional;

/**
 * Where a connection got: every step on the way out and back, whether it was delivered, and what
 * the far end saw of it — the source address (the NAT gateway's Elastic IP, an instance's public
 * IP, a private IP through an endpoint) and the gateway endpoint it came through, which is what
 * {@code aws:SourceIp}, {@code aws:SourceVpce} and {@code aws:SourceVpc} conditions test — and
 * which instance received the connection, if one did.
 */
public record Path(
    List<Step> steps,
    boolean delivered,
    Optional<Ipv4> seenSource,
    Optional<VpcEndpoint> endpoint,
    Optional<String> sourceVpc,
    Optional<String> receiver) {

  public Path {
    steps = List.copyOf(steps);
  }

  /** The step that stopped the connection. */
  public Optional<Step> failure() {
    return steps.stream().filter(Step::failed).findFirst();
  }
}
