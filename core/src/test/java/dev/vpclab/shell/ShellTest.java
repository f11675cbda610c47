package dev.vpclab.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vpclab.outcome.Note;
import dev.vpclab.shell.fs.FileSystem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell as other parts of vpclab use it: registering commands and running lines. */
class ShellTest {

  /** A command that records what it was given. */
  static final class Probe implements Command {
    final List<Invocation> calls = new ArrayList<>();
    final List<Boolean> terminal = new ArrayList<>();

    @Override
    public CommandResult run(Invocation invocation) {
      calls.add(invocation);
      terminal.add(invocation.stdoutIsTerminal());
      return CommandResult.ok("probe out\n").withNote(Note.why("probe says why"));
    }
  }

  private final Probe probe = new Probe();
  private final Session session = new Session();

  ShellTest() {
    session.shell = session.shell.with("probe", probe);
  }

  @Test
  void argumentsArriveExpandedAndUnquoted() {
    session.run("V=vpc-1; probe --tags Key=Name,Value='My VPC' \"$V\" ~/x *.none");
    assertEquals(
        List.of("--tags", "Key=Name,Value=My VPC", "vpc-1", "/home/learner/x", "*.none"),
        probe.calls.get(0).args());
    assertEquals("probe", probe.calls.get(0).name());
  }

  @Test
  void stdinComesFromThePipeOrTheFile() {
    session.run("echo piped | probe");
    session.run("echo filed > f; probe < f");
    session.run("probe");
    assertEquals("piped\n", probe.calls.get(0).stdin());
    assertEquals("filed\n", probe.calls.get(1).stdin());
    assertEquals("", probe.calls.get(2).stdin());
    assertTrue(probe.calls.get(2).stdinIsTerminal());
    assertFalse(probe.calls.get(0).stdinIsTerminal());
  }

  @Test
  void stdoutIsATerminalOnlyWhenNothingTakesIt() {
    session.run("probe");
    session.run("probe > f");
    session.run("probe | cat");
    session.run("X=$(probe)");
    session.run("probe 2>&1");
    assertEquals(List.of(true, false, false, false, true), probe.terminal);
    session.terminal = Terminal.NONE;
    session.run("probe");
    assertEquals(false, probe.terminal.get(5));
  }

  @Test
  void environmentHasExportsAndPrefixAssignmentsOnly() {
    session.run("SHELLVAR=1; export EXPORTED=2; ONCE=3 probe");
    var env = probe.calls.get(0).env();
    assertEquals("2", env.get("EXPORTED"));
    assertEquals("3", env.get("ONCE"));
    assertFalse(env.containsKey("SHELLVAR"));
    assertEquals("/home/learner", env.get("HOME"));
    session.run("probe");
    assertFalse(probe.calls.get(1).env().containsKey("ONCE"));
  }

  @Test
  void theCommandSeesWhereItRuns() {
    session.run("cd /tmp && probe");
    Invocation call = probe.calls.get(0);
    assertEquals("/tmp", call.cwd());
    assertEquals("learner", call.user().name());
    assertEquals("laptop", call.hostname());
    assertEquals("/tmp/k", call.resolve("k"));
    assertEquals(TestClock.START, call.now());
    assertEquals("/tmp", call.context().cwd());
  }

  @Test
  void notesGoBesideTheOutputNeverIntoIt() {
    ShellRun run = session.run("X=$(probe); probe > f; echo \"[$X]\"; cat f");
    assertEquals("[probe out]\nprobe out\n", run.stdout());
    assertEquals(List.of(Note.why("probe says why"), Note.why("probe says why")), run.notes());
    assertEquals("", run.stderr());
  }

  @Test
  void aCommandChangesFilesThroughTheInvocation() {
    Command writer =
        invocation -> {
          FileSystem changed =
              invocation
                  .files()
                  .write(
                      invocation.resolve("out.txt"),
                      "written\n",
                      false,
                      invocation.principal(),
                      invocation.now())
                  .get();
          invocation.setFiles(changed);
          return CommandResult.ok("");
        };
    session.shell = session.shell.with("writer", writer);
    assertEquals("written\n", session.run("writer; cat out.txt").stdout());
  }

  @Test
  void aCommandCanRunALineElsewhere() {
    // a sudo-like command: run the rest as root on this machine, keep its files
    Command sudo =
        invocation -> {
          ShellContext here = invocation.context();
          ShellContext asRoot =
              new ShellContext(
                  here.machine(), User.root(), here.cwd(), here.variables(), 0, "bash", 1);
          ShellRun run = invocation.run(asRoot, String.join(" ", invocation.args()));
          invocation.setFiles(run.context().files());
          return CommandResult.of(run.stdout(), run.stderr(), run.exitStatus());
        };
    session.shell = session.shell.with("sudo", sudo);
    assertEquals("root\n", session.run("sudo whoami").stdout());
    session.run("sudo touch /etc/motd");
    assertEquals(
        "-rw-r--r-- 1 root root 0 Nov 27 09:30 /etc/motd\n",
        session.run("ls -l /etc/motd").stdout());
  }

  @Test
  void theOldContextIsASnapshot() {
    ShellContext before = session.context;
    session.run("X=1; cd /tmp; echo data > /tmp/file; chmod 600 /tmp/file");
    assertTrue(before.variable("X").isEmpty());
    assertEquals("/home/learner", before.cwd());
    assertTrue(before.files().find("/tmp/file").isEmpty());
    assertEquals("/tmp", session.context.cwd());
    assertTrue(session.context.files().find("/tmp/file").isPresent());
    // undo: run from the old context again; the message is GNU cat's (coreutils 9.1)
    ShellRun again = session.shell.run(before, "cat /tmp/file");
    assertEquals("cat: /tmp/file: No such file or directory\n", again.stderr());
  }

  @Test
  void outputKeepsItsOrder() {
    // the ls message is GNU ls's (coreutils 9.1): `ls nofile`
    ShellRun run = session.run("echo one; ls nofile; echo two");
    assertEquals(
        List.of(
            new Output.Stdout("one\n"),
            new Output.Stderr("ls: cannot access 'nofile': No such file or directory\n"),
            new Output.Stdout("two\n")),
        run.output());
    assertEquals(0, run.exitStatus());
  }

  @Test
  void aBrokenCommandDoesNotBreakTheSession() {
    session.shell =
        session.shell.with(
            "broken",
            invocation -> {
              throw new IllegalStateException("oops");
            });
    ShellRun run = session.run("broken; echo still here");
    assertTrue(run.stderr().startsWith("vpclab: internal error in broken"));
    assertEquals("still here\n", run.stdout());
  }

  @Test
  void exitIsReportedToTheFrontEnd() {
    ShellRun run = session.run("exit 3; echo not printed");
    assertTrue(run.exited());
    assertEquals(3, run.exitStatus());
    assertEquals("", run.stdout());
    assertFalse(session.run("(exit 4)").exited());
  }

  @Test
  void syntaxErrorsChangeNothingButTheStatus() {
    ShellContext before = session.context;
    ShellRun run = session.run("echo a;;");
    assertEquals(2, run.exitStatus());
    assertEquals(before.files(), run.context().files());
    assertEquals(before.variables(), run.context().variables());
  }

  @Test
  void aCellRunsCommandByCommandUntilASyntaxError() {
    // bash -c $'echo a\necho b;;\necho c' prints a, then the error, and stops
    ShellRun run = session.run("echo a\necho b;;\necho c");
    assertEquals("a\n", run.stdout());
    assertEquals("bash: syntax error near unexpected token `;;'\n", run.stderr());
    assertEquals(2, run.exitStatus());
    // an expansion error abandons only its own line
    ShellRun next = session.run("echo ${a b}; echo same line\necho next line");
    assertEquals("next line\n", next.stdout());
    // here-documents and continuations span lines
    ShellRun doc = session.run("cat <<EOF\none\n\ntwo\nEOF\necho a \\\n  b");
    assertEquals("one\n\ntwo\na b\n", doc.stdout());
    // exit ends the cell
    assertEquals("", session.run("exit\necho after").stdout());
  }

  @Test
  void unknownCommandsAreLookedUpInTheRegistry() {
    // as `bash -i` 5.2.15 reports a command it cannot find
    assertEquals("bash: aws2: command not found\n", session.run("aws2").stderr());
    assertTrue(session.shell.commands().names().contains("ls"));
  }

  @Test
  void prompts() {
    assertEquals("learner@laptop:~$ ", session.context.prompt());
    session.run("cd /tmp");
    assertEquals("learner@laptop:/tmp$ ", session.context.prompt());
    ShellContext instance =
        LoginShell.start(
            new Machine("ip-10-0-1-57.us-east-2.compute.internal", session.context.files()),
            new User("ec2-user", 1000, "ec2-user", 1000, "/home/ec2-user"),
            "-bash",
            3001,
            "/usr/local/bin:/usr/bin",
            Prompt.AMAZON_LINUX_PS1);
    assertEquals("[ec2-user@ip-10-0-1-57 ~]$ ", instance.prompt());
    ShellContext root =
        LoginShell.start(
                instance.machine(), User.root(), "bash", 3002, "/usr/bin", Prompt.AMAZON_LINUX_PS1)
            .withCwd("/home/ec2-user");
    assertEquals("[root@ip-10-0-1-57 ec2-user]# ", root.prompt());
  }

  @Test
  void theLaptop() {
    assertTrue(Laptop.accessKeyId().matches("AKIA[A-Z0-9]{16}"));
    assertEquals(Laptop.accessKeyId(), Laptop.accessKeyId());
    assertEquals(40, Laptop.secretAccessKey().length());
    String credentials = session.run("cat ~/.aws/credentials").stdout();
    assertEquals(
        "[default]\naws_access_key_id = "
            + Laptop.accessKeyId()
            + "\naws_secret_access_key = "
            + Laptop.secretAccessKey()
            + "\n",
        credentials);
    assertEquals(
        "[default]\nregion = us-east-2\noutput = json\n",
        session.run("cat ~/.aws/config").stdout());
    assertEquals(
        "SHELL=/bin/bash\nPWD=/home/learner\nLOGNAME=learner\nHOME=/home/learner\nLANG=C.UTF-8\n"
            + "USER=learner\nSHLVL=1\nPATH=/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games\n"
            + "_=/usr/bin/env\n",
        session.run("env").stdout());
    assertFalse(session.run("env").stdout().contains("TERM="));
  }
}
