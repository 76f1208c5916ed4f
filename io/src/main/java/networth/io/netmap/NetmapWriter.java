package networth.io.netmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import networth.io.Layout;
import networth.io.LayoutStatements;
import networth.io.TextOut;
import networth.io.Workers;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Group;
import networth.model.LaterDeal;
import networth.model.MapSettings;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * Prints a map in the canonical {@code .netmap} form, which {@link NetmapReader} reads back to the
 * same map. Given the layout a file was read with, it keeps the file's order, comments and blank
 * lines; otherwise it writes the settings, the groups, the declarations and then the links, joining
 * links into chains where one ends where the next starts. Consecutive declarations are aligned in
 * columns, as a person would line them up.
 */
public final class NetmapWriter {

  private final NetworkMap map;
  private final String currency;
  private final Appendable out;

  /**
   * How each kind of link is spelt, worked out once: a large map has millions of links and a
   * handful of kinds (bounded, for a map whose every link has a kind of its own).
   */
  private final Map<String, String> kinds = new HashMap<>();

  private static final int MAX_KINDS = 10_000;

  /**
   * The names of the map's nodes, spelt once for the chains of links: on a thread of its own for a
   * large map, while the declarations before the links are written.
   */
  private final FutureTask<SpeltNames> spelt;

  /** How many nodes make a map large enough to spell its names on a thread of their own. */
  static final int SPELT_APART = 100_000;

  /** The arrows {@link #plainArrow} has spelt, by kind and date (a small cache, not a map). */
  private static final int ARROWS = 1 << 12;

  private final int[] arrowDates = new int[ARROWS];
  private final String[] arrowKinds = new String[ARROWS];
  private final byte[][] arrowBytes = new byte[ARROWS][];

  /** Where the node after the last one declared stands in the map ({@link #declared}). */
  private int nextPlace;

  /** Declarations waiting to be aligned with the ones that follow them. */
  private final List<String[]> block = new ArrayList<>();

  private NetmapWriter(NetworkMap map, Appendable out) {
    this.map = map;
    this.out = out;
    this.currency = map.settings().currency();
    this.spelt = spell(map);
  }

  /** The map's names spelt, at once for a small map, else on a daemon thread started here. */
  private static FutureTask<SpeltNames> spell(NetworkMap map) {
    if (!map.links().isEmpty() && map.nodes().size() >= SPELT_APART) {
      return Workers.started("spelling names", () -> new SpeltNames(map.nodes()));
    }
    FutureTask<SpeltNames> now =
        new FutureTask<>(() -> new SpeltNames(map.links().isEmpty() ? List.of() : map.nodes()));
    now.run();
    return now;
  }

  /** The map in canonical form, in the order the writer chooses. */
  public static String write(NetworkMap map) {
    return write(map, Layout.NONE);
  }

  /** The map in canonical form, following the layout it was read with. */
  public static String write(NetworkMap map, Layout layout) {
    StringBuilder text = new StringBuilder();
    try {
      write(map, layout, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder throws none
    }
    return text.toString();
  }

  /**
   * The same text written to {@code out} line by line as it is made, so that a large map is never
   * held whole: only a run of consecutive declarations waits, to be aligned in columns.
   */
  public static void write(NetworkMap map, Layout layout, Appendable out) throws IOException {
    NetmapWriter w = new NetmapWriter(map, out);
    DefaultLayout.Sink sink =
        new DefaultLayout.Sink() {
          @Override
          public void accept(Layout.Statement s) throws IOException {
            w.statement(s);
          }

          @Override
          public void chains(int[] firsts, int[] ends, int count, List<String> before)
              throws IOException {
            w.chains(firsts, ends, count, before);
          }
        };
    if (layout.isEmpty()) {
      new DefaultLayout(map).statements(sink);
    } else {
      if (layout.statements() instanceof LayoutStatements kept && kept.isOf(map)) {
        w.kept(kept);
      } else {
        for (Layout.Statement s : layout.statements()) {
          w.statement(s);
        }
      }
      new DefaultLayout(map).rest(layout, sink);
    }
    w.flush();
    List<String> trailer = new ArrayList<>(layout.trailer());
    while (!trailer.isEmpty() && trailer.get(trailer.size() - 1).isEmpty()) {
      trailer.remove(trailer.size() - 1);
    }
    for (String line : trailer) {
      w.line(line);
    }
  }

  /** One line and its end: the text is the lines, each ended by a line break. */
  private void line(CharSequence text) throws IOException {
    out.append(text).append('\n');
  }

  private void line(CharSequence text, String comment) throws IOException {
    out.append(text).append(comment).append('\n');
  }

  /**
   * The statements of the map as it was read, its plain lines written straight from the map: a
   * plain link line as a chain of one link ({@link #chains}), a plain declaration from the node at
   * its place, neither made a statement first.
   */
  private void kept(LayoutStatements kept) throws IOException {
    int[] firsts = new int[PLAIN_BATCH];
    int[] ends = new int[PLAIN_BATCH];
    int count = 0;
    Spelling canonical = new Spelling(Map.of(), currency);
    List<Node> nodes = map.nodes();
    for (int i = 0; i < kept.size(); i++) {
      int link = kept.plainLink(i);
      if (link >= 0) {
        firsts[count] = link;
        ends[count++] = link + 1;
        if (count == PLAIN_BATCH) {
          chains(firsts, ends, count, List.of());
          count = 0;
        }
        continue;
      }
      if (count > 0) {
        chains(firsts, ends, count, List.of());
        count = 0;
      }
      int place = kept.plainNode(i);
      if (place >= 0) {
        block.add(declaration(nodes.get(place), canonical, ""));
      } else {
        statement(kept.get(i));
      }
    }
    if (count > 0) {
      chains(firsts, ends, count, List.of());
    }
  }

  /** How many plain link lines {@link #kept} writes as one batch of {@link #chains}. */
  private static final int PLAIN_BATCH = 512;

  private void statement(Layout.Statement s) throws IOException {
    if (!s.before().isEmpty() || !(s instanceof Layout.NodeLine)) {
      flush();
    }
    for (String before : s.before()) {
      line(before);
    }
    String comment = s.comment().isEmpty() ? "" : "  " + s.comment();
    if (s instanceof Layout.Setting set) {
      line(setting(set), comment);
    } else if (s instanceof Layout.GroupLine g) {
      line(group(map.group(g.name()).orElseThrow()), comment);
    } else if (s instanceof Layout.NodeLine n) {
      declarations(n, comment);
    } else if (s instanceof Layout.ChainLine c) {
      line(chain(c), comment);
    } else if (s instanceof Layout.DealLine d) {
      line(deal(d), comment);
    } else if (s instanceof Layout.AffiliationLine a) {
      line(affiliation(map.affiliations().get(a.index()), a.written()), comment);
    }
  }

  private String setting(Layout.Setting setting) {
    MapSettings s = map.settings();
    Spelling spelling = new Spelling(Map.of("rate", setting.written()), currency);
    return switch (setting.keyword()) {
      case "title" -> "title " + Syntax.quote(s.title());
      case "currency" -> "currency " + s.currency();
      default -> "rate " + spelling.money("rate", s.hourlyRate().orElseThrow());
    };
  }

  /**
   * The nodes of one declaration: on one line when they share every attribute, as they do when the
   * file declared them together ({@code person Lena, Priya since 2020}), else one line each.
   */
  private void declarations(Layout.NodeLine line, String comment) {
    Spelling spelling = new Spelling(line.written(), currency);
    if (line.ids().size() == 1) {
      // Most lines declare one node (all of a map written afresh): no list, no comparison.
      block.add(declaration(declared(line.ids().get(0)), spelling, comment));
      return;
    }
    List<String[]> each = new ArrayList<>();
    for (String id : line.ids()) {
      each.add(declaration(declared(id), spelling, comment));
    }
    boolean together = each.stream().allMatch(d -> d[2].equals(each.get(0)[2]));
    if (together && each.size() > 1) {
      String names = String.join(", ", each.stream().map(d -> d[1]).toList());
      block.add(new String[] {each.get(0)[0], names, each.get(0)[2], comment});
    } else {
      block.addAll(each);
    }
  }

  /**
   * The node {@code id} names, tried first at the place after the last one declared: a map's nodes
   * are in the order they are declared, so a million declarations are found without a million
   * look-ups by id.
   */
  private Node declared(String id) {
    List<Node> nodes = map.nodes();
    if (nextPlace < nodes.size() && nodes.get(nextPlace).id().equals(id)) {
      return nodes.get(nextPlace++);
    }
    int place = map.indexOf(id).orElseThrow();
    nextPlace = place + 1;
    return nodes.get(place);
  }

  private static String group(Group g) {
    return "group "
        + Syntax.name(g.name())
        + " = "
        + String.join(", ", g.members().stream().map(Syntax::name).toList());
  }

  /** Kind, name and attributes, to be aligned in columns with the declarations around it. */
  private String[] declaration(Node n, Spelling spelling, String comment) {
    List<String> attributes = new ArrayList<>();
    if (!n.label().equals(n.id())) {
      attributes.add("label " + Syntax.name(n.label()));
    }
    Deal deal = n.deal();
    deal.value().ifPresent(v -> attributes.add("value " + spelling.money("value", v)));
    deal.probability().ifPresent(p -> attributes.add("p " + spelling.probability(p)));
    n.date()
        .ifPresent(
            d -> {
              String keyword = spelling.dateKeyword(n.kind());
              attributes.add(keyword.isEmpty() ? d.toString() : keyword + " " + d);
            });
    n.until().ifPresent(d -> attributes.add("until " + d));
    if (!deal.stage().isEmpty()) {
      attributes.add("stage " + Syntax.name(deal.stage()));
    }
    deal.next()
        .ifPresent(
            s ->
                attributes.add(
                    "next "
                        + Syntax.quote(s.description())
                        + s.date().map(d -> " " + d).orElse("")));
    Cost cost = n.cost();
    cost.money()
        .ifPresent(m -> attributes.add("cost " + spelling.money("cost", m, cost.moneyEvery())));
    cost.hours().ifPresent(h -> attributes.add("hours " + spelling.hours(h, cost.hoursEvery())));
    cost.rate().ifPresent(r -> attributes.add("rate " + spelling.money("rate", r)));
    if (!n.note().isEmpty()) {
      attributes.add("note " + Syntax.quote(n.note()));
    }
    for (Map.Entry<String, String> a : n.attributes().entrySet()) {
      attributes.add(Syntax.name(a.getKey()) + "=" + Syntax.name(a.getValue()));
    }
    return new String[] {
      n.kind().keyword(), Syntax.name(n.id()), String.join(" ", attributes), comment
    };
  }

  /** {@code deal NAME value … won DATE stage …}: a further deal, its values spelt as written. */
  private String deal(Layout.DealLine line) {
    LaterDeal d = map.node(line.id()).orElseThrow().laterDeals().get(line.number());
    Spelling spelling = new Spelling(line.written(), currency);
    Deal terms = d.terms();
    List<String> parts = new ArrayList<>();
    parts.add("deal " + Syntax.name(line.id()));
    terms.value().ifPresent(v -> parts.add("value " + spelling.money("value", v)));
    terms.probability().ifPresent(p -> parts.add("p " + spelling.probability(p)));
    String keyword =
        switch (d.outcome()) {
          case WON -> "won ";
          case LOST -> "lost ";
          case OPEN -> {
            String w = line.written().getOrDefault("date", "since");
            yield w.isEmpty() ? "" : (w.equals("on") ? "on " : "since ");
          }
        };
    if (d.date().isPresent()) {
      parts.add(keyword + d.date().get());
    } else if (d.outcome() != LaterDeal.Outcome.OPEN) {
      parts.add(d.outcome().word());
    }
    if (!terms.stage().isEmpty()) {
      parts.add("stage " + Syntax.name(terms.stage()));
    }
    terms
        .next()
        .ifPresent(
            s ->
                parts.add(
                    "next "
                        + Syntax.quote(s.description())
                        + s.date().map(date -> " " + date).orElse("")));
    return String.join(" ", parts);
  }

  /** Writes the waiting declarations with their kinds and names padded to common widths. */
  private void flush() throws IOException {
    int kindWidth = 0;
    int nameWidth = 0;
    for (String[] d : block) {
      if (!d[2].isEmpty()) {
        kindWidth = Math.max(kindWidth, d[0].length());
        nameWidth = Math.max(nameWidth, d[1].length());
      }
    }
    for (String[] d : block) {
      StringBuilder line = new StringBuilder(pad(d[0], kindWidth)).append(' ');
      if (d[2].isEmpty()) {
        line.append(d[1]);
      } else {
        line.append(pad(d[1], nameWidth)).append("  ").append(d[2]);
      }
      line(line, d[3]);
    }
    block.clear();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  /**
   * {@code Sam works at Northwind since 2020 : note}, keeping the tense the file wrote ({@code
   * worked at}) where it names the same role, else the past form for one that has ended. A person
   * whose name is a keyword is quoted, so that the line does not read as a declaration.
   */
  private static String affiliation(Affiliation a, String written) {
    String role =
        Affiliation.Role.fromPhrase(written).filter(a.role()::equals).isPresent()
            ? written
            : a.role().phrase(a.ended());
    String person = Syntax.name(a.person());
    boolean keyword =
        NodeKind.fromWord(a.person()).isPresent()
            || NetmapReader.STATEMENTS.contains(a.person())
            || a.person().equals("deal");
    StringBuilder line = new StringBuilder(keyword ? Syntax.quote(a.person()) : person);
    line.append(' ').append(role).append(' ').append(Syntax.name(a.organisation()));
    a.since().ifPresent(d -> line.append(" since ").append(d));
    a.until().ifPresent(d -> line.append(" until ").append(d));
    if (!a.note().isEmpty()) {
      line.append(" : ").append(Syntax.note(a.note()));
    }
    return line.toString();
  }

  /**
   * Chains of links written from the map's columns (see {@link DefaultLayout.Sink#chains}): each
   * name copied from {@link SpeltNames}, fetched a batch at a time, and each plain arrow spelt once
   * for its kind and date ({@link #plainArrow}).
   */
  private void chains(int[] firsts, int[] ends, int count, List<String> before) throws IOException {
    flush();
    for (String line : before) {
      line(line);
    }
    SpeltNames spelt = Workers.joined(this.spelt);
    spelt.fetch(map, firsts[0], ends[count - 1]);
    for (int k = 0; k < count; k++) {
      int first = firsts[k];
      int end = ends[k];
      spelt.write(map.fromIndex(first), out);
      for (int e = first; e < end; e++) {
        out.append(' ');
        boolean last = e == end - 1;
        String note = last ? "" : map.linkNote(e);
        if (note.isEmpty() && map.linkAttributes(e).isEmpty()) {
          plainArrow(e);
        } else {
          out.append(arrow(e, !last));
        }
        out.append(' ');
        spelt.write(map.toIndex(e), out);
      }
      String note = map.linkNote(end - 1);
      if (!note.isEmpty()) {
        out.append(" : ").append(Syntax.note(note));
      }
      out.append('\n');
    }
  }

  /**
   * The arrow of link {@code e}, which has no note in it and no attributes: spelt once for each
   * kind and date and kept, as a large map's millions of links have a few thousand dates.
   */
  private void plainArrow(int e) throws IOException {
    String kind = map.linkKind(e);
    int date = map.linkDateKey(e);
    int slot = (date ^ (date >>> 12) ^ kind.hashCode()) & (ARROWS - 1);
    if (arrowDates[slot] != date || !kind.equals(arrowKinds[slot])) {
      arrowDates[slot] = date;
      arrowKinds[slot] = kind;
      arrowBytes[slot] = arrow(e, false).getBytes(StandardCharsets.UTF_8);
    }
    byte[] arrow = arrowBytes[slot];
    if (out instanceof TextOut text) {
      text.writeUtf8(arrow, 0, arrow.length);
    } else {
      out.append(new String(arrow, StandardCharsets.UTF_8));
    }
  }

  private CharSequence chain(Layout.ChainLine c) {
    StringBuilder line = new StringBuilder(names(c.stops().get(0)));
    int link = c.firstLink();
    int last = -1;
    for (int i = 1; i < c.stops().size(); i++) {
      last = link;
      boolean isLast = i == c.stops().size() - 1;
      line.append(' ').append(arrow(last, !isLast)).append(' ').append(names(c.stops().get(i)));
      link += c.stops().get(i - 1).size() * c.stops().get(i).size();
    }
    if (last >= 0 && !map.linkNote(last).isEmpty()) {
      line.append(" : ").append(Syntax.note(map.linkNote(last)));
    }
    return line;
  }

  private static String names(List<String> names) {
    if (names.size() == 1) {
      return Syntax.name(names.get(0));
    }
    StringBuilder joined = new StringBuilder();
    for (String n : names) {
      if (joined.length() > 0) {
        joined.append(", ");
      }
      joined.append(Syntax.name(n));
    }
    return joined.toString();
  }

  /** A link's kind as it stands in an arrow: its words, or quoted. */
  private static String kind(String kind) {
    // A kind that spells a role ("works at") would read back as an affiliation: it is quoted.
    boolean words =
        List.of(kind.split(" ", -1)).stream().allMatch(Syntax::isKindWord)
            && networth.model.Affiliation.Role.fromPhrase(kind).isEmpty();
    return words ? kind : "kind=" + Syntax.quote(kind);
  }

  /**
   * {@code ->}, or {@code -[kind date "note" key=value]->} when link {@code e} says more; asked of
   * the map's columns, without making the link.
   */
  private String arrow(int e, boolean withNote) {
    List<String> parts = new ArrayList<>();
    String linkKind = map.linkKind(e);
    if (!linkKind.isEmpty()) {
      String kind = kinds.get(linkKind);
      if (kind == null) {
        kind = kind(linkKind);
        if (kinds.size() < MAX_KINDS) {
          kinds.put(linkKind, kind);
        }
      }
      parts.add(kind);
    }
    map.linkDate(e).ifPresent(d -> parts.add(d.toString()));
    String note = map.linkNote(e);
    if (withNote && !note.isEmpty()) {
      parts.add(Syntax.quote(note));
    }
    for (Map.Entry<String, String> a : map.linkAttributes(e).entrySet()) {
      // A key that names one of the link's own fields is quoted, which makes it an attribute.
      String key = a.getKey();
      boolean field = LinkStatement.FIELDS.contains(key);
      parts.add((field ? Syntax.quote(key) : Syntax.name(key)) + "=" + Syntax.name(a.getValue()));
    }
    return parts.isEmpty() ? "->" : "-[" + String.join(" ", parts) + "]->";
  }
}
