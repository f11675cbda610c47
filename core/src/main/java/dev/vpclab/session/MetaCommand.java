package dev.vpclab.session;

import dev.vpclab.outcome.Outcome;
import java.util.List;

/**
 * One of vpclab's own commands ({@code /help}, {@code /resources}, …): its name, the arguments it
 * takes, a one-line summary, the longer help {@code /help /name} prints, and what it does. {@code
 * /help} is built by walking the table of these, so help cannot drift from the commands.
 */
public record MetaCommand(
    String name, String arguments, String summary, String help, Action action) {

  /** What the command does with its arguments (already split like shell words). */
  @FunctionalInterface
  public interface Action {
    Outcome run(List<String> args, MetaContext context);
  }

  public String usage() {
    return arguments.isEmpty() ? name : name + " " + arguments;
  }
}
