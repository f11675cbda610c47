package dev.vpclab.cli.ec2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vpclab.cli.api.Handlers;
import dev.vpclab.cli.api.Request;
import dev.vpclab.cli.api.ServiceFault;
import dev.vpclab.model.Addresses;
import dev.vpclab.model.Tx;
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

  /**
   * One instance's part of a state request: it refuses, or stores where the instance ends and
   * returns the state the answer shows it in.
   */
  @FunctionalInterface
  private interface Transition {
    State apply(Instance instance, Tx tx);
  }

  private ObjectNode start(Request request, Tx tx) {
    return changeAll(request, tx, "StartingInstances", InstanceStates::start);
  }

  private ObjectNode stop(Request request, Tx tx) {
    return changeAll(request, tx, "StoppingInstances", InstanceStates::stop);
  }

  private ObjectNode terminate(Request request, Tx tx) {
    return changeAll(request, tx, "TerminatingInstances", InstanceStates::terminate);
  }

  /** Every instance of the request through one transition, answered as {@code key}. */
  private static ObjectNode changeAll(Request request, Tx tx, String key, Transition transition) {
    ArrayNode out = Request.array();
    for (Instance instance : Instances.requireAll(request, tx)) {
      State before = instance.state();
      out.add(change(instance.id(), transition.apply(instance, tx), before));
    }
    return Request.object().set(key, out);
  }

  private static State start(Instance instance, Tx tx) {
    if (instance.isTerminated()) {
      // Real message (CLI transcript, cloud-custodian test data).
      throw new ServiceFault(
          "IncorrectInstanceState",
          "The instance '" + instance.id() + "' is not in a state from which it can be started.");
    }
    if (instance.state() != State.STOPPED) {
      return instance.state();
    }
    var publicIp =
        instance.autoPublicIp()
            ? Addresses.publicIn(tx, instance.region(), instance.id() + "/" + tx.now())
            : null;
    tx.put(instance.started(tx.now(), publicIp));
    return State.PENDING;
  }

  private static State stop(Instance instance, Tx tx) {
    if (instance.isTerminated()) {
      // Real message (CloudTrail record and CLI transcripts).
      throw new ServiceFault(
          "IncorrectInstanceState",
          "This instance '" + instance.id() + "' is not in a state from which it can be stopped.");
    }
    if (instance.state() == State.STOPPED) {
      return State.STOPPED;
    }
    tx.put(instance.withState(State.STOPPED, tx.now()));
    return State.STOPPING;
  }

  /** Terminating a terminated instance is not an error; it reports terminated twice. */
  private static State terminate(Instance instance, Tx tx) {
    if (instance.isTerminated()) {
      return instance.state();
    }
    tx.put(instance.withState(State.TERMINATED, tx.now()));
    releaseAssociations(tx, instance);
    return State.SHUTTING_DOWN;
  }

  private ObjectNode reboot(Request request, Tx tx) {
    Instances.requireAll(request, tx);
    return Request.object();
  }

  private static void releaseAssociations(Tx tx, Instance instance) {
    ElasticIps.releaseFrom(tx, instance.networkInterfaceId());
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
