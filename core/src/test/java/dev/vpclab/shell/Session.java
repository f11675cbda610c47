package dev.vpclab.shell;

/** A test's shell session on the laptop: runs lines one after another, keeping the context. */
public final class Session {
  public final TestClock clock = new TestClock();
  public Shell shell = Shell.withBuiltins(clock).with("aws", new FakeAws());
  public ShellContext context = Laptop.context(clock.instant());
  public Terminal terminal = Terminal.DEFAULT;

  public ShellRun run(String line) {
    ShellRun run = shell.run(context, line, terminal);
    context = run.context();
    return run;
  }

  /** Standard output and error as a terminal shows them. */
  public String text(String line) {
    return run(line).terminalText();
  }
}
