package dev.vpclab.cli.args;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which values botocore accepts for a timestamp member: epoch seconds (a number or numeric text) or
 * a date string. botocore hands strings to dateutil, which reads far more layouts than this; the
 * ones here are those people type (ISO 8601 with or without time and zone, RFC 1123).
 */
final class Timestamps {
  private static final List<Consumer<String>> PARSERS =
      List.of(
          OffsetDateTime::parse,
          LocalDateTime::parse,
          LocalDate::parse,
          s -> ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME),
          s -> LocalDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
          s -> OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssX")));

  private Timestamps() {}

  static boolean accepted(JsonNode value) {
    if (value == null) {
      return false;
    }
    if (value.isNumber()) {
      return true;
    }
    if (!value.isTextual()) {
      return false;
    }
    String s = value.textValue().trim();
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      // not epoch seconds; try dates
    }
    for (Consumer<String> parser : PARSERS) {
      try {
        parser.accept(s);
        return true;
      } catch (DateTimeParseException e) {
        // next layout
      }
    }
    return false;
  }
}
