package dev.vpclab.iam;

import dev.vpclab.net.Ipv4;
import java.util.Optional;

/**
 * Where a request came from, as the service sees it: through which VPC endpoint of which VPC, if
 * any, from which address, and over TLS or not. Through a VPC endpoint the service sees the
 * instance's private address; over the internet, the NAT gateway's Elastic IP or the instance's
 * public IP.
 */
public record RequestContext(
    Optional<String> sourceVpce,
    Optional<String> sourceVpc,
    Optional<Ipv4> sourceIp,
    boolean secureTransport) {

  /** A call over the internet from a public address, over HTTPS as the CLI makes it. */
  public static RequestContext fromInternet(Ipv4 publicIp) {
    return new RequestContext(Optional.empty(), Optional.empty(), Optional.of(publicIp), true);
  }

  /** A call through a VPC endpoint from a private address, over HTTPS as the CLI makes it. */
  public static RequestContext throughEndpoint(String vpceId, String vpcId, Ipv4 privateIp) {
    return new RequestContext(
        Optional.of(vpceId), Optional.of(vpcId), Optional.of(privateIp), true);
  }

  public boolean throughEndpoint() {
    return sourceVpce.isPresent();
  }
}
