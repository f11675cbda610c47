package dev.vpclab.shell.syntax;

import java.util.List;

/** A piece of a word: literal text, quoted text, or an expansion. */
public sealed interface WordPart
    permits WordPart.Literal,
        WordPart.SingleQuoted,
        WordPart.Escaped,
        WordPart.DoubleQuoted,
        WordPart.Parameter,
        WordPart.CommandSubstitution,
        WordPart.Arithmetic,
        WordPart.Tilde,
        WordPart.Brace {

  /** The part as it could be typed again. */
  String toSource();

  /** The part's text with quotes removed and no expansion (for here-document delimiters). */
  String withoutQuotes();

  /**
   * Unquoted literal text: subject to pathname expansion (globbing) but never split. Inside {@link
   * DoubleQuoted}, literal text is quoted.
   */
  record Literal(String text) implements WordPart {
    @Override
    public String toSource() {
      return text;
    }

    @Override
    public String withoutQuotes() {
      return text;
    }
  }

  /** {@code 'text'} (or the decoded value of {@code $'text'}): taken literally. */
  record SingleQuoted(String text) implements WordPart {
    @Override
    public String toSource() {
      return text.indexOf('\'') < 0 ? "'" + text + "'" : Quoting.ansiC(text);
    }

    @Override
    public String withoutQuotes() {
      return text;
    }
  }

  /** {@code \c}: one character taken literally. */
  record Escaped(String text) implements WordPart {
    @Override
    public String toSource() {
      return "\\" + text;
    }

    @Override
    public String withoutQuotes() {
      return text;
    }
  }

  /** {@code "..."}: literal text and expansions, expanded but never split or globbed. */
  record DoubleQuoted(List<WordPart> parts) implements WordPart {
    public DoubleQuoted {
      parts = List.copyOf(parts);
    }

    public static DoubleQuoted of(WordPart... parts) {
      return new DoubleQuoted(List.of(parts));
    }

    @Override
    public String toSource() {
      var out = new StringBuilder("\"");
      for (WordPart part : parts) {
        if (part instanceof Literal literal) {
          for (char c : literal.text().toCharArray()) {
            if (c == '"' || c == '\\' || c == '$' || c == '`') {
              out.append('\\');
            }
            out.append(c);
          }
        } else {
          out.append(part.toSource());
        }
      }
      return out.append('"').toString();
    }

    @Override
    public String withoutQuotes() {
      var out = new StringBuilder();
      for (WordPart part : parts) {
        out.append(part.withoutQuotes());
      }
      return out.toString();
    }
  }

  /**
   * {@code $NAME}, {@code ${NAME}}, {@code $?}, or {@code ${NAME:-word}} and its relatives. A form
   * vpclab does not know is kept as {@link Operator#BAD_SUBSTITUTION} and fails when expanded, as
   * bash's "bad substitution" does.
   */
  record Parameter(String name, Operator operator, Word argument, Word replacement, boolean braced)
      implements WordPart {
    /** Any form but a replacement ({@code replacement} is only for {@code ${X/pattern/string}}). */
    public Parameter(String name, Operator operator, Word argument, boolean braced) {
      this(name, operator, argument, null, braced);
    }

    public static Parameter simple(String name) {
      return new Parameter(name, Operator.NONE, null, false);
    }

    public static Parameter braced(String name) {
      return new Parameter(name, Operator.NONE, null, true);
    }

    @Override
    public String toSource() {
      if (operator == Operator.BAD_SUBSTITUTION) {
        return "${" + name + "}";
      }
      if (!braced) {
        return "$" + name;
      }
      if (operator == Operator.LENGTH) {
        return "${#" + name + "}";
      }
      return "${"
          + name
          + operator.symbol()
          + (argument == null ? "" : argument.toSource())
          + (replacement == null ? "" : "/" + replacement.toSource())
          + "}";
    }

    @Override
    public String withoutQuotes() {
      return toSource();
    }

    /** What happens to the value: {@code ${NAME:-word}} is {@link #USE_DEFAULT}, and so on. */
    public enum Operator {
      NONE(""),
      LENGTH("#"),
      USE_DEFAULT(":-"),
      USE_DEFAULT_IF_UNSET("-"),
      ASSIGN_DEFAULT(":="),
      ASSIGN_DEFAULT_IF_UNSET("="),
      USE_ALTERNATIVE(":+"),
      USE_ALTERNATIVE_IF_SET("+"),
      ERROR_IF_EMPTY(":?"),
      ERROR_IF_UNSET("?"),
      REMOVE_SHORTEST_PREFIX("#"),
      REMOVE_LONGEST_PREFIX("##"),
      REMOVE_SHORTEST_SUFFIX("%"),
      REMOVE_LONGEST_SUFFIX("%%"),
      /** {@code ${X:offset}} and {@code ${X:offset:length}}; the argument holds both. */
      SUBSTRING(":"),
      REPLACE_FIRST("/"),
      REPLACE_ALL("//"),
      REPLACE_PREFIX("/#"),
      REPLACE_SUFFIX("/%"),
      UPPERCASE_FIRST("^"),
      UPPERCASE_ALL("^^"),
      LOWERCASE_FIRST(","),
      LOWERCASE_ALL(",,"),
      /** The whole text between the braces is in {@code name}. */
      BAD_SUBSTITUTION("");

      private final String symbol;

      Operator(String symbol) {
        this.symbol = symbol;
      }

      public String symbol() {
        return symbol;
      }

      /** Whether the colon form treats an empty value like an unset one. */
      public boolean colon() {
        return symbol.startsWith(":") && symbol.length() == 2;
      }

      public boolean isReplacement() {
        return symbol.startsWith("/");
      }
    }
  }

  /** {@code $(script)} or {@code `script`}: the script's output, trailing newlines removed. */
  record CommandSubstitution(Script script, String source, boolean backquoted) implements WordPart {
    public CommandSubstitution(Script script, String source) {
      this(script, source, false);
    }

    @Override
    public String toSource() {
      return backquoted ? "`" + source + "`" : "$(" + source + ")";
    }

    @Override
    public String withoutQuotes() {
      return toSource();
    }
  }

  /** {@code $((expression))}: integer arithmetic. */
  record Arithmetic(String expression) implements WordPart {
    @Override
    public String toSource() {
      return "$((" + expression + "))";
    }

    @Override
    public String withoutQuotes() {
      return toSource();
    }
  }

  /**
   * {@code ~} or {@code ~user} at the start of a word (or after {@code =} and {@code :} in an
   * assignment): the home directory. {@code user} is empty for plain {@code ~}; {@code +} and
   * {@code -} stand for {@code $PWD} and {@code $OLDPWD}.
   */
  record Tilde(String user) implements WordPart {
    @Override
    public String toSource() {
      return "~" + user;
    }

    @Override
    public String withoutQuotes() {
      return toSource();
    }
  }

  /**
   * {@code {a,b}} or {@code {1..3}}: one word becomes several, before any other expansion ({@code
   * cp file{,.bak}} is {@code cp file file.bak}). A sequence is kept as its alternatives.
   */
  record Brace(List<Word> alternatives) implements WordPart {
    public Brace {
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public String toSource() {
      var out = new StringBuilder("{");
      for (int i = 0; i < alternatives.size(); i++) {
        out.append(i == 0 ? "" : ",").append(alternatives.get(i).toSource());
      }
      return out.append('}').toString();
    }

    @Override
    public String withoutQuotes() {
      return toSource();
    }
  }
}
