package dev.vpclab.session;

import dev.vpclab.cli.CliVersion;

/**
 * What the learner has set with {@code /set}: how much vpclab explains, and which AWS CLI major
 * version the laptop runs.
 */
public record Settings(Feedback feedback, CliVersion laptopCli) {

  /** How much vpclab says beside the output. */
  public enum Feedback {
    /** The real output only. */
    CONCISE,
    /** The real output, what changed and a short why. */
    NORMAL,
    /** Everything, including full traces. */
    VERBOSE
  }

  public static Settings defaults() {
    return new Settings(Feedback.NORMAL, CliVersion.V2);
  }

  public Settings withFeedback(Feedback level) {
    return new Settings(level, laptopCli);
  }

  public Settings withLaptopCli(CliVersion version) {
    return new Settings(feedback, version);
  }
}
