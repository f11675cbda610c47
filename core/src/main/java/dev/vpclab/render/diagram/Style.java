package dev.vpclab.render.diagram;

import dev.vpclab.trace.Verdict;
import java.util.Optional;

/**
 * The SVG diagram's look: sizes and explicit colours (AWS architecture diagram colours: purple
 * network gateways, green public and blue private subnets, orange compute), on a white background
 * of its own so it reads the same in JupyterLab's light and dark themes.
 */
final class Style {
  static final int FONT_SIZE = 12;

  /** The advance of one character of a 12px monospace font (DejaVu Sans Mono: 0.602 em). */
  static final double CHAR_WIDTH = 7.25;

  static final double LINE = 17;
  static final double PAD = 8;

  static final String BACKGROUND = "#FFFFFF";
  static final String TEXT = "#16191F";
  static final String MUTED = "#5F6B7A";
  static final String VPC = "#8C4FFF";
  static final String VPC_FILL = "#FAF7FF";
  static final String ZONE = "#687078";
  static final String PUBLIC = "#5B8A0F";
  static final String PUBLIC_FILL = "#F1F7E7";
  static final String PRIVATE = "#147EBA";
  static final String PRIVATE_FILL = "#E9F3FA";
  static final String GATEWAY = "#8C4FFF";
  static final String INSTANCE = "#D45B07";
  static final String INTERNET = "#687078";
  static final String INTERNET_FILL = "#F2F3F3";
  static final String CHIP_FILL = "#FFFFFF";
  static final String ROUTE = "#545B64";
  static final String BLACKHOLE = "#8D99A8";
  static final String BLACKHOLE_DASH = "6 4";
  static final String PASS = "#1D8102";
  static final String PASS_FILL = "#E4F3DE";
  static final String FAIL = "#D13212";
  static final String FAIL_FILL = "#FDE7E3";

  private Style() {}

  static double width(String text) {
    return text.codePointCount(0, text.length()) * CHAR_WIDTH;
  }

  /** The colour of a path mark, or {@code fallback} where the path did not come. */
  static String color(Optional<Verdict> mark, String fallback) {
    return mark.map(m -> m == Verdict.FAIL ? FAIL : PASS).orElse(fallback);
  }

  static String fill(Verdict mark) {
    return mark == Verdict.FAIL ? FAIL_FILL : PASS_FILL;
  }

  /** {@code data-path} of a marked element: {@code pass}, {@code fail}, or empty. */
  static String pathAttribute(Optional<Verdict> mark) {
    return mark.map(m -> m == Verdict.FAIL ? "fail" : "pass").orElse("");
  }
}
