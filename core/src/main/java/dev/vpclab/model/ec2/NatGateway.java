package dev.vpclab.model.ec2;

import dev.vpclab.net.Ipv4;
import java.time.Instant;

/**
 * A NAT gateway in a subnet: public (with an Elastic IP, {@code allocationId}) or private (none).
 * AWS creates it {@code pending}; vpclab shows that state in the create output and is {@code
 * available} (or {@code failed}, with AWS's failure code and message) from the next command on.
 */
public record NatGateway(
    String id,
    String region,
    String vpcId,
    String subnetId,
    String allocationId,
    String networkInterfaceId,
    Ipv4 privateIp,
    Ipv4 publicIp,
    State state,
    String failureCode,
    String failureMessage,
    Instant createTime,
    Instant deleteTime)
    implements Ec2Resource {

  /** The states of botocore's NatGatewayState enum. */
  public enum State {
    PENDING,
    FAILED,
    AVAILABLE,
    DELETING,
    DELETED;

    public String api() {
      return name().toLowerCase();
    }
  }

  @Override
  public String kind() {
    return "natGateway";
  }

  /** {@code ConnectivityType}: a public NAT gateway is the one with an Elastic IP. */
  public boolean isPublic() {
    return allocationId != null;
  }

  public boolean isGone() {
    return state == State.DELETED || state == State.DELETING || state == State.FAILED;
  }

  /** Failed as AWS reports it, e.g. {@code Gateway.NotAttached}; AWS stamps a DeleteTime too. */
  public NatGateway failed(String code, String message, Instant at) {
    return ended(State.FAILED, code, message, at);
  }

  public NatGateway deleted(Instant at) {
    return ended(State.DELETED, failureCode, failureMessage, at);
  }

  /** A copy in a final state, stamped with the time it reached it. */
  private NatGateway ended(State end, String code, String message, Instant at) {
    return new NatGateway(
        id,
        region,
        vpcId,
        subnetId,
        allocationId,
        networkInterfaceId,
        privateIp,
        publicIp,
        end,
        code,
        message,
        createTime,
        at);
  }
}
