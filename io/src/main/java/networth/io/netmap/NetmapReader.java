package networth.io.netmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.io.Layout;
import networth.io.LayoutStatements;
import networth.io.Locations;
import networth.io.ReadResult;
import networth.io.ReadSizes;
import networth.io.SourceLines;
import networth.model.Group;
import networth.model.MapSettings;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;
import networth.text.NearestNames;

/**
 * Reads the {@code .netmap} format (grammar in {@code docs/map-format.md}). Every problem is
 * recorded with its place and reading goes on, so the user sees every mistake at once; the map
 * holds whatever could be read.
 */
public final class NetmapReader {

  private static final Comparator<Problem> IN_FILE_ORDER =
      Comparator.comparingInt((Problem p) -> p.position().line())
          .thenComparingInt(p -> p.position().column());

  static final List<String> STATEMENTS = List.of("group", "title", "currency", "rate");

  private final String source;
  private final SourceLines lines;
  private final Problems problems = new Problems();
  private final NetworkMap.Builder builder = NetworkMap.builder();
  private final Locations locations = new Locations();
  private final Map<String, Integer> groupLines = new HashMap<>();
  private final Map<String, Integer> settingLines = new HashMap<>();
  private final LayoutStatements.Builder layout = LayoutStatements.builder();
  private Map<Integer, String> comments = Map.of();
  private int lastLine;
  private final List<DealStatement.Pending> deals = new ArrayList<>();
  private final Map<String, Integer> dealsOf = new HashMap<>();

  // The line PlainLink reads: it begins at line[lineStart] (the text may be a file mapped into
  // memory, whose lines are brought into an array a block at a time).
  private final SourceLines.Window window;
  private byte[] line = new byte[0];
  private int lineStart;

  private final boolean plainLinks;
  // From how many lines on, and in parts of how many, plain lines are read ahead.
  private int aheadFrom = LinesAhead.FROM_LINES;
  private int aheadPart = LinesAhead.PART_LINES;
  // Whether to keep the file's form (comments, blank lines, how each line was written) for a
  // writer: an analysis only needs what the map means, and a large map's layout is a tenth of the
  // memory its reading takes.
  private final boolean keepLayout;

  private NetmapReader(String source, SourceLines lines, boolean plainLinks, boolean keepLayout) {
    this(
        source,
        java.util.concurrent.CompletableFuture.completedFuture(lines),
        guessedSizes(lines),
        plainLinks,
        keepLayout);
  }

  /**
   * A reader of {@code lines}, which may still be being found: the room for what they hold, as
   * {@code guessed} (declarations, links, lines), is made meanwhile.
   */
  private NetmapReader(
      String source,
      java.util.concurrent.Future<SourceLines> lines,
      int[] guessed,
      boolean plainLinks,
      boolean keepLayout) {
    this.source = source;
    this.plainLinks = plainLinks;
    this.keepLayout = keepLayout;
    ReadSizes.reserve(builder, locations, guessed[0], guessed[1]);
    this.lines = networth.io.Workers.joined(lines);
    this.window = this.lines.window();
    locations.text(source, this.lines);
    if (keepLayout) {
      layout.expect(guessed[2]);
    }
  }

  /** How many lines a large file's sizes are guessed from, spread evenly over it. */
  private static final int SAMPLED_LINES = 4_000;

  /**
   * How many declarations and links the lines hold, guessed from a sample of them spread over the
   * file, with a tenth more for safety: a guess too small makes arrays grow (by half), one too
   * large costs bytes for each link never made. Taking every line for a link, as a small file is,
   * was a fifth too many on the million-node map: 30 MB never used.
   */
  private static int[] guessedSizes(SourceLines lines) {
    int n = lines.size();
    if (n < 20 * SAMPLED_LINES) {
      return new int[] {n / 4, n, n};
    }
    List<String> sample = new ArrayList<>(SAMPLED_LINES);
    for (int k = 0; k < SAMPLED_LINES; k++) {
      sample.add(lines.get((int) ((long) k * n / SAMPLED_LINES)));
    }
    long[] counted = counted(sample);
    return guessed(n, counted[0] * n / SAMPLED_LINES, counted[1] * n / SAMPLED_LINES);
  }

  /**
   * The same from lines spread over a file's bytes ({@link SourceLines#spread}), counted by the
   * bytes they take: the guess that needs no line index.
   */
  static int[] guessedSizes(SourceLines.Spread spread) {
    double perByte = (double) spread.of() / Math.max(1, spread.bytes());
    long[] counted = counted(spread.lines());
    int n = (int) Math.min(spread.of() + 1L, Math.round(spread.lines().size() * perByte));
    return guessed(n, Math.round(counted[0] * perByte), Math.round(counted[1] * perByte));
  }

  /** How many declarations (or other statements) and links the lines of a sample hold. */
  private static long[] counted(List<String> sample) {
    long links = 0;
    long others = 0;
    for (String line : sample) {
      // Each arrow is a link, and each comma beside one another (Ann, Bob -> Cy).
      int arrows = 0;
      int commas = 0;
      for (int i = line.indexOf("->"); i >= 0; i = line.indexOf("->", i + 2)) {
        arrows++;
      }
      if (arrows > 0) {
        for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
          commas++;
        }
        links += arrows + commas;
      } else if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        others++;
      }
    }
    return new long[] {others, links};
  }

  /** Room for the declarations and links of a file of about {@code n} lines, a tenth more. */
  private static int[] guessed(int n, long declarations, long linked) {
    return new int[] {
      (int) Math.min(n, declarations + declarations / 10 + 1024),
      (int) Math.min(n, linked + linked / 10 + 1024),
      n
    };
  }

  /**
   * Reads a map from its text.
   *
   * @param source the name to give in messages, usually the file name as the user wrote it
   * @param text the file's content
   */
  public static ReadResult read(String source, String text) {
    return new NetmapReader(source, SourceLines.of(text), true, true).read();
  }

  /**
   * Reads a map from its file's bytes, which the caller has checked to be UTF-8: the lines are not
   * made into strings unless a statement needs it (see {@link SourceLines}).
   *
   * @param source the name to give in messages, usually the file name as the user wrote it
   * @param utf8 the file's content
   */
  public static ReadResult read(String source, byte[] utf8) {
    return new NetmapReader(source, SourceLines.of(utf8), true, true).read();
  }

  /**
   * The same from lines that may stay in their file ({@link SourceLines#inFile}); with the layout
   * only when {@code keepLayout}: without it ({@link ReadResult#layout()} is {@link Layout#NONE}),
   * the map, its problems and their places are the same, for a command that analyses the map and
   * never writes it back.
   */
  public static ReadResult read(String source, SourceLines lines, boolean keepLayout) {
    return new NetmapReader(source, lines, true, keepLayout).read();
  }

  /**
   * The same from a large file's lines still being {@code found}: the room for what they hold is
   * made from {@code sample}, lines spread over its bytes, while they are found. Finding a
   * million-node map's line breaks and making its room (200 MB of arrays, and a young collection
   * copying them) took a sixth of a second each, one after the other.
   */
  public static ReadResult read(
      String source,
      java.util.concurrent.Future<SourceLines> found,
      SourceLines.Spread sample,
      boolean keepLayout) {
    return new NetmapReader(source, found, guessedSizes(sample), true, keepLayout).read();
  }

  /** The same from bytes in memory. */
  public static ReadResult read(String source, byte[] utf8, boolean keepLayout) {
    return read(source, SourceLines.of(utf8), keepLayout);
  }

  /** The same from bytes in a buffer, read by position only. */
  public static ReadResult read(String source, java.nio.ByteBuffer utf8, boolean keepLayout) {
    return read(source, SourceLines.of(utf8), keepLayout);
  }

  /**
   * Reads plain declarations and links ahead from {@code fromLines} lines on, in parts of {@code
   * partLines}: for tests that hold {@link PlainDeclarationsAhead} and {@link PlainLinksAhead} to
   * reading line by line.
   */
  static ReadResult readAhead(
      String source, String text, boolean keepLayout, int fromLines, int partLines) {
    NetmapReader reader = new NetmapReader(source, SourceLines.of(text), true, keepLayout);
    reader.aheadFrom = fromLines;
    reader.aheadPart = partLines;
    return reader.read();
  }

  /** Reads every line through the lexer and parser, for tests that hold {@link PlainLink} to it. */
  static ReadResult readWithoutShortcut(String source, String text) {
    return new NetmapReader(source, SourceLines.of(text), false, true).read();
  }

  private ReadResult read() {
    Lexer lexer = Lexer.over(source, lines, problems);
    comments = lexer.comments();
    PlainLink plain = new PlainLink();
    PlainLinksAhead ahead = PlainLinksAhead.none(lines, builder);
    // Until the first link, a large map's lines are mostly declarations.
    PlainDeclarationsAhead declarations =
        PlainDeclarationsAhead.from(lines, plainLinks ? aheadFrom : Integer.MAX_VALUE, aheadPart);
    boolean readingAhead = false;
    try {
      while (true) {
        int at = declarations.next(lexer);
        if (plainLinks && at < lines.size()) {
          if (ahead.has(at)) {
            linksAhead(lexer, ahead);
            continue;
          }
          // Any other line may number an id: nothing may look one up meanwhile.
          ahead.stop();
          if (declarations.has(at) && declaredAhead(lexer, declarations, at)) {
            continue;
          }
          lineStart = window.start(at);
          line = window.bytes();
        }
        if (!statement(lexer, plain, at)) {
          break;
        }
        // From the first plain link on, a large map's lines are mostly more of them.
        if (plainLinks && !readingAhead && builder.linkCount() > 0) {
          readingAhead = true;
          declarations.stop();
          ahead =
              PlainLinksAhead.from(lines, lexer.skipBlankLines(), builder, aheadFrom, aheadPart);
        }
      }
    } finally {
      declarations.stop();
      ahead.stop();
    }
    deals.forEach(this::settle);
    List<Problem> found = new ArrayList<>(problems.list());
    found.sort(IN_FILE_ORDER);
    if (!keepLayout) {
      return new ReadResult(builder.build(), found, locations, Layout.NONE);
    }
    List<String> trailer = trivia(lastLine + 1, lines.size() + 1, List.of());
    NetworkMap map = builder.build();
    return new ReadResult(map, found, locations, new Layout(layout.build(map), trailer));
  }

  /**
   * Reads the statement that starts on line {@code at} (from 0; its bytes in {@link #line} when
   * plain links are read by {@link PlainLink}); false at the end of the text.
   */
  private boolean statement(Lexer lexer, PlainLink plain, int at) {
    int lineEnd = lineStart + (plainLinks && at < lines.size() ? lines.length(at) : 0);
    if (plainLinks && at < lines.size() && plain.read(line, lineStart, lineEnd)) {
      lexer.skipLine();
      int from = builder.number(line, lineStart + plain.fromStart, lineStart + plain.fromEnd);
      int to = builder.number(line, lineStart + plain.toStart, lineStart + plain.toEnd);
      link(
          from,
          to,
          (builder.isDeclared(from) ? PlainLinksAhead.FROM_DECLARED : 0)
              | (builder.isDeclared(to) ? PlainLinksAhead.TO_DECLARED : 0),
          plain.kind,
          plain.date,
          plain.fromStart,
          plain.arrowStart,
          plain.toStart,
          at + 1);
      return true;
    }
    if (plainLinks
        && at < lines.size()
        && plain.readDeclaration(line, lineStart, lineEnd, true)
        && plainDeclaration(plain, at + 1)) {
      lexer.skipLine();
      return true;
    }
    List<Token> statement = lexer.nextStatement();
    if (statement.isEmpty()) {
      return false;
    }
    Line line = new Line(statement, source, lines, problems, lexer.failed());
    try {
      Optional<Made> made = statement(line);
      if (made.isPresent() && keepLayout) {
        layout.add(made.get().apply(before(statement), comment(statement)));
      }
    } catch (IllegalArgumentException e) {
      // The model refused what a statement made of the line (each statement checks what it
      // knows first; this keeps one it missed a positioned problem and not the end of reading).
      line.error(
          statement.get(0),
          "this line cannot be read: " + e.getMessage(),
          "correct the line, or remove it");
    }
    return true;
  }

  /**
   * Declares the nodes of the declarations read ahead, from line {@code first} (one of them) on,
   * until the next line that is not blank is not one of them or names an id declared already (the
   * reader then reads it itself); false when line {@code first} does. A loop of its own, as {@link
   * #linksAhead}: the reader's would be compiled again when the declarations give way to links.
   */
  private boolean declaredAhead(Lexer lexer, PlainDeclarationsAhead declarations, int first) {
    int at = first;
    while (declared(
        declarations.node(at), declarations.column(at), declarations.written(at), at + 1)) {
      lexer.skipLine();
      at = declarations.next(lexer);
      if (!declarations.has(at)) {
        return true;
      }
    }
    return at != first;
  }

  /**
   * Adds the links of the lines read ahead, from the next line on, until the next line that is not
   * blank is not one of them. A loop of its own, small beside the reader's: on a large map it is
   * where the time goes, and the compiler makes it fast sooner. A line read ahead as a link is not
   * blank: only the others are looked at for blanks.
   */
  private void linksAhead(Lexer lexer, PlainLinksAhead ahead) {
    for (int at = lexer.skipBlankLines();
        at < lines.size() && ahead.has(at);
        at = ahead.next(lexer)) {
      lexer.skipLine();
      link(
          ahead.from(at),
          ahead.to(at),
          ahead.declared(at),
          ahead.kind(at),
          ahead.date(at),
          ahead.fromColumn(at),
          ahead.arrowColumn(at),
          ahead.toColumn(at),
          at + 1);
    }
  }

  /**
   * Adds the link of a line {@link PlainLink} has read, as {@link LinkStatement} would: between the
   * ends numbered {@code from} and {@code to} (which of them are declared in {@code declared}, as
   * {@link PlainLinksAhead#declared} says), written at the given columns (from 0) of line {@code
   * number}.
   */
  private void link(
      int from,
      int to,
      int declared,
      String kind,
      Optional<networth.model.PartialDate> date,
      int fromColumn,
      int arrowColumn,
      int toColumn,
      int number) {
    int firstLink = builder.linkCount();
    if ((declared & PlainLinksAhead.FROM_DECLARED) == 0) {
      locations.referred(builder.id(from), new SourcePosition(source, number, fromColumn + 1));
    }
    if ((declared & PlainLinksAhead.TO_DECLARED) == 0) {
      locations.referred(builder.id(to), new SourcePosition(source, number, toColumn + 1));
    }
    builder.link(from, to, kind, date, "", Map.of());
    locations.link(source, number, arrowColumn + 1);
    if (!keepLayout) {
      return;
    }
    if (lastLine + 1 == number) {
      layout.plainLink(firstLink);
    } else {
      List<String> before = trivia(lastLine + 1, number, List.of());
      List<List<String>> stops = List.of(List.of(builder.id(from)), List.of(builder.id(to)));
      layout.add(new Layout.ChainLine(stops, firstLink, before, ""));
    }
    lastLine = number;
  }

  /**
   * Declares the node of a line {@link PlainLink#readDeclaration} has read, with the deal it read
   * too (and how its values were written, when the layout is kept), as {@link Declaration} would;
   * false, having done nothing, when the name is declared already (the full parser says so).
   */
  private boolean plainDeclaration(PlainLink plain, int number) {
    int n = builder.number(line, lineStart + plain.fromStart, lineStart + plain.fromEnd);
    return !builder.isDeclared(n)
        && declared(n, plain.node(builder.id(n)), plain.fromStart, plain.written, number);
  }

  /**
   * Declares {@code node}, read ahead from line {@code number} with its name at {@code column}
   * (from 0), as {@link #plainDeclaration} would; false, having done nothing, when its id is
   * declared already.
   */
  private boolean declared(Node node, int column, Map<String, String> written, int number) {
    int n = builder.number(node.id());
    return !builder.isDeclared(n) && declared(n, node, column, written, number);
  }

  /** Declares the node of the id numbered {@code n}, which is not declared yet. */
  private boolean declared(int n, Node node, int column, Map<String, String> written, int number) {
    int place = builder.declaredCount();
    builder.node(n, node);
    locations.declared(node.id(), source, number, column + 1);
    if (!keepLayout) {
      return true;
    }
    List<String> before =
        lastLine + 1 == number ? List.of() : trivia(lastLine + 1, number, List.of());
    if (before.isEmpty() && written.isEmpty()) {
      layout.plainDeclaration(place);
    } else {
      // As Declaration keeps it: how the deal's values were written, for the writer.
      layout.add(new Layout.NodeLine(List.of(node.id()), written, before, ""));
    }
    lastLine = number;
    return true;
  }

  /** A statement of the layout, waiting for its comments. */
  private interface Made extends BiFunction<List<String>, String, Layout.Statement> {}

  private Optional<Made> statement(Line line) {
    boolean isLink = false;
    for (Token t : line.tokens()) {
      isLink |= t.is(TokenKind.ARROW) || t.is(TokenKind.LINK_OPEN);
    }
    Token first = line.peek();
    if (isLink) {
      int firstLink = builder.linkCount();
      return new LinkStatement(line, builder, locations)
          .parse()
          .map(stops -> (b, c) -> new Layout.ChainLine(stops, firstLink, b, c));
    } else if (first.isWord("group")) {
      return group(line, line.take()).map(name -> (b, c) -> new Layout.GroupLine(name, b, c));
    } else if (first.isWord("deal")) {
      return deal(line);
    } else if (first.is(TokenKind.WORD) && STATEMENTS.contains(first.text())) {
      return setting(line)
          .map(set -> (b, c) -> new Layout.Setting(set.keyword(), set.written(), b, c));
    } else if (first.is(TokenKind.WORD) && NodeKind.fromWord(first.text()).isPresent()) {
      return new Declaration(line, builder, locations)
          .parse()
          .map(d -> (b, c) -> new Layout.NodeLine(d.ids(), d.written(), b, c));
    } else if (AffiliationStatement.starts(line)) {
      int index = builder.affiliationCount();
      return new AffiliationStatement(line, builder, locations)
          .parse()
          .map(written -> (b, c) -> new Layout.AffiliationLine(index, written, b, c));
    } else if (unknownRole(line)) {
      return Optional.empty();
    } else if (first.is(TokenKind.WORD)) {
      List<String> words = new ArrayList<>(NodeKind.keywords());
      words.addAll(STATEMENTS);
      words.add("deal");
      String near = NearestNames.didYouMean(first.text(), words);
      line.error(
          first,
          "unknown kind '" + first.text() + "'",
          (near.isEmpty() ? "" : near + " ")
              + "A line declares a node with one of "
              + String.join(", ", NodeKind.keywords())
              + ", links names with ->, or says who belongs where: Sam works at Northwind.");
      unknownKindNames(line);
    } else {
      line.error(
          first,
          "a line must declare a node or link nodes, not start with " + first.shown(),
          "write a declaration such as: person \"Emily Smith\", or a link such as: Emily -> Roger");
    }
    return Optional.empty();
  }

  /**
   * The names a line with an unknown kind meant to declare ({@code clent A, B …}), remembered as
   * broken like those of any failed declaration, so that the one mistake gives one message and not
   * more about A and B where they are used.
   */
  private void unknownKindNames(Line line) {
    for (int at = 1; ; at += 2) {
      Token name = line.peek(at);
      if (!name.is(TokenKind.WORD) && !name.is(TokenKind.STRING)) {
        return;
      }
      if (!builder.isDeclared(name.text())) {
        locations.broken(name.text());
      }
      if (!line.peek(at + 1).is(TokenKind.COMMA)) {
        return;
      }
    }
  }

  /** A further deal: kept until the whole file says whether its name is an opportunity. */
  private Optional<Made> deal(Line line) {
    Optional<DealStatement.Pending> read = new DealStatement(line).parse();
    if (read.isEmpty()) {
      return Optional.empty();
    }
    DealStatement.Pending d = read.get();
    deals.add(d);
    String id = d.name().text();
    int number = dealsOf.merge(id, 1, Integer::sum) - 1;
    return Optional.of((b, c) -> new Layout.DealLine(id, number, d.written(), b, c));
  }

  /** Adds a further deal to its opportunity, or says why it cannot. */
  private void settle(DealStatement.Pending d) {
    Token name = d.name();
    Optional<networth.model.Node> node = builder.declared(name.text());
    if (node.isPresent() && node.get().isOpportunity()) {
      builder.laterDeal(name.text(), d.deal());
    } else if (node.isPresent()) {
      d.line()
          .error(
              name,
              "'"
                  + name.text()
                  + "' is a "
                  + node.get().kind().keyword()
                  + ", and only an opportunity has deals",
              "name a client, prospect or lost opportunity, or change the kind of '"
                  + name.text()
                  + "' to client");
    } else if (!locations.isBroken(name.text())) {
      // A name whose declaration had an error was reported there: one mistake, one message.
      List<String> opportunities =
          builder.declaredNodes().stream()
              .filter(networth.model.Node::isOpportunity)
              .map(networth.model.Node::id)
              .toList();
      String near = NearestNames.didYouMean(name.text(), opportunities);
      d.line()
          .error(
              name,
              "'" + name.text() + "' is never declared",
              (near.isEmpty() ? "" : near + " ")
                  + "A deal belongs to a declared opportunity: declare it, such as client "
                  + Syntax.name(name.text())
                  + " value 4k won 2023-03, or check the spelling.");
    }
  }

  /**
   * Reports a line that reads as an affiliation with a misspelt role ({@code Sam wroks at
   * Northwind}), or one that starts with a quoted name and has no role; false when it is neither.
   */
  private boolean unknownRole(Line line) {
    Token first = line.peek();
    if (!first.isName() || !line.peek(1).is(TokenKind.WORD) || !line.peek(2).isName()) {
      return false;
    }
    boolean nearKind =
        first.is(TokenKind.WORD)
            && !NearestNames.suggest(first.text(), NodeKind.keywords(), 1).isEmpty();
    Optional<RolePhrase.Near> near = nearKind ? Optional.empty() : RolePhrase.nearest(line, 1);
    if (near.isEmpty() && !first.is(TokenKind.STRING)) {
      return false;
    }
    line.error(
        near.map(RolePhrase.Near::span).orElse(line.peek(1)),
        "unknown role '" + near.map(RolePhrase.Near::words).orElse(line.peek(1).text()) + "'",
        near.map(n -> n.didYouMean() + " ").orElse("")
            + "An affiliation is written NAME ROLE NAME, with one of "
            + RolePhrase.list()
            + ": Sam works at Northwind.");
    return true;
  }

  /** The comment lines and blank lines before a statement, and comments inside it. */
  private List<String> before(List<Token> tokens) {
    int first = tokens.get(0).line();
    int last = tokens.get(tokens.size() - 1).line();
    List<String> inside = new ArrayList<>();
    for (int l = first; l < last; l++) {
      if (comments.containsKey(l)) {
        inside.add(comments.get(l));
      }
    }
    List<String> before = trivia(lastLine + 1, first, inside);
    lastLine = last;
    return before;
  }

  private String comment(List<Token> tokens) {
    return comments.getOrDefault(tokens.get(tokens.size() - 1).line(), "");
  }

  /** A blank line is kept unless it starts the file or follows another blank. */
  private boolean keepsBlank(List<String> sofar) {
    return sofar.isEmpty() ? lastLine > 0 : !sofar.get(sofar.size() - 1).isEmpty();
  }

  /** Comments and blank lines (runs of blanks as one) on lines from..to-1, then {@code more}. */
  private List<String> trivia(int from, int to, List<String> more) {
    List<String> out = new ArrayList<>();
    for (int l = from; l < to; l++) {
      String c = comments.get(l);
      if (c != null) {
        out.add(c);
      } else if (lines.isBlank(l - 1) && keepsBlank(out)) {
        out.add("");
      }
    }
    out.addAll(more);
    return out;
  }

  /** A setting that was read: its keyword and its value as written, for the writer to keep. */
  private record SettingRead(String keyword, String written) {}

  /** The setting read, or empty when the line is wrong. */
  private Optional<SettingRead> setting(Line line) {
    Token keyword = line.take();
    Integer before = settingLines.get(keyword.text());
    if (before != null) {
      line.error(
          keyword,
          "'" + keyword.text() + "' is set twice (first on line " + before + ")",
          "keep one of them");
      return Optional.empty();
    }
    Optional<String> written =
        switch (keyword.text()) {
          case "title" -> title(line, keyword) ? Optional.of("") : Optional.empty();
          case "currency" -> currency(line, keyword) ? Optional.of("") : Optional.empty();
          default -> rate(line, keyword);
        };
    if (written.isEmpty() || !Values.expectEnd(line)) {
      return Optional.empty();
    }
    // Only a setting that was read counts: one set again to fix it is not "set twice".
    settingLines.put(keyword.text(), keyword.line());
    return Optional.of(new SettingRead(keyword.text(), written.get()));
  }

  private boolean title(Line line, Token keyword) {
    if (!line.peek().isName()) {
      return line.error(
          keyword, "'title' needs a text", "write: title \"How my clients found me\"");
    }
    StringBuilder title = new StringBuilder(line.take().text());
    while (line.peek().is(TokenKind.WORD)) {
      title.append(' ').append(line.take().text());
    }
    MapSettings s = builder.settings();
    builder.settings(new MapSettings(title.toString(), s.currency(), s.hourlyRate()));
    return true;
  }

  private boolean currency(Line line, Token keyword) {
    Token code = line.take();
    if (!code.is(TokenKind.WORD) || !code.text().matches("[A-Z]{3}")) {
      return line.error(
          code.is(TokenKind.NEWLINE) ? keyword : code,
          "a currency is a three-letter code",
          "write: currency GBP (or USD, EUR…)");
    }
    MapSettings s = builder.settings();
    builder.settings(new MapSettings(s.title(), code.text(), s.hourlyRate()));
    return true;
  }

  /** Sets the map's rate; the amount as written, or empty when it is wrong. */
  private Optional<String> rate(Line line, Token keyword) {
    return Values.money(line, keyword)
        .map(
            r -> {
              MapSettings s = builder.settings();
              builder.settings(new MapSettings(s.title(), s.currency(), Optional.of(r.value())));
              return r.text();
            });
  }

  private Optional<String> group(Line line, Token keyword) {
    Token name = line.take();
    if (!name.isName()) {
      line.error(
          keyword, "'group' needs a name", "write: group social = LinkedIn, Twitter, \"My blog\"");
      return Optional.empty();
    }
    if (name.text().isBlank()) {
      line.error(name, "a group's name cannot be blank", "give the group a name");
      return Optional.empty();
    }
    Integer before = groupLines.get(name.text());
    if (before != null) {
      line.error(
          name,
          "group '" + name.text() + "' is already defined on line " + before,
          "add these members to that line instead");
      return Optional.empty();
    }
    Token equals = line.take();
    if (!equals.is(TokenKind.EQUALS)) {
      line.error(
          equals,
          "expected '=' after the group's name, found " + equals.shown(),
          "write: group " + name.text() + " = LinkedIn, Twitter");
      return Optional.empty();
    }
    List<String> members = new ArrayList<>();
    do {
      Token member = line.take();
      if (!member.isName()) {
        line.error(
            member,
            "expected a member's name, found " + member.shown(),
            "list the members with commas: group social = LinkedIn, Twitter");
        return Optional.empty();
      }
      if (member.text().isBlank()) {
        line.error(member, "a member's name cannot be blank", "give the node a name");
        return Optional.empty();
      }
      if (members.contains(member.text())) {
        line.warning(
            member, "'" + member.text() + "' is listed twice in this group", "list it once");
      } else {
        members.add(member.text());
        locations.referred(member.text(), line.position(member));
      }
    } while (line.peek().is(TokenKind.COMMA) && line.take() != null);
    if (!Values.expectEnd(line)) {
      return Optional.empty();
    }
    // Only a group that was read counts: one defined again to fix it is not "defined twice".
    groupLines.put(name.text(), name.line());
    builder.group(new Group(name.text(), members));
    return Optional.of(name.text());
  }
}
