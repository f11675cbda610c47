package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Addresses;
import dev.vpclab.model.Tx;
import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.model.ec2.Instance;
import dev.vpclab.model.ec2.Instance.State;
import dev.vpclab.model.ec2.ProfileAssociation;

/**
 * start, stop, reboot and terminate. Each answers with the state the instance enters ({@code
 * pending}, {@code stopping}, {@code shutting-down}) and stores where it ends, so the next command
 * already sees it {@code running}, {@code stopped} or {@code terminated}. Stopping gives the launch
 * public IP back; terminating also releases the Elastic IP association and the instance profile
 * association.
 */
public final class InstanceStates implements Handlers.Group {
  @Override
  public void register(Handlers.Builder on) {
    on.on("ec2", "StartInstances", this::start)
        .on("ec2", "StopInstances", this::stop)
        .on("ec2", "TerminateInstances", this::terminate)
        .on("ec2", "RebootInstances", this::reboot);
  }

  private ObjectNode start(Request request, Tx tx) {
    ArrayNode out = Request.array();
    for (Instance instance : Instances.requireAll(request, tx)) {
      State before = instance.state();
      if (instance.isTerminated()) {
        // Real message (CLI transcript, cloud-custodian test data).
        throw new ServiceFault(
            "IncorrectInstanceState",
            "The instance '" + instance.id() + "' is not in a state from which it can be started.");
      }
      State shown = before;
      if (before == State.STOPPED) {
        var publicIp =
            instance.autoPublicIp()
                ? Addresses.publicIn(tx, instance.region(), instance.id() + "/" + tx.now())
                : null;
        tx.put(instance.started(tx.now(), publicIp));
        shown = State.PENDING;
      }
      out.add(change(instance.id(), shown, before));
    }
    return Request.object().set("StartingInstances", out);
  }

  private ObjectNode stop(Request request, Tx tx) {
    ArrayNode out = Request.array();
    for (Instance instance : Instances.requireAll(request, tx)) {
      State before = instance.state();
      if (instance.isTerminated()) {
        // Real message (CloudTrail record and CLI transcripts).
        throw new ServiceFault(
            "IncorrectInstanceState",
            "This instance '"
                + instance.id()
                + "' is not in a state from which it can be"
                + " stopped.");
      }
      State shown = before;
      if (before != State.STOPPED) {
        tx.put(instance.withState(State.STOPPED, tx.now()));
        shown = State.STOPPING;
      }
      out.add(change(instance.id(), shown, before));
    }
    return Request.object().set("StoppingInstances", out);
  }

  /** Terminating a terminated instance is not an error; it reports terminated twice. */
  private ObjectNode terminate(Request request, Tx tx) {
    ArrayNode out = Request.array();
    for (Instance instance : Instances.requireAll(request, tx)) {
      State before = instance.state();
      State shown = before;
      if (!instance.isTerminated()) {
        tx.put(instance.withState(State.TERMINATED, tx.now()));
        releaseAssociations(tx, instance);
        shown = State.SHUTTING_DOWN;
      }
      out.add(change(instance.id(), shown, before));
    }
    return Request.object().set("TerminatingInstances", out);
  }

  private ObjectNode reboot(Request request, Tx tx) {
    Instances.requireAll(request, tx);
    return Request.object();
  }

  private static void releaseAssociations(Tx tx, Instance instance) {
    tx.all(ElasticIp.class)
        .filter(
            e ->
                e.current()
                    .map(a -> instance.networkInterfaceId().equals(a.networkInterfaceId()))
                    .orElse(false))
        .toList()
        .forEach(e -> tx.put(e.associated(null)));
    tx.all(ProfileAssociation.class)
        .filter(a -> a.instanceId().equals(instance.id()))
        .toList()
        .forEach(tx::remove);
  }

  private static ObjectNode change(String id, State current, State previous) {
    ObjectNode json = Request.object().put("InstanceId", id);
    json.set("CurrentState", InstanceView.state(current));
    return json.set("PreviousState", InstanceView.state(previous));
  }
}
