package dev.vpclab.cli.args;

import dev.vpclab.cli.CliVersion;

/**
 * What parsing depends on besides the words: which CLI to behave like, the files {@code file://}
 * values name, and whether the global {@code --no-paginate} was given.
 */
public record ParseContext(CliVersion version, ParamFiles files, boolean paginate) {
  public static ParseContext of(CliVersion version, ParamFiles files) {
    return new ParseContext(version, files, true);
  }

  public ParseContext withPaginate(boolean value) {
    return new ParseContext(version, files, value);
  }
}
