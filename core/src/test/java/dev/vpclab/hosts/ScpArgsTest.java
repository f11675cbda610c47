package dev.vpclab.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * scp's operands as scp.c colon() tells local from remote, and its options as getopt reads them.
 */
class ScpArgsTest {
  @Test
  void aColonBeforeAnySlashMakesAnOperandRemote() {
    var remote = ScpArgs.Operand.parse("ec2-user@18.188.22.65:");
    assertEquals(Optional.of("ec2-user"), remote.user());
    assertEquals(Optional.of("18.188.22.65"), remote.host());
    assertEquals("", remote.path());
    assertFalse(ScpArgs.Operand.parse("./a:b").remote());
    assertFalse(ScpArgs.Operand.parse(":leading").remote());
    assertEquals("/tmp/x", ScpArgs.Operand.parse("host:/tmp/x").path());
    assertEquals(Optional.of("fe80::1"), ScpArgs.Operand.parse("[fe80::1]:f").host());
  }

  @Test
  void optionsComeBeforeTheOperands() {
    var args =
        ScpArgs.parse(
            List.of("-p", "-ri", "K.pem", "-o", "StrictHostKeyChecking no", "a", "b", "h:"));
    assertTrue(args.problem().isEmpty());
    assertTrue(args.preserve());
    assertTrue(args.recursive());
    assertEquals(Optional.of("K.pem"), args.identity());
    assertEquals("no", args.options().get("stricthostkeychecking"));
    assertEquals(2, args.sources().size());
    assertTrue(args.target().remote());
  }

  @Test
  void whatScpRefuses() {
    // OpenSSH's own getopt (openbsd-compat/getopt_long.c) words the complaint; usage() is 8.9's
    assertEquals(ScpArgs.USAGE, ScpArgs.parse(List.of("only-one")).problem().orElseThrow());
    assertTrue(
        ScpArgs.parse(List.of("-Z", "a", "b"))
            .problem()
            .orElseThrow()
            .startsWith("scp: unknown option -- Z\nusage: scp"));
    assertTrue(
        ScpArgs.parse(List.of("-i"))
            .problem()
            .orElseThrow()
            .startsWith("scp: option requires an argument -- i\n"));
  }
}
