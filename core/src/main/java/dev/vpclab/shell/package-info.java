/**
 * The simulated shell: bash as a learner types it, on simulated machines, with no real process or
 * file anywhere.
 *
 * <p>How a front end or the interpreter uses it:
 *
 * <pre>{@code
 * Shell shell = Shell.withBuiltins(simulatedClock)          // echo, ls, cat, chmod, cd, export, ...
 *     .with("aws", awsCommand);                              // other parts register theirs
 * ShellContext laptop = Laptop.context(simulatedClock.instant());
 *
 * if (Shell.isComplete(typed) == Completeness.INCOMPLETE) { ...read another line... }
 * ShellRun run = shell.run(laptop, typed);                  // or run(context, typed, Terminal.NONE)
 * run.output();       // Stdout / Stderr / Noted pieces in the order they happened
 * run.stdout(); run.stderr(); run.notes(); run.exitStatus(); run.exited();
 * laptop = run.context();                                   // the next context; keep the old for /undo
 * laptop.prompt();                                          // "learner@laptop:~$ "
 *
 * LineTokens tokens = Shell.tokenize(partialLine);          // spans for highlighting
 * CompletionPoint at = tokens.completionAt(cursor);         // the word to complete, its command
 * }</pre>
 *
 * <p>A {@link dev.vpclab.shell.Command} gets an {@link dev.vpclab.shell.Invocation} (arguments,
 * standard input, whether standard output is a terminal, environment, working directory, user,
 * host, the machine's files and a way to replace them, the simulated time) and returns a {@link
 * dev.vpclab.shell.CommandResult}: what it printed, its exit status, and vpclab's notes, which the
 * shell keeps beside the output, never inside {@code $(...)} or a redirected file.
 */
package dev.vpclab.shell;
