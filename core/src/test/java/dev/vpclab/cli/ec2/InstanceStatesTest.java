package dev.vpclab.cli.ec2;

import static dev.vpclab.cli.api.ApiTester.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.model.ec2.ElasticIp;
import dev.vpclab.net.Ipv4;
import org.junit.jupiter.api.Test;

class InstanceStatesTest {
  private final Ec2Fixture lab = new Ec2Fixture();
  private final String id = lab.run("");

  private String ids() {
    return "{\"InstanceIds\": [\"" + id + "\"]}";
  }

  @Test
  void terminateShowsShuttingDownAndTheInstanceStaysVisible() {
    var out = lab.api.ok("ec2", "TerminateInstances", ids());
    // CLI example of terminate-instances: the state entered and the one left.
    assertEquals(
        "{\"InstanceId\":\""
            + id
            + "\",\"CurrentState\":{\"Code\":32,\"Name\":\"shutting-down\"},"
            + "\"PreviousState\":{\"Code\":16,\"Name\":\"running\"}}",
        out.get("TerminatingInstances").get(0).toString());
    var gone = lab.describe(id);
    assertEquals("terminated", at(gone, "State.Name"));
    // Real describe-instances output of a terminated instance: no network left.
    assertEquals("Client.UserInitiatedShutdown", at(gone, "StateReason.Code"));
    assertEquals("User initiated (2026-01-12 09:00:02 GMT)", at(gone, "StateTransitionReason"));
    assertEquals("[]", gone.get("NetworkInterfaces").toString());
    assertFalse(gone.has("PrivateIpAddress"));
    var again = lab.api.ok("ec2", "TerminateInstances", ids());
    assertEquals("terminated", at(again, "TerminatingInstances.0.CurrentState.Name"));
    assertEquals("terminated", at(again, "TerminatingInstances.0.PreviousState.Name"));
  }

  @Test
  void aTerminatedInstanceCannotBeStoppedOrStarted() {
    lab.api.ok("ec2", "TerminateInstances", ids());
    // Real messages (CloudTrail record; CLI transcript).
    assertEquals(
        "IncorrectInstanceState: This instance '"
            + id
            + "' is not in a state from which it can"
            + " be stopped.",
        lab.api.error("ec2", "StopInstances", ids()));
    assertEquals(
        "IncorrectInstanceState: The instance '"
            + id
            + "' is not in a state from which it can be"
            + " started.",
        lab.api.error("ec2", "StartInstances", ids()));
  }

  @Test
  void stopGivesThePublicIpBackAndStartAssignsANewOne() {
    String before = at(lab.describe(id), "PublicIpAddress");
    var stopped = lab.api.ok("ec2", "StopInstances", ids());
    assertEquals("stopping", at(stopped, "StoppingInstances.0.CurrentState.Name"));
    var described = lab.describe(id);
    assertEquals("stopped", at(described, "State.Name"));
    assertFalse(described.has("PublicIpAddress"));
    assertEquals("", at(described, "PublicDnsName"));
    var again = lab.api.ok("ec2", "StopInstances", ids());
    assertEquals("stopped", at(again, "StoppingInstances.0.CurrentState.Name"));
    var started = lab.api.ok("ec2", "StartInstances", ids());
    assertEquals("pending", at(started, "StartingInstances.0.CurrentState.Name"));
    assertEquals("stopped", at(started, "StartingInstances.0.PreviousState.Name"));
    String after = at(lab.describe(id), "PublicIpAddress");
    assertTrue(after.matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
    assertNotEquals(before, after);
  }

  @Test
  void terminatingReleasesTheElasticIpAssociation() {
    String eni = at(lab.describe(id), "NetworkInterfaces.0.NetworkInterfaceId");
    String privateIp = at(lab.describe(id), "PrivateIpAddress");
    lab.api.seed(
        new ElasticIp(
            "eipalloc-0123456789abcdef0",
            "us-east-2",
            Ipv4.of("3.12.0.10"),
            new ElasticIp.Association("eipassoc-0123456789abcdef0", id, eni, Ipv4.of(privateIp))));
    var described = lab.describe(id);
    assertEquals("3.12.0.10", at(described, "PublicIpAddress"));
    assertEquals("123456789012", at(described, "NetworkInterfaces.0.Association.IpOwnerId"));
    lab.api.ok("ec2", "TerminateInstances", ids());
    var eip = lab.api.world().find(ElasticIp.class, "eipalloc-0123456789abcdef0").orElseThrow();
    assertTrue(eip.current().isEmpty());
  }

  @Test
  void rebootAnswersNothing() {
    assertEquals("{}", lab.api.ok("ec2", "RebootInstances", ids()).toString());
  }

  @Test
  void unknownInstancesAreNamedAll() {
    // Real message (moto test checked against AWS; Eucalyptus).
    assertEquals(
        "InvalidInstanceID.NotFound: The instance IDs 'i-0123456789abcdef0, i-0123456789abcdef1'"
            + " do not exist",
        lab.api.error(
            "ec2",
            "TerminateInstances",
            "{\"InstanceIds\": [\"i-0123456789abcdef0\", \"i-0123456789abcdef1\"]}"));
    assertEquals(
        "InvalidInstanceID.NotFound: The instance ID 'i-0123456789abcdef0' does not exist",
        lab.api.error("ec2", "RebootInstances", "{\"InstanceIds\": [\"i-0123456789abcdef0\"]}"));
    // Real wording for instances has no "(expecting ...)" (ClusterLabs/cluster-glue #29).
    assertEquals(
        "InvalidInstanceID.Malformed: Invalid id: \"bastion\"",
        lab.api.error("ec2", "StopInstances", "{\"InstanceIds\": [\"bastion\"]}"));
  }
}
