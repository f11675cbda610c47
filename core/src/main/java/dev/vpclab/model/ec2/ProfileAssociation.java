package dev.vpclab.model.ec2;

import java.time.Instant;

/**
 * An IAM instance profile associated with an instance ({@code iip-assoc-…}). AWS reports {@code
 * associating} at first; vpclab shows that in the command's output and is {@code associated} from
 * the next command on.
 */
public record ProfileAssociation(
    String id,
    String region,
    String instanceId,
    String profileArn,
    String profileId,
    State state,
    Instant timestamp)
    implements Ec2Resource {

  public enum State {
    ASSOCIATING,
    ASSOCIATED,
    DISASSOCIATING,
    DISASSOCIATED;

    public String api() {
      return name().toLowerCase();
    }
  }

  @Override
  public String kind() {
    return "iam-instance-profile-association";
  }

  public boolean isActive() {
    return state == State.ASSOCIATING || state == State.ASSOCIATED;
  }

  public ProfileAssociation withState(State next) {
    return new ProfileAssociation(id, region, instanceId, profileArn, profileId, next, timestamp);
  }
}
