package dev.vpclab.dns;

import dev.vpclab.net.Ipv4;
import java.util.Optional;

/**
 * What a name resolved to, and what answers there: an AWS service in a region ({@code s3}, {@code
 * us-east-2}), an instance, or some host on the internet.
 */
public record Answer(String name, Ipv4 address, Optional<String> service, Optional<String> region) {

  public static Answer host(String name, Ipv4 address) {
    return new Answer(name, address, Optional.empty(), Optional.empty());
  }

  public static Answer service(String name, Ipv4 address, String service, String region) {
    return new Answer(name, address, Optional.of(service), Optional.of(region));
  }
}
