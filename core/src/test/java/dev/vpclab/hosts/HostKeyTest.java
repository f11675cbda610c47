package dev.vpclab.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Host keys shaped as OpenSSH stores them, known_hosts lookups, and ssh's -o parsing. */
class HostKeyTest {
  @Test
  void aHashedNameMatchesItsNameOnly() {
    byte[] salt = new byte[20];
    String hashed = HostKey.hashed("18.188.22.65", salt);
    assertTrue(hashed.startsWith("|1|" + Base64.getEncoder().encodeToString(salt) + "|"));
    assertTrue(HostKey.names(hashed, "18.188.22.65"));
    assertFalse(HostKey.names(hashed, "18.188.22.66"));
  }

  @Test
  void aPlainFieldListsNamesSeparatedByCommas() {
    assertTrue(HostKey.names("ip-10-0-1-100.us-east-2.compute.internal,10.0.1.100", "10.0.1.100"));
    assertFalse(HostKey.names("10.0.1.1000", "10.0.1.100"));
  }

  @Test
  void optionsAreKeyEqualsValueOrKeySpaceValue() {
    var options = new java.util.HashMap<String, String>();
    Destination.addOption(options, "StrictHostKeyChecking=no");
    Destination.addOption(options, "UserKnownHostsFile /dev/null");
    Destination.addOption(options, "LogLevel = ERROR");
    assertEquals(
        Map.of(
            "stricthostkeychecking", "no",
            "userknownhostsfile", "/dev/null",
            "loglevel", "ERROR"),
        options);
    var destination =
        Destination.parse("ec2-user@host", Optional.empty(), Optional.empty(), options, false);
    assertEquals(Destination.NewHost.TRUST, destination.newHost());
    assertFalse(destination.remembersHosts());
    assertFalse(destination.logsInfo());
  }
}
