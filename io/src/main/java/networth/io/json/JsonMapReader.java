package networth.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import networth.diagnostics.Problem;
import networth.diagnostics.Problems;
import networth.diagnostics.SourcePosition;
import networth.io.InputFileException;
import networth.io.Layout;
import networth.io.Locations;
import networth.io.ReadResult;
import networth.io.ReadSizes;
import networth.io.Utf8Text;
import networth.io.json.JsonDocument.AffiliationJson;
import networth.io.json.JsonDocument.GroupJson;
import networth.io.json.JsonDocument.MoneyJson;
import networth.io.json.JsonDocument.NodeJson;
import networth.model.Affiliation;
import networth.model.Affiliation.Role;
import networth.model.Group;
import networth.model.MapSettings;
import networth.model.Money;
import networth.model.NetworkMap;
import networth.model.PartialDate;
import networth.text.NearestNames;

/**
 * Reads the JSON form of a map ({@code docs/json-format.md}) in one streaming pass ({@link
 * JsonMapParser}): each node, link and affiliation is checked and added as soon as it is read. A
 * large document's nodes and links are read ahead on threads as far as they are plain ({@link
 * JsonListAhead}), and a large file is read where it stands ({@link JsonInput}). Every problem is
 * reported at its line and column, named by its path ({@code nodes[3].kind}), and reading goes on.
 * A path is put into words only when a problem needs it: a map of millions of links makes no string
 * for the ones that are right.
 */
public final class JsonMapReader {

  /**
   * The largest amount a map may hold: a thousand million million (10^15), more than any deal; what
   * lies beyond is a mistake, and would be written out digit by digit.
   */
  static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

  /** The most decimal places an amount may have. */
  static final int MAX_DECIMALS = 10;

  /** The longest number read, in characters: Jackson's own bound, said in words here. */
  private static final int MAX_NUMBER_LENGTH = 1_000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build())
          .build();

  private final String source;
  private final Problems problems = new Problems();
  private final NetworkMap.Builder builder = NetworkMap.builder();

  private final RecentDates dates = new RecentDates();
  private final Locations locations = new Locations();
  private final JsonPlaces places;
  private final JsonNodes nodes;
  // The document's bytes when read from them, and when its lists are read ahead (JsonListAhead).
  private JsonInput input = JsonInput.of(new byte[0]);
  private int aheadFrom = Integer.MAX_VALUE;
  private int partBytes = JsonListAhead.PART_BYTES;
  // The parsers that go on after elements read ahead; the list whose indexes the last one counts
  // from its own start, and what it adds to them.
  private final List<JsonParser> goingOn = new java.util.ArrayList<>();
  private String shifted = "";
  private int shift;
  private String title = "";
  private String currency = "";
  private Optional<Money> rate = Optional.empty();
  private Problem stop;

  private JsonMapReader(String source, JsonColumns columns) {
    this.source = source;
    this.places = new JsonPlaces(source, columns);
    this.nodes = new JsonNodes(this, builder, locations, places);
  }

  /**
   * Reads a map from its text.
   *
   * @param source the name to give in messages, usually the file name as the user wrote it
   * @param text the document
   */
  public static ReadResult read(String source, String text) {
    JsonMapReader reader = new JsonMapReader(source, JsonColumns.ofText());
    if (text.length() <= PLACED_MAX) {
      reader.locations.text(source, text.lines().toList());
    }
    // A byte order mark before the map (as some editors save UTF-8) is passed over, as Jackson
    // passes it over in bytes: read as a blank, every place after it stays where it is.
    String read = text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
    return reader.read(() -> FACTORY.createParser(read));
  }

  /**
   * Reads a map from the bytes of its file, UTF-8, without first making them one string: Jackson's
   * parser over bytes is its fastest, and a large map's text is not held twice. Problems stand at
   * the same lines and columns (in characters) as when read from the text.
   *
   * @param source the name to give in messages, usually the file name as the user wrote it
   * @param utf8 the file's content, UTF-8 (a byte that is not is reported as a mistake of JSON)
   */
  public static ReadResult read(String source, byte[] utf8) {
    return read(source, utf8, JsonListAhead.FROM_BYTES, JsonListAhead.PART_BYTES);
  }

  /**
   * The same, the nodes and links read ahead ({@link JsonListAhead}) when at least {@code
   * aheadFrom} bytes follow their opening bracket, in parts of about {@code partBytes}: for tests,
   * which read small documents so.
   */
  public static ReadResult read(String source, byte[] utf8, int aheadFrom, int partBytes) {
    try {
      return read(source, JsonInput.of(utf8), aheadFrom, partBytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // bytes in memory are not read from a device
    }
  }

  /**
   * Files larger than this are read where they stand, not held whole in memory: see {@link
   * JsonInput}.
   */
  static final long STREAMED_FROM = 1 << 25;

  /**
   * Reads a map from its file, UTF-8: a small one from its bytes read whole ({@link #read(String,
   * byte[])}), a large one where it stands, checked to be UTF-8 as it is read ({@link JsonInput}).
   *
   * @param source the name to give in messages, usually the file name as the user wrote it
   * @throws InputFileException naming the file, line and column of the first byte that is not
   *     UTF-8, or saying that the file changed while it was read
   */
  public static ReadResult read(String source, Path file) throws IOException {
    return read(source, file, STREAMED_FROM, JsonListAhead.FROM_BYTES, JsonListAhead.PART_BYTES);
  }

  /** The same, files from {@code streamedFrom} bytes read where they stand: for tests. */
  public static ReadResult read(
      String source, Path file, long streamedFrom, int aheadFrom, int partBytes)
      throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      if (size < streamedFrom) {
        return read(source, Utf8Text.bytes(file), aheadFrom, partBytes);
      }
      JsonInput input = JsonInput.of(channel);
      Optional<ReadResult> read;
      try {
        read = Optional.of(read(source, input, aheadFrom, partBytes));
      } catch (EOFException | java.io.UncheckedIOException e) {
        read = Optional.empty(); // the file was shortened: said below, once checked
      }
      if (!input.wasUtf8()) {
        // A byte that is not UTF-8, or reading stopped early: the file is checked whole, and
        // its first such byte placed.
        Optional<InputFileException> bad = Utf8Text.check(file);
        if (bad.isPresent()) {
          throw bad.get();
        }
      }
      if (read.isEmpty() || channel.size() != size) {
        throw Utf8Text.changedWhileRead(file);
      }
      return read.get();
    }
  }

  private static ReadResult read(String source, JsonInput input, int aheadFrom, int partBytes)
      throws IOException {
    byte[] first = new byte[(int) Math.min(4, input.size())];
    input.read(0, first, 0, first.length);
    if (zeroInFirstFour(first)) {
      // Jackson takes a zero byte among the first four for UTF-16 or UTF-32 and would read the
      // rest as such; as UTF-8 text such a document is plain wrong JSON, and said so at its place.
      return read(source, text(input));
    }
    JsonMapReader reader = new JsonMapReader(source, JsonColumns.ofBytes(input));
    reader.expect(input);
    reader.input = input;
    reader.aheadFrom = aheadFrom;
    reader.partBytes = Math.max(1, partBytes);
    if (input.size() <= PLACED_MAX) {
      reader.locations.text(source, text(input).lines().toList());
    }
    ReadResult read = reader.read(() -> input.parser(FACTORY));
    if (reader.notJson) {
      // Jackson words its syntax errors differently over bytes, and places some of them inside a
      // character of several bytes: a document that is not JSON is read again as text, so that
      // it is said the same way whichever form it came in. Reading stops at the first such error.
      return read(source, text(input));
    }
    return read;
  }

  /** The whole document as a text (a small one, or one read again to word an error). */
  private static String text(JsonInput input) throws IOException {
    if (input.size() > Integer.MAX_VALUE - 8) {
      throw new IOException("the document is larger than 2 GB");
    }
    byte[] all = new byte[(int) input.size()];
    input.read(0, all, 0, all.length);
    return new String(all, StandardCharsets.UTF_8);
  }

  /**
   * Sizes the builder and the places of a large document from its {@code "id"} and {@code "from"}
   * strings (a node has one id, a link one from), counted in 64 windows of 16 KiB spread evenly
   * over it and scaled to the whole, with a tenth more: its arrays are then filled, not copied as
   * they grow, and on millions of links each copy is fresh memory, which costs more than reading. A
   * guess too small only means an array grows; counting every byte took half a second.
   */
  private void expect(JsonInput input) throws IOException {
    long size = input.size();
    if (size < (1 << 20)) {
      return;
    }
    int windows = 64;
    int width = 1 << 14;
    byte[] w = new byte[width + 6];
    long ids = 0;
    long froms = 0;
    for (int k = 0; k < windows; k++) {
      long from = (size - width - 6) * k / (windows - 1);
      input.read(from, w, 0, w.length);
      for (int i = 0; i < width; i++) {
        if (w[i] == '"') {
          byte c = w[i + 1];
          if (c == 'i' && w[i + 2] == 'd' && w[i + 3] == '"') {
            ids++;
          } else if (c == 'f'
              && w[i + 2] == 'r'
              && w[i + 3] == 'o'
              && w[i + 4] == 'm'
              && w[i + 5] == '"') {
            froms++;
          }
        }
      }
    }
    double scale = 1.1 * size / ((double) windows * width);
    int nodes = (int) Math.min(ids * scale, size / 8);
    int links = (int) Math.min(froms * scale, size / 8);
    ReadSizes.reserve(builder, locations, nodes, links);
  }

  private static boolean zeroInFirstFour(byte[] first) {
    for (byte b : first) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** Opens Jackson's parser over the document. */
  private interface Opening {
    JsonParser open() throws IOException;
  }

  private ReadResult read(Opening opening) {
    try (JsonParser first = opening.open()) {
      JsonMapParser parser = new JsonMapParser(first, this, places);
      try {
        parser.document();
      } catch (StreamConstraintsException e) {
        shape(
            parser.here(),
            parser.path(),
            "a number longer than "
                + String.format(java.util.Locale.ROOT, "%,d", MAX_NUMBER_LENGTH)
                + " characters",
            "an amount is at most " + MAX_AMOUNT.toPlainString() + "; shorten the number");
      }
    } catch (JsonProcessingException e) {
      syntax(e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      closeGoingOn();
    }
    if (stop != null) {
      // Not a map networth reads: nothing else in it is worth a message.
      return new ReadResult(NetworkMap.builder().build(), List.of(stop), locations, Layout.NONE);
    }
    builder.settings(new MapSettings(title, currency, rate));
    return new ReadResult(builder.build(), problems.list(), locations, Layout.NONE);
  }

  /** How many elements were read ahead, and the parser that goes on after the last of them. */
  record ReadAhead(int count, JsonParser goingOn) {}

  /**
   * Reads ahead the elements of the list {@code name} ({@code nodes} or {@code links}) that opens
   * at {@code open}, when the document was read from bytes and enough of them follow; each is added
   * as the parser's element would be.
   */
  Optional<ReadAhead> readAhead(String name, JsonLocation open) throws IOException {
    long at = places.offset(open);
    if (at < 0 || input.size() - at < aheadFrom) {
      return Optional.empty();
    }
    JsonListAhead<?, ?> ahead =
        name.equals("links")
            ? new JsonLinksAhead(input, builder, locations, places, source, partBytes)
            : new JsonNodesAhead(input, nodes, places, partBytes);
    JsonListAhead.Outcome read = ahead.read(at, places.line(open), places.column(open));
    if (read.count() == 0) {
      return Optional.empty();
    }
    // What the parser that goes on reads first: the start of a map, the list, and one element
    // standing for those read ahead, so that it meets what follows them (a comma and the next
    // element, or the list's end) where it would have met it.
    byte[] start = ("{\"" + name + "\":[0").getBytes(StandardCharsets.US_ASCII);
    JsonParser next =
        FACTORY.createParser(
            new SequenceInputStream(new ByteArrayInputStream(start), input.from(read.end())));
    goingOn.add(next);
    for (int i = 0; i < 4; i++) {
      next.nextToken(); // the map, the list's name, the list, the element standing for those read
    }
    places.shift(start.length, read.end(), read.line(), read.column());
    shifted = name;
    shift = read.count() - 1;
    return Optional.of(new ReadAhead(read.count(), next));
  }

  private void closeGoingOn() {
    for (JsonParser p : goingOn) {
      try {
        p.close();
      } catch (IOException e) {
        // Over bytes in memory or a file open for reading: nothing left to release.
      }
    }
  }

  /** The path of a parser's context, as the reader names paths: {@code links[3].date}. */
  String path(JsonStreamContext context) {
    return JsonValues.path(context, shifted, shift);
  }

  /**
   * Documents larger than this many characters (bytes, read from bytes) keep no copy of their
   * lines: their problems give line and column but do not show the line.
   */
  static final int PLACED_MAX = 20_000_000;

  String source() {
    return source;
  }

  boolean stopped() {
    return stop != null;
  }

  /** Whether the document proved not to be JSON at all (a syntax error). */
  private boolean notJson;

  private void syntax(JsonProcessingException e) {
    notJson = true;
    SourcePosition at = where(e);
    String path = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "";
    String message = e.getOriginalMessage().split("\n")[0];
    message = message.replaceAll(" \\(code \\d+\\)", "");
    problems.add(
        Problem.error(
                at,
                (path.isEmpty() ? "" : path + ": ") + "not valid JSON: " + message,
                "check the JSON against docs/json-format.md")
            .showing(locations.line(at), 1));
  }

  /** Where a problem Jackson found stands: its own location, else where its parser stopped. */
  private SourcePosition where(JsonProcessingException e) {
    var loc = e.getLocation();
    if (loc == null && e.getProcessor() instanceof JsonParser p) {
      loc = p.currentLocation();
    }
    return loc == null || loc.getLineNr() < 1 ? SourcePosition.of(source) : places.position(loc);
  }

  /** A mistake in the document's shape, at the place the parser stands. */
  void shape(SourcePosition at, String path, String message, String hint) {
    reported++;
    problems.add(
        Problem.error(at, (path.isEmpty() ? "" : path + ": ") + message, hint)
            .showing(locations.line(at), 1));
  }

  void format(String format) {
    if (format != null && !format.equals(JsonDocument.FORMAT)) {
      problem(
          "format",
          "this is not a networth map (format '" + format + "')",
          "a map says \"format\": \"" + JsonDocument.FORMAT + "\"");
      stop = problems.list().get(problems.list().size() - 1);
    }
  }

  void version(Integer version) {
    if (version != null && version > JsonDocument.VERSION) {
      problem(
          "version",
          "version "
              + version
              + " is newer than this networth reads ("
              + JsonDocument.VERSION
              + ")",
          "update networth");
      stop = problems.list().get(problems.list().size() - 1);
    }
  }

  void title(String title) {
    this.title = orEmpty(title);
  }

  void currency(String code) {
    String c = orEmpty(code);
    if (!c.isEmpty() && !Money.isCurrency(c)) {
      problem("currency", Money.currencyProblem(c), "write \"GBP\", \"USD\", \"EUR\"…");
      c = "";
    }
    this.currency = c;
  }

  void rate(MoneyJson m) {
    this.rate = money("rate", m);
  }

  void group(String at, GroupJson g) {
    if (g.name() == null || g.name().isBlank()) {
      problem(at + ".name", "a group needs a name", "give it one: \"name\": \"social\"");
    } else if (builder.hasGroup(g.name())) {
      problem(at + ".name", "group '" + g.name() + "' is defined twice", "merge the two");
    } else {
      List<String> members = orEmpty(g.members());
      if (members.stream().anyMatch(m -> m == null || m.isBlank())) {
        problem(at + ".members", "a member's id is blank", "list node ids");
      } else {
        for (int j = 0; j < members.size(); j++) {
          // A member listed only here is pointed at here when the checks speak of it.
          locations.referred(members.get(j), places.at(at + ".members[" + j + "]"));
        }
        builder.group(new Group(g.name(), members.stream().distinct().toList()));
      }
    }
  }

  /** A node whose shape was wrong (reported): the checks say nothing more about its id. */
  void broken(String id) {
    if (id != null && !builder.isDeclared(id)) {
      locations.broken(id);
    }
  }

  /** How many wrong values were reported, to tell whether a node had one. */
  int reported;

  void node(String list, int index, NodeJson n) {
    nodes.node(list, index, n);
  }

  /**
   * Link {@code index} of {@code list}, from its fields as written (null where absent): each end
   * numbered by the builder with one look-up, the date most often one already met.
   */
  void link(
      String list,
      int index,
      String from,
      String to,
      String kind,
      String date,
      String note,
      Map<String, String> attributes) {
    if (from == null || from.isBlank() || to == null || to.isBlank()) {
      problem(
          list + "[" + index + "]",
          "a link needs \"from\" and \"to\"",
          "give the ids of the two nodes: {\"from\": \"Emily\", \"to\": \"Roger\"}");
      return;
    }
    Optional<PartialDate> day = Optional.empty();
    if (date != null) {
      try {
        day = dates.parse(date);
      } catch (IllegalArgumentException e) {
        problem(list + "[" + index + "].date", e.getMessage(), DATE_HINT);
      }
    }
    Map<String, String> kept =
        attributes == null ? Map.of() : attributes(list + "[" + index + "]", attributes);
    int a = builder.number(from);
    int b = builder.number(to);
    builder.link(a, b, orEmpty(kind), day, orEmpty(note), kept);
    locations.link(places.elementStart());
    if (!builder.isDeclared(a)) {
      locations.referred(builder.id(a), places.at(list + "[" + index + "].from"));
    }
    if (!builder.isDeclared(b)) {
      locations.referred(builder.id(b), places.at(list + "[" + index + "].to"));
    }
  }

  /**
   * The attributes of the node or link at {@code owner}, in the document's order; a key given null
   * is reported.
   */
  Map<String, String> attributes(String owner, Map<String, String> attributes) {
    if (attributes == null) {
      return Map.of();
    }
    Map<String, String> kept = new LinkedHashMap<>();
    attributes.forEach(
        (key, value) -> {
          if (value == null) {
            problem(
                owner + ".attributes",
                "attribute '" + key + "' has no value",
                "give it a text (\"" + key + "\": \"…\"), or leave it out");
          } else {
            kept.put(key, value);
          }
        });
    return kept;
  }

  void affiliation(String at, AffiliationJson a) {
    if (a.person() == null
        || a.person().isBlank()
        || a.organisation() == null
        || a.organisation().isBlank()) {
      problem(
          at,
          "an affiliation needs \"person\" and \"organisation\"",
          "give the ids of the two nodes: {\"person\": \"Sam\", \"role\": \"works at\","
              + " \"organisation\": \"Northwind\"}");
      return;
    }
    String word = orEmpty(a.role());
    Optional<Role> role = Role.fromPhrase(word).or(() -> Role.fromName(word));
    if (role.isEmpty()) {
      String near = NearestNames.didYouMean(word, Role.phrases());
      problem(
          at + ".role",
          word.isEmpty() ? "an affiliation needs a role" : "unknown role '" + word + "'",
          (near.isEmpty() ? "" : near + " ") + "write one of " + String.join(", ", Role.phrases()));
      return;
    }
    int before = reported;
    Optional<PartialDate> since = date(at, "since", a.since());
    Optional<PartialDate> until = date(at, "until", a.until());
    if (reported > before) {
      return;
    }
    builder.affiliation(
        new Affiliation(a.person(), a.organisation(), role.get(), since, until, orEmpty(a.note())));
    locations.affiliation(places.elementStart());
    if (!builder.isDeclared(a.person())) {
      locations.referred(a.person(), places.at(at + ".person"));
    }
    if (!builder.isDeclared(a.organisation())) {
      locations.referred(a.organisation(), places.at(at + ".organisation"));
    }
  }

  OptionalDouble probability(String where, BigDecimal p) {
    if (p == null) {
      return OptionalDouble.empty();
    }
    if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
      problem(
          where + ".probability",
          "a probability lies between 0 and 1, not " + p,
          "write 0.4 for 40%");
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(p.doubleValue());
  }

  Optional<Money> money(String at, MoneyJson m) {
    return money(at, "", m);
  }

  /** The amount in field {@code field} of the value at {@code where} ("" for that value itself). */
  Optional<Money> money(String where, String field, MoneyJson m) {
    if (m == null) {
      return Optional.empty();
    }
    String at = field.isEmpty() ? where : where + "." + field;
    if (m.amount() == null || m.amount().signum() < 0) {
      problem(
          at + ".amount",
          "an amount of 0 or more is needed",
          "write {\"amount\": 50000, \"currency\": \"GBP\"}");
      return Optional.empty();
    }
    if (m.amount().compareTo(MAX_AMOUNT) > 0
        || m.amount().stripTrailingZeros().scale() > MAX_DECIMALS) {
      problem(
          at + ".amount",
          "an amount is at most "
              + String.format(java.util.Locale.ROOT, "%,d", MAX_AMOUNT.longValueExact())
              + " with at most "
              + MAX_DECIMALS
              + " decimal places, not "
              + shown(m.amount()),
          "check the amount: is it in the map's currency, without stray digits?");
      return Optional.empty();
    }
    String code = orEmpty(m.currency());
    if (!code.isEmpty() && !Money.isCurrency(code)) {
      problem(
          at + ".currency",
          Money.currencyProblem(code),
          "write \"GBP\", \"USD\", \"EUR\"…, or leave it out for the map's currency");
      return Optional.empty();
    }
    return Optional.of(new Money(m.amount(), code));
  }

  private static final String DATE_HINT = "write YYYY, YYYY-MM or YYYY-MM-DD";

  Optional<PartialDate> date(String at, String text) {
    return date(at, "", text);
  }

  /** The date in field {@code field} of the value at {@code where} ("" for that value itself). */
  Optional<PartialDate> date(String where, String field, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return dates.parse(text);
    } catch (IllegalArgumentException e) {
      problem(field.isEmpty() ? where : where + "." + field, e.getMessage(), DATE_HINT);
      return Optional.empty();
    }
  }

  /** A wrong value: at its line and column, named by its path, the line shown. */
  void problem(String path, String message, String hint) {
    SourcePosition at = places.at(path);
    reported++;
    problems.add(
        Problem.error(at, (path.isEmpty() ? "" : path + ": ") + message, hint)
            .showing(locations.line(at), 1));
  }

  /** A number as a message shows it: plainly when short, else in scientific notation. */
  private static String shown(BigDecimal d) {
    String plain =
        d.abs().compareTo(BigDecimal.TEN.pow(30)) < 0 && d.scale() < 30
            ? d.toPlainString()
            : d.toString();
    return plain.length() <= 40 ? plain : d.round(new java.math.MathContext(6)).toString();
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }
}
