package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Account;
import dev.vpclab.model.Ids;
import dev.vpclab.model.Tx;
import dev.vpclab.model.View;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.ProfileAssociation;
import dev.vpclab.model.ec2.ProfileAssociation.State;
import dev.vpclab.model.iam.InstanceProfile;
import java.util.List;

/**
 * Instance profile associations ({@code iip-assoc-…}): associate, replace, disassociate, describe.
 * AWS answers {@code associating} (or {@code disassociating}); vpclab stores the finished state, so
 * the next command, including the instance's own {@code aws} calls, already sees it.
 */
public final class ProfileAssociations implements Handlers.Group {
  static final Filters<ProfileAssociation> FILTERS =
      Filters.<ProfileAssociation>of(ProfileAssociation::id)
          .one("instance-id", ProfileAssociation::instanceId)
          .one("state", a -> a.state().api())
          .build();

  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "AssociateIamInstanceProfile", this::associate)
        .on("ec2", "ReplaceIamInstanceProfileAssociation", this::replace)
        .on("ec2", "DisassociateIamInstanceProfile", this::disassociate)
        .on("ec2", "DescribeIamInstanceProfileAssociations", this::describe);
  }

  /** Real message: {@code IncorrectState: There is an existing association for instance i-…}. */
  private ObjectNode associate(Request request, Tx tx) {
    Instance instance = Instances.require(tx, request.required("InstanceId"), request.region());
    InstanceProfile profile = InstanceProfiles.resolve(tx, request.node("IamInstanceProfile"));
    if (InstanceView.profile(tx, instance.id()).isPresent()) {
      throw new ServiceFault(
          "IncorrectState", "There is an existing association for instance " + instance.id());
    }
    ProfileAssociation association = create(tx, instance.id(), profile, request.region());
    return answer(association, State.ASSOCIATING, false);
  }

  /** The association is replaced by a new one, with a new ID, as EC2 does. */
  private ObjectNode replace(Request request, Tx tx) {
    ProfileAssociation old = byAssociationId(request, tx);
    InstanceProfile profile = InstanceProfiles.resolve(tx, request.node("IamInstanceProfile"));
    tx.remove(old);
    ProfileAssociation association = create(tx, old.instanceId(), profile, request.region());
    return answer(association, State.ASSOCIATING, false);
  }

  private ObjectNode disassociate(Request request, Tx tx) {
    ProfileAssociation association = byAssociationId(request, tx);
    tx.remove(association);
    return answer(association, State.DISASSOCIATING, false);
  }

  private ObjectNode describe(Request request, Tx tx) {
    List<String> ids = request.strings("AssociationIds");
    ids.forEach(id -> require(tx, id, request.region()));
    ArrayNode out = Request.array();
    tx.all(ProfileAssociation.class, request.region())
        .filter(a -> ids.isEmpty() || ids.contains(a.id()))
        .filter(FILTERS.from(request, tx))
        .forEach(a -> out.add(view(a, a.state(), true)));
    return Request.object().set("IamInstanceProfileAssociations", out);
  }

  private static ProfileAssociation create(
      Tx tx, String instanceId, InstanceProfile profile, String region) {
    InstanceProfiles.advice(profile).ifPresent(tx::advise);
    return tx.put(
        new ProfileAssociation(
            Ids.ec2(tx, "iip-assoc"),
            region,
            instanceId,
            profile.arn(Account.ID),
            profile.id(),
            State.ASSOCIATED,
            tx.now()));
  }

  /**
   * The request's {@code AssociationId}. An ID of another shape is refused as real EC2 does for
   * replace (aws/aws-cli #2570: an instance ID passed as the association).
   */
  private static ProfileAssociation byAssociationId(Request request, View view) {
    String id = request.required("AssociationId");
    if (!Ec2Kind.PROFILE_ASSOCIATION.isWellFormed(id)) {
      throw new ServiceFault("InvalidParameterValue", "Invalid value for associationId.");
    }
    return require(view, id, request.region());
  }

  private static ProfileAssociation require(View view, String id, String region) {
    return Lookup.require(view, ProfileAssociation.class, Ec2Kind.PROFILE_ASSOCIATION, id, region);
  }

  private static ObjectNode answer(ProfileAssociation association, State shown, boolean time) {
    return Request.object().set("IamInstanceProfileAssociation", view(association, shown, time));
  }

  /** Keys in model order; the CLI example of associate-iam-instance-profile has no Timestamp. */
  private static ObjectNode view(ProfileAssociation association, State state, boolean time) {
    ObjectNode json =
        Request.object()
            .put("AssociationId", association.id())
            .put("InstanceId", association.instanceId());
    json.set(
        "IamInstanceProfile",
        Request.object().put("Arn", association.profileArn()).put("Id", association.profileId()));
    json.put("State", state.api());
    if (time) {
      json.put("Timestamp", association.timestamp().toString());
    }
    return json;
  }
}
