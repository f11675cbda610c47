package dev.vpclab.model.ec2;

import dev.vpclab.net.Ipv4;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An EC2 instance with its one network interface. The public IP is the one AWS assigned at launch
 * (an Elastic IP, when associated, is found through the {@code ElasticIp}). {@code autoPublicIp}
 * remembers that the interface asked for one, so a stopped instance gets a new one when started.
 */
public record Instance(
    String id,
    String region,
    String reservationId,
    String imageId,
    String instanceType,
    String vpcId,
    String subnetId,
    String availabilityZone,
    String networkInterfaceId,
    Ipv4 privateIp,
    Ipv4 launchPublicIp,
    String keyName,
    List<String> securityGroupIds,
    State state,
    Instant launchTime,
    int launchIndex,
    Instant stateChangedAt,
    Metadata metadata,
    boolean autoPublicIp,
    boolean sourceDestCheck)
    implements Ec2Resource {

  /** The instance states with the codes describe-instances shows. */
  public enum State {
    PENDING(0),
    RUNNING(16),
    SHUTTING_DOWN(32),
    TERMINATED(48),
    STOPPING(64),
    STOPPED(80);

    public final int code;

    State(int code) {
      this.code = code;
    }

    public String api() {
      return name().toLowerCase().replace('_', '-');
    }
  }

  /**
   * The instance metadata service settings: {@code httpTokens} {@code required} means IMDSv2 only,
   * {@code hopLimit} how many network hops the token response may travel.
   */
  public record Metadata(String httpTokens, int hopLimit, String httpEndpoint) {
    public boolean imdsEnabled() {
      return httpEndpoint.equals("enabled");
    }
  }

  public Instance {
    securityGroupIds = List.copyOf(securityGroupIds);
  }

  @Override
  public String kind() {
    return "instance";
  }

  public Optional<Ipv4> launchPublic() {
    return Optional.ofNullable(launchPublicIp);
  }

  public boolean isTerminated() {
    return state == State.TERMINATED || state == State.SHUTTING_DOWN;
  }

  /** A new state entered at {@code at}; leaving the running states gives the public IP back. */
  public Instance withState(State next, Instant at) {
    boolean keepsIp = next == State.RUNNING || next == State.PENDING;
    return copy(next, at, keepsIp ? launchPublicIp : null, securityGroupIds, sourceDestCheck);
  }

  /** Started again: AWS hands out a new public IP if the interface auto-assigns one. */
  public Instance started(Instant at, Ipv4 newPublicIp) {
    return copy(State.RUNNING, at, newPublicIp, securityGroupIds, sourceDestCheck);
  }

  public Instance withSecurityGroups(List<String> groupIds) {
    return copy(state, stateChangedAt, launchPublicIp, groupIds, sourceDestCheck);
  }

  public Instance withSourceDestCheck(boolean value) {
    return copy(state, stateChangedAt, launchPublicIp, securityGroupIds, value);
  }

  private Instance copy(
      State nextState, Instant changedAt, Ipv4 publicIp, List<String> groups, boolean srcDst) {
    return new Instance(
        id,
        region,
        reservationId,
        imageId,
        instanceType,
        vpcId,
        subnetId,
        availabilityZone,
        networkInterfaceId,
        privateIp,
        publicIp,
        keyName,
        groups,
        nextState,
        launchTime,
        launchIndex,
        changedAt,
        metadata,
        autoPublicIp,
        srcDst);
  }
}
