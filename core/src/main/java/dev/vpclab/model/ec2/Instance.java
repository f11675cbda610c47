package dev.vpclab.model.ec2;

import dev.vpclab.model.Regional;
import dev.vpclab.net.Ipv4;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An EC2 instance with its one network interface. The public IP is the one AWS assigned at launch
 * (an Elastic IP, when associated, is found through the {@code ElasticIp}).
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
    int launchIndex)
    implements Regional {

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

  public Instance {
    securityGroupIds = List.copyOf(securityGroupIds);
  }

  @Override
  public String key() {
    return id;
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

  public Instance withState(State next) {
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
        next == State.RUNNING || next == State.PENDING ? launchPublicIp : null,
        keyName,
        securityGroupIds,
        next,
        launchTime,
        launchIndex);
  }

  public Instance withSecurityGroups(List<String> groupIds) {
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
        launchPublicIp,
        keyName,
        groupIds,
        state,
        launchTime,
        launchIndex);
  }
}
