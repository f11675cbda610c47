package dev.vpclab.cli;

import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.ec2.Ec2Compute;
import dev.vpclab.cli.ec2.Ec2Networking;
import dev.vpclab.cli.ec2.Vpcs;
import dev.vpclab.cli.spec.ServiceSpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every service vpclab simulates: its model (loaded on first use and shared, since it never
 * changes) and the table of handlers that serve its operations.
 */
public final class Services {
  private static final Handlers HANDLERS =
      Handlers.builder()
          .add(new Vpcs())
          .add(new Ec2Compute())
          .add(new Ec2Networking())
          .add(new IdentityAndDataServices())
          .build();

  private static final java.util.List<String> MODELLED =
      java.util.List.of("ec2", "iam", "s3api", "sts", "ssm", "dynamodb");

  private final Map<String, ServiceSpec> specs = new ConcurrentHashMap<>();

  private static final Services SHARED = new Services();

  private Services() {}

  /** The one shared catalogue; it only caches immutable models. */
  public static Services shared() {
    return SHARED;
  }

  public Handlers handlers() {
    return HANDLERS;
  }

  /** The services the CLI can call, plus its own commands, in the order {@code aws help} lists. */
  public java.util.List<String> names() {
    var all = new java.util.ArrayList<>(MODELLED);
    all.add("configure");
    all.add("s3");
    all.sort(null);
    return all;
  }

  /** The model of a service the CLI can call, by its CLI name ({@code ec2}, {@code s3api}). */
  public Optional<ServiceSpec> spec(String cliName) {
    if (!MODELLED.contains(cliName)) {
      return Optional.empty();
    }
    return Optional.of(specs.computeIfAbsent(cliName, ServiceSpec::load));
  }
}
