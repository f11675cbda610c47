package dev.vpclab.shell.syntax;

import dev.vpclab.shell.syntax.AndOrList.Connector;
import dev.vpclab.shell.syntax.Script.Statement;
import dev.vpclab.shell.syntax.WordPart.Parameter.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recursive-descent parser for the bash subset vpclab runs. It reads characters directly, as
 * bash's own parser does, because how a character is read depends on where it stands: {@code $(}
 * starts a nested script, a here-document body starts after the end of the line, {@code ~} is
 * special only at the start of a word.
 */
final class Parser {
  private static final Set<String> CLOSING_WORDS =
      Set.of("then", "else", "elif", "fi", "do", "done", "esac", "}", "]]", "in");
  private static final Set<String> UNSUPPORTED_WORDS =
      Set.of("if", "for", "while", "until", "case", "select", "function", "[[", "coproc", "time");
  private static final List<String> OPERATORS =
      List.of(
          "&&", "||", ";;&", ";;", ";&", "|&", "&>>", "&>", ">>", ">|", ">&", "<<<", "<<-", "<<",
          "<&", "<>", "<", ">", "|", "&", ";", "(", ")");
  private static final Set<String> REDIRECTIONS =
      Set.of("&>>", "&>", ">>", ">|", ">&", "<<<", "<<-", "<<", "<&", "<>", "<", ">");
  private static final Pattern ASSIGNMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\\+?)=(.*)", Pattern.DOTALL);
  private static final Pattern ASSIGNMENT_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\+?=");

  private final String src;
  private int pos;
  private Token peeked;
  private final List<PendingHereDoc> pendingHereDocs = new ArrayList<>();
  private boolean danglingBackslash;

  private Parser(String src) {
    this.src = src;
  }

  static ParseResult parse(String source) {
    var parser = new Parser(source);
    try {
      return new ParseResult.Parsed(parser.parseStatements(Stop.END_OF_INPUT, 0));
    } catch (Failure failure) {
      return new ParseResult.Failed(failure.error);
    }
  }

  static Completeness completeness(String source) {
    var parser = new Parser(source);
    try {
      parser.parseStatements(Stop.END_OF_INPUT, 0);
      return parser.danglingBackslash ? Completeness.INCOMPLETE : Completeness.COMPLETE;
    } catch (Failure failure) {
      return failure.error.incomplete() ? Completeness.INCOMPLETE : Completeness.INVALID;
    }
  }

  // ---------------------------------------------------------------- grammar

  private enum Stop {
    END_OF_INPUT,
    SUBSTITUTION,
    SUBSHELL,
    BRACE
  }

  private Script parseStatements(Stop stop, int openedAt) {
    var statements = new ArrayList<Statement>();
    while (true) {
      Token token = peek();
      if (token.kind == Kind.NEWLINE) {
        advance();
        continue;
      }
      if (token.kind == Kind.EOF) {
        switch (stop) {
          case END_OF_INPUT:
            return new Script(statements);
          case SUBSTITUTION:
            throw new Failure(SyntaxError.unmatched(')', openedAt));
          default:
            throw new Failure(SyntaxError.unexpectedEndOfFile(token.start));
        }
      }
      if (closes(stop, token)) {
        return new Script(statements);
      }
      AndOrList list = parseAndOr();
      Token end = peek();
      if (end.isOperator(";") || end.isOperator("&")) {
        advance();
        statements.add(new Statement(list, end.text.equals("&")));
        continue;
      }
      statements.add(new Statement(list, false));
      if (end.kind == Kind.NEWLINE || end.kind == Kind.EOF || closes(stop, end)) {
        continue;
      }
      throw new Failure(SyntaxError.unexpectedToken(end.display(), end.start));
    }
  }

  private static boolean closes(Stop stop, Token token) {
    return switch (stop) {
      case SUBSTITUTION, SUBSHELL -> token.isOperator(")");
      case BRACE -> token.isWord("}");
      case END_OF_INPUT -> false;
    };
  }

  private AndOrList parseAndOr() {
    Pipeline first = parsePipeline();
    var rest = new ArrayList<AndOrList.Link>();
    while (peek().isOperator("&&") || peek().isOperator("||")) {
      Connector connector = advance().text.equals("&&") ? Connector.AND : Connector.OR;
      skipNewlinesBeforeMore();
      rest.add(new AndOrList.Link(connector, parsePipeline()));
    }
    return new AndOrList(first, rest);
  }

  private Pipeline parsePipeline() {
    boolean negated = false;
    if (peek().isWord("!")) {
      advance();
      negated = true;
    }
    var commands = new ArrayList<CommandNode>();
    commands.add(parseCommand());
    while (peek().isOperator("|") || peek().isOperator("|&")) {
      boolean withStderr = advance().text.equals("|&");
      if (withStderr) {
        // a |& b is a 2>&1 | b
        int last = commands.size() - 1;
        commands.set(last, withRedirect(commands.get(last), stderrToStdout()));
      }
      skipNewlinesBeforeMore();
      commands.add(parseCommand());
    }
    return new Pipeline(commands, negated);
  }

  private static Redirect stderrToStdout() {
    return new Redirect.Duplicate(2, Word.literal("1"), true);
  }

  private static CommandNode withRedirect(CommandNode command, Redirect redirect) {
    var redirects = new ArrayList<>(command.redirects());
    redirects.add(redirect);
    if (command instanceof CommandNode.Simple simple) {
      return new CommandNode.Simple(simple.assignments(), simple.words(), redirects);
    } else if (command instanceof CommandNode.Subshell subshell) {
      return new CommandNode.Subshell(subshell.body(), redirects);
    }
    return new CommandNode.Group(((CommandNode.Group) command).body(), redirects);
  }

  /** After {@code |}, {@code &&} or {@code ||} a command must follow, possibly on a later line. */
  private void skipNewlinesBeforeMore() {
    while (peek().kind == Kind.NEWLINE) {
      advance();
    }
    if (peek().kind == Kind.EOF) {
      throw new Failure(SyntaxError.unexpectedEndOfFile(peek().start));
    }
  }

  private CommandNode parseCommand() {
    Token token = peek();
    if (token.isOperator("(")) {
      advance();
      Script body = parseStatements(Stop.SUBSHELL, token.start);
      Token close = advance();
      if (body.isEmpty()) {
        throw new Failure(SyntaxError.unexpectedToken(")", close.start));
      }
      return new CommandNode.Subshell(body, parseRedirects());
    }
    if (token.kind == Kind.WORD) {
      String plain = token.word.plainText().orElse(null);
      if ("{".equals(plain)) {
        advance();
        Script body = parseStatements(Stop.BRACE, token.start);
        Token close = advance();
        if (body.isEmpty()) {
          throw new Failure(SyntaxError.unexpectedToken("}", close.start));
        }
        return new CommandNode.Group(body, parseRedirects());
      }
      if (plain != null && CLOSING_WORDS.contains(plain)) {
        throw new Failure(SyntaxError.unexpectedToken(plain, token.start));
      }
      if (plain != null && UNSUPPORTED_WORDS.contains(plain)) {
        throw new Failure(
            SyntaxError.unsupported(
                "vpclab: `"
                    + plain
                    + "' is not simulated: this shell runs commands, pipelines, lists (; && ||),"
                    + " ( ) and { } groups, but no loops, conditionals or functions",
                token.start));
      }
    }
    return parseSimpleCommand();
  }

  private List<Redirect> parseRedirects() {
    var redirects = new ArrayList<Redirect>();
    while (isRedirection(peek())) {
      redirects.add(parseRedirect());
    }
    return redirects;
  }

  private CommandNode parseSimpleCommand() {
    var assignments = new ArrayList<Assignment>();
    var words = new ArrayList<Word>();
    var redirects = new ArrayList<Redirect>();
    while (true) {
      Token token = peek();
      if (isRedirection(token)) {
        redirects.add(parseRedirect());
      } else if (token.kind == Kind.WORD) {
        advance();
        Assignment assignment = words.isEmpty() ? asAssignment(token.word) : null;
        if (assignment != null) {
          assignments.add(assignment);
        } else {
          words.add(token.word);
        }
      } else if (token.isOperator("(") && words.size() == 1 && assignments.isEmpty()) {
        // bash reads "name (" as the start of a function definition
        advance();
        Token next = peek();
        if (next.isOperator(")")) {
          throw new Failure(
              SyntaxError.unsupported(
                  "vpclab: shell functions are not simulated: type the commands themselves",
                  token.start));
        }
        throw new Failure(SyntaxError.unexpectedToken(next.display(), next.start));
      } else {
        break;
      }
    }
    if (assignments.isEmpty() && words.isEmpty() && redirects.isEmpty()) {
      Token token = peek();
      if (token.kind == Kind.EOF) {
        throw new Failure(SyntaxError.unexpectedEndOfFile(token.start));
      }
      throw new Failure(SyntaxError.unexpectedToken(token.display(), token.start));
    }
    return new CommandNode.Simple(assignments, words, redirects);
  }

  private static boolean isRedirection(Token token) {
    return token.kind == Kind.IO_NUMBER
        || (token.kind == Kind.OPERATOR && REDIRECTIONS.contains(token.text));
  }

  private Redirect parseRedirect() {
    Token token = advance();
    int fd = -1;
    if (token.kind == Kind.IO_NUMBER) {
      fd = parseFd(token.text);
      token = advance();
    }
    Token target = peek();
    if (target.kind != Kind.WORD) {
      throw new Failure(SyntaxError.unexpectedToken(target.display(), target.start));
    }
    advance();
    Word word = target.word;
    int in = fd < 0 ? 0 : fd;
    int out = fd < 0 ? 1 : fd;
    switch (token.text) {
      case "<":
        return new Redirect.ToFile(in, Redirect.Mode.READ, word);
      case ">":
      case ">|":
        return new Redirect.ToFile(out, Redirect.Mode.WRITE, word);
      case ">>":
        return new Redirect.ToFile(out, Redirect.Mode.APPEND, word);
      case "<>":
        return new Redirect.ToFile(in, Redirect.Mode.READ_WRITE, word);
      case "&>":
        return new Redirect.ToFile(1, Redirect.Mode.WRITE_BOTH, word);
      case "&>>":
        return new Redirect.ToFile(1, Redirect.Mode.APPEND_BOTH, word);
      case ">&":
        return new Redirect.Duplicate(out, word, true);
      case "<&":
        return new Redirect.Duplicate(in, word, false);
      case "<<<":
        return new Redirect.HereString(in, word);
      default: // << and <<-
        var hereDoc =
            new Redirect.HereDoc(
                in, word.withoutQuotes(), !word.hasQuoting(), token.text.equals("<<-"));
        pendingHereDocs.add(new PendingHereDoc(hereDoc, lineOf(token.start)));
        return hereDoc;
    }
  }

  private static int parseFd(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static Assignment asAssignment(Word word) {
    if (word.parts().isEmpty() || !(word.parts().get(0) instanceof WordPart.Literal first)) {
      return null;
    }
    Matcher m = ASSIGNMENT.matcher(first.text());
    if (!m.matches()) {
      return null;
    }
    var value = new ArrayList<WordPart>();
    if (!m.group(3).isEmpty()) {
      value.add(new WordPart.Literal(m.group(3)));
    }
    value.addAll(word.parts().subList(1, word.parts().size()));
    return new Assignment(m.group(1), new Word(value), !m.group(2).isEmpty());
  }

  private int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < src.length(); i++) {
      if (src.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  // ---------------------------------------------------------------- tokens

  private enum Kind {
    WORD,
    IO_NUMBER,
    OPERATOR,
    NEWLINE,
    EOF
  }

  private record Token(Kind kind, String text, Word word, int start) {
    boolean isOperator(String op) {
      return kind == Kind.OPERATOR && text.equals(op);
    }

    boolean isWord(String plain) {
      return kind == Kind.WORD && word.plainText().filter(plain::equals).isPresent();
    }

    /** The token as bash names it in "syntax error near unexpected token". */
    String display() {
      return switch (kind) {
        case NEWLINE, EOF -> "newline";
        default -> text;
      };
    }
  }

  private Token peek() {
    if (peeked == null) {
      peeked = lex();
    }
    return peeked;
  }

  private Token advance() {
    Token token = peek();
    peeked = null;
    return token;
  }

  private Token lex() {
    skipBlanks();
    if (pos >= src.length()) {
      if (!pendingHereDocs.isEmpty()) {
        throw hereDocWithoutDelimiter(pendingHereDocs.get(0));
      }
      return new Token(Kind.EOF, "", null, pos);
    }
    int start = pos;
    char c = src.charAt(pos);
    if (c == '#') {
      while (pos < src.length() && src.charAt(pos) != '\n') {
        pos++;
      }
      return lex();
    }
    if (c == '\n') {
      pos++;
      readHereDocBodies();
      return new Token(Kind.NEWLINE, "\n", null, start);
    }
    for (String op : OPERATORS) {
      if (src.startsWith(op, pos)) {
        pos += op.length();
        return new Token(Kind.OPERATOR, op, null, start);
      }
    }
    int digitsEnd = pos;
    while (digitsEnd < src.length() && Character.isDigit(src.charAt(digitsEnd))) {
      digitsEnd++;
    }
    if (digitsEnd > pos
        && digitsEnd < src.length()
        && (src.charAt(digitsEnd) == '<' || src.charAt(digitsEnd) == '>')) {
      pos = digitsEnd;
      return new Token(Kind.IO_NUMBER, src.substring(start, digitsEnd), null, start);
    }
    Word word = readWord();
    return new Token(Kind.WORD, src.substring(start, pos), word, start);
  }

  private void skipBlanks() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos += 2;
        if (pos == src.length()) {
          danglingBackslash = true;
        }
      } else {
        return;
      }
    }
  }

  private static boolean isMeta(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '<'
        || c == '>' || c == '(' || c == ')';
  }

  // ---------------------------------------------------------------- words

  private Word readWord() {
    var parts = new Parts();
    boolean assignmentLike = false;
    boolean tildeAllowed = true;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (isMeta(c)) {
        break;
      }
      if (c == '~' && tildeAllowed && readTilde(parts, assignmentLike)) {
        tildeAllowed = false;
        continue;
      }
      tildeAllowed = false;
      switch (c) {
        case '\\' -> readBackslash(parts);
        case '\'' -> parts.add(readSingleQuoted());
        case '"' -> parts.add(readDoubleQuoted());
        case '$' -> readDollar(parts, false);
        case '`' -> parts.add(readBackquoted(false));
        case '{' -> {
          if (!readBrace(parts)) {
            parts.literal(c);
            pos++;
          }
        }
        default -> {
          parts.literal(c);
          pos++;
          if (c == '=' && !assignmentLike && parts.isAssignmentPrefix()) {
            assignmentLike = true;
            tildeAllowed = true;
          } else if (c == ':' && assignmentLike) {
            tildeAllowed = true;
          }
        }
      }
    }
    return parts.build();
  }

  private static final Pattern NUMBER_SEQUENCE =
      Pattern.compile("(-?[0-9]+)\\.\\.(-?[0-9]+)(?:\\.\\.(-?[0-9]+))?");
  private static final Pattern LETTER_SEQUENCE =
      Pattern.compile("([A-Za-z])\\.\\.([A-Za-z])(?:\\.\\.(-?[0-9]+))?");

  /**
   * A brace expansion at {@code pos}, if there is one: {@code {a,b}} with at least one unquoted
   * comma before the matching brace, or a sequence {@code {1..5}}, {@code {a..e..2}}. Otherwise
   * nothing is read and the brace is an ordinary character.
   */
  private boolean readBrace(Parts parts) {
    int start = pos;
    int close = src.indexOf('}', pos);
    if (close > 0) {
      List<Word> sequence = sequence(src.substring(pos + 1, close));
      if (sequence != null) {
        parts.add(new WordPart.Brace(sequence));
        pos = close + 1;
        return true;
      }
    }
    pos++;
    var alternatives = new ArrayList<Word>();
    while (true) {
      Word alternative = readBraceAlternative();
      if (pos >= src.length() || (src.charAt(pos) != ',' && src.charAt(pos) != '}')) {
        pos = start;
        return false;
      }
      alternatives.add(alternative);
      if (src.charAt(pos++) == '}') {
        break;
      }
    }
    if (alternatives.size() < 2) {
      pos = start;
      return false;
    }
    parts.add(new WordPart.Brace(alternatives));
    return true;
  }

  private Word readBraceAlternative() {
    var parts = new Parts();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (isMeta(c) || c == ',' || c == '}') {
        break;
      }
      switch (c) {
        case '\\' -> readBackslash(parts);
        case '\'' -> parts.add(readSingleQuoted());
        case '"' -> parts.add(readDoubleQuoted());
        case '$' -> readDollar(parts, false);
        case '`' -> parts.add(readBackquoted(false));
        case '{' -> {
          if (!readBrace(parts)) {
            parts.literal(c);
            pos++;
          }
        }
        default -> {
          parts.literal(c);
          pos++;
        }
      }
    }
    return parts.build();
  }

  /** The words of {@code 1..5}, {@code 05..10..2} or {@code a..e}, or null if it is not one. */
  private static List<Word> sequence(String text) {
    Matcher numbers = NUMBER_SEQUENCE.matcher(text);
    Matcher letters = LETTER_SEQUENCE.matcher(text);
    long from;
    long to;
    String step;
    int width = 0;
    boolean isLetters;
    if (numbers.matches()) {
      from = Long.parseLong(numbers.group(1));
      to = Long.parseLong(numbers.group(2));
      step = numbers.group(3);
      isLetters = false;
      if (padded(numbers.group(1)) || padded(numbers.group(2))) {
        width = Math.max(numbers.group(1).length(), numbers.group(2).length());
      }
    } else if (letters.matches()) {
      from = letters.group(1).charAt(0);
      to = letters.group(2).charAt(0);
      step = letters.group(3);
      isLetters = true;
    } else {
      return null;
    }
    long increment = step == null ? 1 : Math.abs(Long.parseLong(step));
    if (increment == 0) {
      increment = 1;
    }
    var words = new ArrayList<Word>();
    long direction = from <= to ? 1 : -1;
    for (long v = from; direction > 0 ? v <= to : v >= to; v += direction * increment) {
      String item;
      if (isLetters) {
        item = String.valueOf((char) v);
      } else if (width > 0) {
        item =
            (v < 0 ? "-" : "")
                + String.format("%0" + (v < 0 ? width - 1 : width) + "d", Math.abs(v));
      } else {
        item = String.valueOf(v);
      }
      words.add(Word.literal(item));
      if (words.size() > 100_000) {
        break;
      }
    }
    return words;
  }

  private static boolean padded(String number) {
    String digits = number.startsWith("-") ? number.substring(1) : number;
    return digits.length() > 1 && digits.startsWith("0");
  }

  /** {@code ~user} up to a slash (or a colon in an assignment), if nothing in it is quoted. */
  private boolean readTilde(Parts parts, boolean assignmentLike) {
    int end = pos + 1;
    while (end < src.length()) {
      char c = src.charAt(end);
      if (isMeta(c) || c == '/' || c == '{' || (assignmentLike && c == ':')) {
        break;
      }
      if ("'\"\\$`".indexOf(c) >= 0) {
        return false;
      }
      end++;
    }
    parts.add(new WordPart.Tilde(src.substring(pos + 1, end)));
    pos = end;
    return true;
  }

  private void readBackslash(Parts parts) {
    if (pos + 1 >= src.length()) {
      parts.literal('\\');
      pos++;
      danglingBackslash = true;
      return;
    }
    char next = src.charAt(pos + 1);
    pos += 2;
    if (next == '\n') {
      if (pos == src.length()) {
        danglingBackslash = true;
      }
      return;
    }
    parts.add(new WordPart.Escaped(String.valueOf(next)));
  }

  private WordPart readSingleQuoted() {
    int start = pos;
    int end = src.indexOf('\'', pos + 1);
    if (end < 0) {
      throw new Failure(SyntaxError.unmatched('\'', start));
    }
    pos = end + 1;
    return new WordPart.SingleQuoted(src.substring(start + 1, end));
  }

  private WordPart readDoubleQuoted() {
    int start = pos;
    pos++;
    var inner = new Parts();
    while (true) {
      if (pos >= src.length()) {
        throw new Failure(SyntaxError.unmatched('"', start));
      }
      char c = src.charAt(pos);
      if (c == '"') {
        pos++;
        return new WordPart.DoubleQuoted(inner.build().parts());
      }
      switch (c) {
        case '\\' -> {
          char next = pos + 1 < src.length() ? src.charAt(pos + 1) : 0;
          if ("$`\"\\".indexOf(next) >= 0 && next != 0) {
            inner.literal(next);
            pos += 2;
          } else if (next == '\n') {
            pos += 2;
          } else {
            inner.literal('\\');
            pos++;
          }
        }
        case '$' -> readDollar(inner, true);
        case '`' -> inner.add(readBackquoted(true));
        default -> {
          inner.literal(c);
          pos++;
        }
      }
    }
  }

  private void readDollar(Parts parts, boolean inDoubleQuotes) {
    int start = pos;
    if (pos + 1 >= src.length()) {
      parts.literal('$');
      pos++;
      return;
    }
    char next = src.charAt(pos + 1);
    if (next == '(') {
      if (pos + 2 < src.length() && src.charAt(pos + 2) == '(') {
        parts.add(readArithmetic());
        return;
      }
      pos += 2;
      Token saved = peeked;
      peeked = null;
      Script script = parseStatements(Stop.SUBSTITUTION, start);
      Token close = advance();
      peeked = saved;
      parts.add(new WordPart.CommandSubstitution(script, src.substring(start + 2, close.start)));
    } else if (next == '{') {
      parts.add(readBraced(inDoubleQuotes));
    } else if (next == '\'' && !inDoubleQuotes) {
      parts.add(readAnsiC());
    } else if (next == '"' && !inDoubleQuotes) {
      pos++;
      parts.add(readDoubleQuoted());
    } else if (isNameStart(next)) {
      int end = pos + 1;
      while (end < src.length() && isNameChar(src.charAt(end))) {
        end++;
      }
      parts.add(WordPart.Parameter.simple(src.substring(pos + 1, end)));
      pos = end;
    } else if (Character.isDigit(next) || "?$#@*!-".indexOf(next) >= 0) {
      parts.add(WordPart.Parameter.simple(String.valueOf(next)));
      pos += 2;
    } else {
      parts.literal('$');
      pos++;
    }
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  private WordPart readArithmetic() {
    int start = pos;
    pos += 3;
    int depth = 0;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0 && pos + 1 < src.length() && src.charAt(pos + 1) == ')') {
          String expression = src.substring(start + 3, pos);
          pos += 2;
          return new WordPart.Arithmetic(expression);
        }
        depth--;
      }
      pos++;
    }
    throw new Failure(SyntaxError.unmatched(')', start));
  }

  private WordPart readBraced(boolean inDoubleQuotes) {
    int start = pos;
    pos += 2;
    if (pos < src.length()
        && src.charAt(pos) == '#'
        && pos + 1 < src.length()
        && src.charAt(pos + 1) != '}') {
      pos++;
      String name = readParameterName();
      if (!name.isEmpty() && pos < src.length() && src.charAt(pos) == '}') {
        pos++;
        return new WordPart.Parameter(name, Operator.LENGTH, null, true);
      }
      return badSubstitution(start);
    }
    String name = readParameterName();
    if (name.isEmpty()) {
      return badSubstitution(start);
    }
    if (pos >= src.length()) {
      throw new Failure(SyntaxError.unmatched('}', start));
    }
    if (src.charAt(pos) == '}') {
      pos++;
      return WordPart.Parameter.braced(name);
    }
    Operator operator = readOperator();
    if (operator == null) {
      return badSubstitution(start);
    }
    if (operator.isReplacement()) {
      Word pattern = readBracedArgument(inDoubleQuotes, start, true);
      Word replacement = Word.of();
      if (src.charAt(pos) == '/') {
        pos++;
        replacement = readBracedArgument(inDoubleQuotes, start, false);
      }
      pos++; // the closing brace
      return new WordPart.Parameter(name, operator, pattern, replacement, true);
    }
    Word argument = readBracedArgument(inDoubleQuotes, start, false);
    pos++; // the closing brace
    return new WordPart.Parameter(name, operator, argument, true);
  }

  private String readParameterName() {
    int start = pos;
    if (pos >= src.length()) {
      return "";
    }
    char c = src.charAt(pos);
    if (isNameStart(c)) {
      while (pos < src.length() && isNameChar(src.charAt(pos))) {
        pos++;
      }
    } else if (Character.isDigit(c)) {
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        pos++;
      }
    } else if ("?$#@*!-".indexOf(c) >= 0) {
      pos++;
    }
    return src.substring(start, pos);
  }

  private static final List<Map.Entry<String, Operator>> OPERATOR_SYMBOLS =
      List.of(
          Map.entry(":-", Operator.USE_DEFAULT),
          Map.entry(":=", Operator.ASSIGN_DEFAULT),
          Map.entry(":+", Operator.USE_ALTERNATIVE),
          Map.entry(":?", Operator.ERROR_IF_EMPTY),
          Map.entry(":", Operator.SUBSTRING),
          Map.entry("##", Operator.REMOVE_LONGEST_PREFIX),
          Map.entry("%%", Operator.REMOVE_LONGEST_SUFFIX),
          Map.entry("//", Operator.REPLACE_ALL),
          Map.entry("/#", Operator.REPLACE_PREFIX),
          Map.entry("/%", Operator.REPLACE_SUFFIX),
          Map.entry("/", Operator.REPLACE_FIRST),
          Map.entry("^^", Operator.UPPERCASE_ALL),
          Map.entry("^", Operator.UPPERCASE_FIRST),
          Map.entry(",,", Operator.LOWERCASE_ALL),
          Map.entry(",", Operator.LOWERCASE_FIRST),
          Map.entry("-", Operator.USE_DEFAULT_IF_UNSET),
          Map.entry("=", Operator.ASSIGN_DEFAULT_IF_UNSET),
          Map.entry("+", Operator.USE_ALTERNATIVE_IF_SET),
          Map.entry("?", Operator.ERROR_IF_UNSET),
          Map.entry("#", Operator.REMOVE_SHORTEST_PREFIX),
          Map.entry("%", Operator.REMOVE_SHORTEST_SUFFIX));

  private Operator readOperator() {
    for (Map.Entry<String, Operator> entry : OPERATOR_SYMBOLS) {
      if (src.startsWith(entry.getKey(), pos)) {
        pos += entry.getKey().length();
        return entry.getValue();
      }
    }
    return null;
  }

  /** The word after {@code ${NAME:-}, up to the matching {@code }}; blanks are part of it. */
  private Word readBracedArgument(boolean inDoubleQuotes, int openedAt, boolean stopAtSlash) {
    var parts = new Parts();
    while (true) {
      if (pos >= src.length()) {
        throw new Failure(SyntaxError.unmatched('}', openedAt));
      }
      char c = src.charAt(pos);
      if (c == '}' || (stopAtSlash && c == '/')) {
        return parts.build();
      }
      switch (c) {
        case '\\' -> {
          if (pos + 1 >= src.length()) {
            throw new Failure(SyntaxError.unmatched('}', openedAt));
          }
          char next = src.charAt(pos + 1);
          pos += 2;
          if (next == '\n') {
            continue;
          }
          if (inDoubleQuotes && "$`\"\\}".indexOf(next) < 0) {
            parts.literal('\\');
            parts.literal(next);
          } else if (inDoubleQuotes) {
            parts.literal(next);
          } else {
            parts.add(new WordPart.Escaped(String.valueOf(next)));
          }
        }
        case '\'' -> {
          if (inDoubleQuotes) {
            parts.literal(c);
            pos++;
          } else {
            parts.add(readSingleQuoted());
          }
        }
        case '"' -> parts.add(readDoubleQuoted());
        case '$' -> readDollar(parts, inDoubleQuotes);
        case '`' -> parts.add(readBackquoted(inDoubleQuotes));
        default -> {
          parts.literal(c);
          pos++;
        }
      }
    }
  }

  private WordPart badSubstitution(int start) {
    int depth = 0;
    for (int i = start + 2; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          pos = i + 1;
          return new WordPart.Parameter(
              src.substring(start + 2, i), Operator.BAD_SUBSTITUTION, null, true);
        }
        depth--;
      }
    }
    throw new Failure(SyntaxError.unmatched('}', start));
  }

  private WordPart readBackquoted(boolean inDoubleQuotes) {
    int start = pos;
    pos++;
    var body = new StringBuilder();
    while (true) {
      if (pos >= src.length()) {
        throw new Failure(SyntaxError.unmatched('`', start));
      }
      char c = src.charAt(pos);
      if (c == '`') {
        pos++;
        break;
      }
      if (c == '\\' && pos + 1 < src.length()) {
        char next = src.charAt(pos + 1);
        if ("$`\\".indexOf(next) >= 0 || (inDoubleQuotes && next == '"')) {
          body.append(next);
          pos += 2;
          continue;
        }
      }
      body.append(c);
      pos++;
    }
    ParseResult inner = parse(body.toString());
    if (inner instanceof ParseResult.Failed failed) {
      throw new Failure(failed.error());
    }
    return new WordPart.CommandSubstitution(
        ((ParseResult.Parsed) inner).script(), body.toString(), true);
  }

  private WordPart readAnsiC() {
    int start = pos;
    pos += 2;
    var out = new StringBuilder();
    while (true) {
      if (pos >= src.length()) {
        throw new Failure(SyntaxError.unmatched('\'', start));
      }
      char c = src.charAt(pos);
      if (c == '\'') {
        pos++;
        return new WordPart.SingleQuoted(out.toString());
      }
      if (c != '\\' || pos + 1 >= src.length()) {
        out.append(c);
        pos++;
        continue;
      }
      pos = Escapes.decode(src, pos + 1, out, true);
    }
  }

  // ---------------------------------------------------------------- here-documents

  private record PendingHereDoc(Redirect.HereDoc doc, int line) {}

  private void readHereDocBodies() {
    for (PendingHereDoc pending : pendingHereDocs) {
      Redirect.HereDoc doc = pending.doc();
      var body = new StringBuilder();
      boolean delimited = false;
      while (pos < src.length()) {
        int newline = src.indexOf('\n', pos);
        int end = newline < 0 ? src.length() : newline;
        String line = src.substring(pos, end);
        pos = newline < 0 ? src.length() : newline + 1;
        if (doc.stripTabs()) {
          line = line.replaceFirst("^\t+", "");
        }
        if (line.equals(doc.delimiter())) {
          delimited = true;
          break;
        }
        body.append(line).append('\n');
      }
      if (!delimited) {
        throw hereDocWithoutDelimiter(pending);
      }
      doc.fill(doc.expand() ? parseHereDocBody(body.toString()) : Word.literal(body.toString()));
    }
    pendingHereDocs.clear();
  }

  private Failure hereDocWithoutDelimiter(PendingHereDoc pending) {
    return new Failure(
        new SyntaxError(
            "warning: here-document at line "
                + pending.line()
                + " delimited by end-of-file (wanted `"
                + pending.doc().delimiter()
                + "')",
            pos,
            true,
            false));
  }

  /** An unquoted here-document body: like a double-quoted word in which {@code "} is plain. */
  static Word parseExpansions(String body) {
    try {
      return parseHereDocBody(body);
    } catch (Failure failure) {
      return Word.literal(body);
    }
  }

  private static Word parseHereDocBody(String body) {
    var parser = new Parser(body);
    var parts = new Parts();
    while (parser.pos < body.length()) {
      char c = body.charAt(parser.pos);
      if (c == '\\' && parser.pos + 1 < body.length()) {
        char next = body.charAt(parser.pos + 1);
        if ("$`\\".indexOf(next) >= 0) {
          parts.literal(next);
          parser.pos += 2;
          continue;
        }
        if (next == '\n') {
          parser.pos += 2;
          continue;
        }
      }
      if (c == '$') {
        parser.readDollar(parts, true);
      } else if (c == '`') {
        parts.add(parser.readBackquoted(true));
      } else {
        parts.literal(c);
        parser.pos++;
      }
    }
    return parts.build();
  }

  // ---------------------------------------------------------------- helpers

  /** Collects the parts of a word, joining adjacent literal characters. */
  private static final class Parts {
    private final List<WordPart> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();

    void literal(char c) {
      literal.append(c);
    }

    void add(WordPart part) {
      flush();
      parts.add(part);
    }

    boolean isAssignmentPrefix() {
      return parts.isEmpty() && ASSIGNMENT_PREFIX.matcher(literal).matches();
    }

    Word build() {
      flush();
      return new Word(parts);
    }

    private void flush() {
      if (literal.length() > 0) {
        parts.add(new WordPart.Literal(literal.toString()));
        literal.setLength(0);
      }
    }
  }

  /** Unwinds the recursive descent to {@link #parse} with the error; never escapes this class. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient SyntaxError error;

    Failure(SyntaxError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }
}
