package dev.vpclab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Principal;
import dev.vpclab.cli.spec.OperationSpec;
import dev.vpclab.dns.Answer;
import dev.vpclab.dns.PublicDns;
import dev.vpclab.dns.VpcDns;
import dev.vpclab.hosts.Imds;
import dev.vpclab.hosts.Internet;
import dev.vpclab.iam.Authorization;
import dev.vpclab.iam.Caller;
import dev.vpclab.iam.Decision;
import dev.vpclab.iam.PolicyResult;
import dev.vpclab.iam.RequestContext;
import dev.vpclab.iam.action.ApiCall;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.Vpc;
import dev.vpclab.net.Ipv4;
import dev.vpclab.trace.Component;
import dev.vpclab.trace.Component.Kind;
import dev.vpclab.trace.Path;
import dev.vpclab.trace.Reach;
import dev.vpclab.trace.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The way one request goes from the CLI to the service, judged in the order a real call meets each
 * thing (issue "Calls from an instance"): credentials (the environment, ~/.aws, or the instance
 * profile through the metadata service), region and endpoint per CLI version, DNS, the network
 * path, then the endpoint, identity and bucket policies. The steps it records are the trace the
 * learner can ask about; the verdict says whether the service gets to answer.
 */
final class RequestPath {
  private final AwsHost host;
  private final CliConfig config;
  private final OperationSpec op;
  private final ObjectNode params;
  private final String region;
  private final List<Step> steps = new ArrayList<>();

  /** Where the request ends before the service answers, or the go-ahead. */
  sealed interface Verdict {
    /** Nothing reached the service: the CLI prints {@code printed}. */
    record NotSent(String inline, dev.vpclab.shell.CommandResult printed) implements Verdict {}

    /** The service refuses the caller: AccessDenied and its kin. */
    record Denied(String code, String message) implements Verdict {}

    /** The service answers, for {@code principal}. */
    record Cleared(Principal principal) implements Verdict {}
  }

  RequestPath(AwsHost host, CliConfig config, OperationSpec op, ObjectNode params, String region) {
    this.host = host;
    this.config = config;
    this.op = op;
    this.params = params;
    this.region = region;
  }

  List<Step> steps() {
    return steps;
  }

  /** What the learner typed, and the request it made: {@code aws s3 ls → ListBuckets}. */
  String title() {
    return host.commandLine() + " → " + op.name() + " at " + url();
  }

  /**
   * The region of an S3 gateway endpoint in the VPC the request leaves from, for the hint of a
   * request that went to another region's S3.
   */
  Optional<String> s3EndpointRegion() {
    View view = host.world();
    return host.instanceId()
        .flatMap(id -> view.find(Instance.class, id))
        .flatMap(
            i ->
                view.all(dev.vpclab.model.ec2.VpcEndpoint.class, i.region())
                    .filter(e -> e.vpcId().equals(i.vpcId()))
                    .filter(e -> e.serviceName().equals("com.amazonaws." + i.region() + ".s3"))
                    .map(e -> i.region())
                    .findFirst());
  }

  /** The URL the CLI names in its connection errors. */
  String url() {
    return Endpoints.url(op.service().endpointPrefix(), config.region(), host.cliVersion());
  }

  Verdict judge() {
    View view = host.world();
    Optional<Instance> instance = host.instanceId().flatMap(id -> view.find(Instance.class, id));
    CliVersion version = host.cliVersion();
    Optional<Principal> principal = credentials(instance);
    if (principal.isEmpty()) {
      return new Verdict.NotSent("Unable to locate credentials", CliErrors.noCredentials(version));
    }
    String hostName = Endpoints.host(op.service().endpointPrefix(), config.region(), version);
    steps.add(
        Step.info(
            Component.of(Kind.REGION),
            "CLI "
                + version.name().toLowerCase()
                + " takes the region "
                + config
                    .region()
                    .map(r -> r + " from " + config.regionSource())
                    .orElse("from nowhere")
                + regionNote(version, instance)
                + ", so it calls "
                + url()));
    Optional<Answer> answer = resolve(view, instance, hostName);
    if (answer.isEmpty()) {
      return new Verdict.NotSent(
          "Could not connect to the endpoint URL: \"" + url() + "\"",
          CliErrors.couldNotConnect(version, url()));
    }
    Path path =
        instance.isPresent()
            ? Reach.fromInstance(
                host.network(), instance.get(), answer.get().address(), 443, hostName)
            : Reach.fromInternet(
                host.network(),
                Internet.LAPTOP_PUBLIC_IP,
                dev.vpclab.trace.Ephemeral.LAPTOP,
                "your laptop",
                answer.get().address(),
                443,
                hostName);
    steps.addAll(path.steps());
    if (!path.delivered()) {
      return new Verdict.NotSent(
          "Connect timeout on endpoint URL: \"" + url() + "\"",
          CliErrors.connectTimeout(version, url()));
    }
    return authorize(view, principal.get(), path);
  }

  /** The service's answer, as the last step. */
  void answered(String detail, boolean ok, String code) {
    Component service = Component.of(Kind.SERVICE, op.service().endpointPrefix(), null);
    steps.add(ok ? Step.pass(service, detail) : Step.fail(service, detail, code));
  }

  private String regionNote(CliVersion version, Optional<Instance> instance) {
    if (instance.isEmpty() || config.region().isPresent()) {
      return "";
    }
    return version == CliVersion.V1
        ? " (CLI v1 never asks the instance metadata service for one)"
        : "";
  }

  private Optional<Principal> credentials(Optional<Instance> instance) {
    Component credentials = Component.of(Kind.CREDENTIALS);
    if (config.credentials().isPresent()) {
      var keys = config.credentials().get();
      steps.add(
          Step.pass(
              credentials,
              "access key "
                  + mask(keys.accessKeyId())
                  + " from the environment or ~/.aws"
                  + keys.principal().map(p -> " (" + p.arn() + ")").orElse("")));
      // Keys that are not the account's are refused by the service itself (InvalidKeys).
      return Optional.of(keys.principal().orElse(Principal.admin()));
    }
    if (instance.isEmpty()) {
      steps.add(
          Step.fail(
              credentials,
              "no access keys in the environment or ~/.aws/credentials, and not on an EC2 instance",
              "NO_CREDENTIALS"));
      return Optional.empty();
    }
    Imds.Credentials fromMetadata = Imds.of(host.network(), instance.get());
    if (fromMetadata instanceof Imds.Credentials.None none) {
      steps.add(Step.fail(credentials, none.why(), "NO_CREDENTIALS"));
      return Optional.empty();
    }
    var granted = (Imds.Credentials.Granted) fromMetadata;
    steps.add(
        Step.pass(
            Component.of(Kind.CREDENTIALS, granted.profile().name(), null),
            "instance profile "
                + granted.profile().name()
                + " → role "
                + granted.role().name()
                + ": temporary credentials from the instance metadata service"));
    return Optional.of(
        Principal.instanceRole(granted.role().name(), granted.role().id(), instance.get().id()));
  }

  private Optional<Answer> resolve(View view, Optional<Instance> instance, String name) {
    Component dns = Component.of(Kind.DNS);
    if (instance.isEmpty()) {
      Optional<Answer> answer = PublicDns.resolve(name);
      answer.ifPresentOrElse(
          a -> steps.add(Step.pass(dns, name + " resolves to " + a.address())),
          () -> steps.add(Step.fail(dns, name + " does not exist", "NXDOMAIN")));
      return answer;
    }
    Vpc vpc = view.find(Vpc.class, instance.get().vpcId()).orElseThrow();
    VpcDns.Lookup lookup = VpcDns.resolve(host.network(), vpc, name);
    if (lookup instanceof VpcDns.Lookup.Resolved resolved) {
      steps.add(
          Step.pass(
              Component.named(Kind.DNS, vpc.id(), view),
              "the VPC's resolver answers " + name + " with " + resolved.answer().address()));
      return Optional.of(resolved.answer());
    }
    if (lookup instanceof VpcDns.Lookup.ResolverOff) {
      steps.add(
          Step.fail(
              Component.named(Kind.DNS, vpc.id(), view),
              "enableDnsSupport is false: the VPC's resolver answers nothing, so "
                  + name
                  + " does not resolve",
              "DNS_RESOLUTION_DISABLED"));
      return Optional.empty();
    }
    steps.add(Step.fail(Component.of(Kind.DNS), name + " does not exist", "NXDOMAIN"));
    return Optional.empty();
  }

  private Verdict authorize(View view, Principal principal, Path path) {
    Caller caller = Caller.fromArn(principal.arn()).orElse(Caller.admin());
    Ipv4 seen = path.seenSource().orElse(Internet.LAPTOP_PUBLIC_IP);
    RequestContext where =
        path.endpoint()
            .map(e -> RequestContext.throughEndpoint(e.id(), e.vpcId(), seen))
            .orElse(RequestContext.fromInternet(seen));
    Decision decision =
        Authorization.check(
            view, caller, new ApiCall(op.service().cliName(), op.name(), params, region), where);
    Optional<String> endpointId = path.endpoint().map(e -> e.id());
    for (PolicyResult policy : decision.considered()) {
      Component component = policyComponent(policy, policy.source().type(), endpointId);
      // endpoint and bucket policies are named by their endpoint or bucket already
      String label = component.kind() == Kind.IDENTITY_POLICY ? policy.source().label() + ": " : "";
      steps.add(
          Step.info(component, label + policy.outcome().name().toLowerCase().replace('_', ' ')));
    }
    if (decision instanceof Decision.Denied denied) {
      steps.add(
          Step.fail(
              policyComponent(denied.decidedBy().orElse(null), denied.policyType(), endpointId),
              denied.why(),
              denied.policyType().name() + "_" + denied.reason().name()));
      return new Verdict.Denied(denied.error().code(), denied.error().message(true));
    }
    steps.add(Step.pass(Component.of(Kind.IDENTITY_POLICY), decision.why()));
    return new Verdict.Cleared(principal);
  }

  /**
   * The policy as a component: an endpoint policy by its endpoint's ID, the others by their ARN (a
   * managed policy, a bucket) or just their kind (an inline policy).
   */
  private static Component policyComponent(
      PolicyResult policy, dev.vpclab.iam.policy.PolicyType type, Optional<String> endpointId) {
    Kind kind =
        switch (type) {
          case VPC_ENDPOINT -> Kind.ENDPOINT_POLICY;
          case RESOURCE -> Kind.BUCKET_POLICY;
          default -> Kind.IDENTITY_POLICY;
        };
    if (kind == Kind.ENDPOINT_POLICY) {
      return endpointId.map(id -> Component.of(kind, id, null)).orElse(Component.of(kind));
    }
    return policy == null
        ? Component.of(kind)
        : policy
            .source()
            .arn()
            .map(arn -> Component.of(kind, arn, null))
            .orElse(Component.of(kind));
  }

  private static String mask(String key) {
    return key.substring(0, Math.min(4, key.length()))
        + "…"
        + key.substring(Math.max(0, key.length() - 4));
  }
}
