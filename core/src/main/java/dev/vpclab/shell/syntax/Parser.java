package dev.vpclab.shell.syntax;

import dev.vpclab.shell.syntax.AndOrList.Connector;
import dev.vpclab.shell.syntax.Script.Statement;
import java.util.ArrayList;
import java.util.List;
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

  private final Source in;
  private final WordScanner words;
  private Token peeked;
  private final List<PendingHereDoc> pendingHereDocs = new ArrayList<>();

  private Parser(String text) {
    this.in = new Source(text);
    this.words = new WordScanner(in, this::substitution);
  }

  static ParseResult parse(String source) {
    var parser = new Parser(source);
    try {
      return new ParseResult.Parsed(parser.parseStatements(Stop.END_OF_INPUT, 0));
    } catch (ParseFailure failure) {
      return new ParseResult.Failed(failure.error());
    }
  }

  static Completeness completeness(String source) {
    var parser = new Parser(source);
    try {
      parser.parseStatements(Stop.END_OF_INPUT, 0);
      return parser.in.danglingBackslash ? Completeness.INCOMPLETE : Completeness.COMPLETE;
    } catch (ParseFailure failure) {
      return failure.error().incomplete() ? Completeness.INCOMPLETE : Completeness.INVALID;
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
            throw new ParseFailure(SyntaxError.unmatched(')', openedAt));
          default:
            throw new ParseFailure(SyntaxError.unexpectedEndOfFile(token.start));
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
      throw new ParseFailure(SyntaxError.unexpectedToken(end.display(), end.start));
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
      throw new ParseFailure(SyntaxError.unexpectedEndOfFile(peek().start));
    }
  }

  private CommandNode parseCommand() {
    Token token = peek();
    if (token.isOperator("(")) {
      advance();
      Script body = parseStatements(Stop.SUBSHELL, token.start);
      Token close = advance();
      if (body.isEmpty()) {
        throw new ParseFailure(SyntaxError.unexpectedToken(")", close.start));
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
          throw new ParseFailure(SyntaxError.unexpectedToken("}", close.start));
        }
        return new CommandNode.Group(body, parseRedirects());
      }
      if (plain != null && CLOSING_WORDS.contains(plain)) {
        throw new ParseFailure(SyntaxError.unexpectedToken(plain, token.start));
      }
      if (plain != null && UNSUPPORTED_WORDS.contains(plain)) {
        throw new ParseFailure(
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
          throw new ParseFailure(
              SyntaxError.unsupported(
                  "vpclab: shell functions are not simulated: type the commands themselves",
                  token.start));
        }
        throw new ParseFailure(SyntaxError.unexpectedToken(next.display(), next.start));
      } else {
        break;
      }
    }
    if (assignments.isEmpty() && words.isEmpty() && redirects.isEmpty()) {
      Token token = peek();
      if (token.kind == Kind.EOF) {
        throw new ParseFailure(SyntaxError.unexpectedEndOfFile(token.start));
      }
      throw new ParseFailure(SyntaxError.unexpectedToken(token.display(), token.start));
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
      throw new ParseFailure(SyntaxError.unexpectedToken(target.display(), target.start));
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
    for (int i = 0; i < offset && i < in.text.length(); i++) {
      if (in.text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The script of a {@code $(...)}, read up to and including its {@code )}. */
  private WordPart.CommandSubstitution substitution(int openedAt) {
    Token saved = peeked;
    peeked = null;
    Script script = parseStatements(Stop.SUBSTITUTION, openedAt);
    Token close = advance();
    peeked = saved;
    return new WordPart.CommandSubstitution(script, in.text.substring(openedAt + 2, close.start));
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
    if (in.pos >= in.text.length()) {
      if (!pendingHereDocs.isEmpty()) {
        throw hereDocWithoutDelimiter(pendingHereDocs.get(0));
      }
      return new Token(Kind.EOF, "", null, in.pos);
    }
    int start = in.pos;
    char c = in.text.charAt(in.pos);
    if (c == '#') {
      while (in.pos < in.text.length() && in.text.charAt(in.pos) != '\n') {
        in.pos++;
      }
      return lex();
    }
    if (c == '\n') {
      in.pos++;
      readHereDocBodies();
      return new Token(Kind.NEWLINE, "\n", null, start);
    }
    for (String op : OPERATORS) {
      if (in.text.startsWith(op, in.pos)) {
        in.pos += op.length();
        return new Token(Kind.OPERATOR, op, null, start);
      }
    }
    int digitsEnd = in.pos;
    while (digitsEnd < in.text.length() && Character.isDigit(in.text.charAt(digitsEnd))) {
      digitsEnd++;
    }
    if (digitsEnd > in.pos
        && digitsEnd < in.text.length()
        && (in.text.charAt(digitsEnd) == '<' || in.text.charAt(digitsEnd) == '>')) {
      in.pos = digitsEnd;
      return new Token(Kind.IO_NUMBER, in.text.substring(start, digitsEnd), null, start);
    }
    Word word = words.readWord();
    return new Token(Kind.WORD, in.text.substring(start, in.pos), word, start);
  }

  private void skipBlanks() {
    while (in.pos < in.text.length()) {
      char c = in.text.charAt(in.pos);
      if (c == ' ' || c == '\t') {
        in.pos++;
      } else if (c == '\\' && in.pos + 1 < in.text.length() && in.text.charAt(in.pos + 1) == '\n') {
        in.pos += 2;
        if (in.pos == in.text.length()) {
          in.danglingBackslash = true;
        }
      } else {
        return;
      }
    }
  }

  // ---------------------------------------------------------------- here-documents

  private record PendingHereDoc(Redirect.HereDoc doc, int line) {}

  private void readHereDocBodies() {
    for (PendingHereDoc pending : pendingHereDocs) {
      Redirect.HereDoc doc = pending.doc();
      var body = new StringBuilder();
      boolean delimited = false;
      while (in.pos < in.text.length()) {
        int newline = in.text.indexOf('\n', in.pos);
        int end = newline < 0 ? in.text.length() : newline;
        String line = in.text.substring(in.pos, end);
        in.pos = newline < 0 ? in.text.length() : newline + 1;
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
      doc.fill(
          doc.expand()
              ? new Parser(body.toString()).words.readExpansions()
              : Word.literal(body.toString()));
    }
    pendingHereDocs.clear();
  }

  private ParseFailure hereDocWithoutDelimiter(PendingHereDoc pending) {
    return new ParseFailure(
        new SyntaxError(
            "warning: here-document at line "
                + pending.line()
                + " delimited by end-of-file (wanted `"
                + pending.doc().delimiter()
                + "')",
            in.pos,
            true,
            false));
  }

  /** An unquoted here-document body: like a double-quoted word in which {@code "} is plain. */
  static Word parseExpansions(String body) {
    try {
      return new Parser(body).words.readExpansions();
    } catch (ParseFailure failure) {
      return Word.literal(body);
    }
  }
}
