package dev.vpclab.outcome;

import java.util.List;

/** One piece of what a line of input produced, in the order it was produced. */
public sealed interface Part {

  /** Which stream a program wrote to. */
  enum Stream {
    STDOUT,
    STDERR
  }

  /** Text a simulated program printed, exactly as the real one would. */
  record Output(Stream stream, String text) implements Part {}

  /** vpclab's own words beside the output. */
  record Remark(Note note) implements Part {}

  /**
   * A table of vpclab's own, e.g. {@code /resources}: plain text in a terminal, HTML in Jupyter.
   */
  record Table(String title, List<String> headers, List<List<String>> rows) implements Part {
    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A problem with vpclab itself rather than with a simulated program: an unknown meta command, a
   * file {@code /open} cannot read. Jupyter shows it as an error.
   */
  record Problem(String code, String message) implements Part {}
}
