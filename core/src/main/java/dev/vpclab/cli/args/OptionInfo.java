package dev.vpclab.cli.args;

import java.util.List;
import java.util.Optional;

/**
 * One option of an operation as help and tab completion present it: {@code --cidr-block}, whether
 * the real CLI insists on it, what kind of value it takes and a short description.
 *
 * @param name the option as typed, e.g. {@code --cidr-block}; a positional ({@code outfile}) has no
 *     dashes
 * @param required whether the real CLI refuses the command without it
 * @param value what follows the option
 * @param typeName botocore's type of the value ({@code string}, {@code integer}, {@code list},
 *     {@code structure}, {@code boolean}...); for lists, the type of the whole list
 * @param shape the model shape the value is checked against, if it comes from the model
 * @param enumValues the values the model allows, when it lists them (for a list, its members')
 * @param documentation the first paragraph of the model's (or the customization's) doc, plain text
 * @param memberName the request member it fills, if it fills one directly
 */
public record OptionInfo(
    String name,
    boolean required,
    ValueKind value,
    String typeName,
    Optional<String> shape,
    List<String> enumValues,
    String documentation,
    Optional<String> memberName) {

  public OptionInfo {
    enumValues = List.copyOf(enumValues);
  }

  /** An option that fills no model member directly: a customization's or a positional. */
  static OptionInfo unmodelled(
      String name,
      boolean required,
      ValueKind value,
      String typeName,
      List<String> choices,
      String documentation) {
    return new OptionInfo(
        name,
        required,
        value,
        typeName,
        Optional.empty(),
        choices,
        documentation,
        Optional.empty());
  }

  /** How many words the option takes. */
  public enum ValueKind {
    /** A flag: {@code --dry-run}. */
    NONE,
    /** Exactly one word. */
    ONE,
    /** One word or none: {@code --enable-dns-support [Value=true]}. */
    OPTIONAL,
    /** Any number of words: {@code --vpc-ids vpc-1 vpc-2}. */
    MANY
  }
}
