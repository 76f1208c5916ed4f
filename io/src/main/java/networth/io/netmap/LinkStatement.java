package networth.io.netmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.io.Locations;
import networth.model.Affiliation.Role;
import networth.model.NetworkMap;
import networth.model.PartialDate;

/**
 * A chain of links in one line: {@code LinkedIn -> "Imagination job" -[found via]-> Emily : note}.
 * Names separated by commas fan out ({@code IDG -> "Client 2", "Client 3"} is two links). The
 * description in {@code -[ ]->} gives the link's kind (its words), date, quoted note and any other
 * facts as {@code KEY=VALUE}; a trailing {@code : note} belongs to the last links of the chain. A
 * line either adds all its links or, when anything in it is wrong, none.
 */
final class LinkStatement {

  private final Line line;
  private final NetworkMap.Builder builder;
  private final Locations locations;

  LinkStatement(Line line, NetworkMap.Builder builder, Locations locations) {
    this.line = line;
    this.builder = builder;
    this.locations = locations;
  }

  private record Arrow(
      Token token,
      String kind,
      Optional<PartialDate> date,
      String note,
      Map<String, String> attributes) {

    Arrow withNote(String n) {
      return new Arrow(token, kind, date, n, attributes);
    }
  }

  /**
   * The keys that set a link's own fields when written bare; written quoted ({@code "date"=x}) they
   * are attributes like any other, so that every attribute has a spelling.
   */
  static final List<String> FIELDS = List.of("kind", "date", "note");

  /** Adds the links; the names at each stop, or empty when the line is wrong. */
  Optional<List<List<String>>> parse() {
    List<List<Token>> stops = new ArrayList<>();
    List<Arrow> arrows = new ArrayList<>();
    Optional<List<Token>> first = names(false);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    stops.add(first.get());
    while (line.at(TokenKind.ARROW) || line.at(TokenKind.LINK_OPEN)) {
      Optional<Arrow> arrow = arrow();
      if (arrow.isEmpty()) {
        return Optional.empty();
      }
      Optional<List<Token>> next = names(true);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      arrows.add(arrow.get());
      stops.add(next.get());
    }
    Optional<RolePhrase.Found> role =
        line.peek().isName()
            ? RolePhrase.at(line, 0).or(() -> RolePhrase.at(line, -1))
            : Optional.empty();
    if (role.isPresent()) {
      return role(role.get().first(), role.get().written());
    }
    if (arrows.isEmpty()) {
      Token t = line.peek();
      line.error(
          t,
          "expected '->' or ',' after a name, found " + t.shown(),
          "quote a name that has spaces: \"Like This\"");
      return Optional.empty();
    }
    if (line.at(TokenKind.NOTE)) {
      Token note = line.take();
      Arrow last = arrows.get(arrows.size() - 1);
      if (!last.note().isEmpty()) {
        line.error(note, "this link already has a note in its -[ ]->", "keep one of the two notes");
        return Optional.empty();
      }
      arrows.set(arrows.size() - 1, last.withNote(note.text()));
    }
    if (!Values.expectEnd(line) || !noSelfLinks(stops, arrows)) {
      return Optional.empty();
    }
    // Each end is looked up once, numbered in the order the links meet them (the order the map
    // lists nodes only referred to), and kept as its number.
    int[][] numbers = new int[stops.size()][];
    for (int i = 0; i < stops.size(); i++) {
      numbers[i] = new int[stops.get(i).size()];
    }
    for (int i = 0; i < arrows.size(); i++) {
      List<Token> froms = stops.get(i);
      List<Token> tos = stops.get(i + 1);
      for (int f = 0; f < froms.size(); f++) {
        numbers[i][f] = builder.number(froms.get(f).text());
        for (int t = 0; t < tos.size(); t++) {
          numbers[i + 1][t] = builder.number(tos.get(t).text());
        }
      }
    }
    List<List<String>> written = new ArrayList<>(stops.size());
    for (int i = 0; i < stops.size(); i++) {
      List<String> names = new ArrayList<>(stops.get(i).size());
      for (int k = 0; k < stops.get(i).size(); k++) {
        int number = numbers[i][k];
        // Only names not (yet) declared need their first use remembered, for the warning.
        if (!builder.isDeclared(number)) {
          locations.referred(builder.id(number), line.position(stops.get(i).get(k)));
        }
        names.add(builder.id(number));
      }
      written.add(List.copyOf(names));
    }
    for (int i = 0; i < arrows.size(); i++) {
      Arrow a = arrows.get(i);
      for (int from : numbers[i]) {
        for (int to : numbers[i + 1]) {
          builder.link(from, to, a.kind(), a.date(), a.note(), a.attributes());
          locations.link(line.position(a.token()));
        }
      }
    }
    return Optional.of(List.copyOf(written));
  }

  private Optional<List<Token>> names(boolean afterArrow) {
    List<Token> names = new ArrayList<>();
    do {
      Token t = line.take();
      if (!t.isName()) {
        String where = names.isEmpty() && afterArrow ? "after '->'" : "here";
        line.error(
            t,
            "a link needs a node's name " + where + ", found " + t.shown(),
            "write names joined by arrows: Emily -> Roger -> Andy");
        return Optional.empty();
      }
      if (t.text().isBlank()) {
        line.error(t, "a name cannot be blank", "give the node a name");
        return Optional.empty();
      }
      names.add(t);
    } while (line.at(TokenKind.COMMA) && line.take() != null);
    return Optional.of(names);
  }

  private Optional<Arrow> arrow() {
    Token open = line.take();
    if (open.is(TokenKind.ARROW)) {
      return Optional.of(new Arrow(open, "", Optional.empty(), "", Map.of()));
    }
    List<String> kind = new ArrayList<>();
    Optional<PartialDate> date = Optional.empty();
    String note = "";
    Map<String, String> attributes = new LinkedHashMap<>();
    boolean kindGiven = false;
    while (!line.at(TokenKind.LINK_CLOSE)) {
      Token t = line.take();
      if (t.isName() && line.at(TokenKind.EQUALS)) {
        line.take();
        Token value = line.take();
        if (!value.isName()) {
          line.error(
              value,
              "expected a value after '='",
              "write " + Syntax.name(t.text()) + "=value, or KEY=\"a value with spaces\"");
          return Optional.empty();
        }
        switch (t.is(TokenKind.WORD) ? t.text() : "") {
          case "kind" -> {
            kind = new ArrayList<>(List.of(value.text()));
            kindGiven = true;
          }
          case "note" -> note = value.text();
          case "date" -> {
            date = Values.dateOf(line, value);
            if (date.isEmpty()) {
              return Optional.empty();
            }
          }
          default -> {
            if (!attribute(t, value, attributes)) {
              return Optional.empty();
            }
          }
        }
      } else if (t.is(TokenKind.STRING)) {
        if (!note.isEmpty()) {
          line.error(t, "a link has one note", "join the two notes into one");
          return Optional.empty();
        }
        note = t.text();
      } else if (t.is(TokenKind.WORD) && PartialDate.looksLikeDate(t.text())) {
        if (date.isPresent()) {
          line.error(t, "a link has one date", "keep one of the two dates");
          return Optional.empty();
        }
        date = Values.dateOf(line, t);
        if (date.isEmpty()) {
          return Optional.empty();
        }
      } else if (t.is(TokenKind.WORD)) {
        kind.add(t.text());
      } else if (t.is(TokenKind.EQUALS)) {
        noKey(t);
        return Optional.empty();
      } else {
        line.error(
            open,
            "'-[' is not closed by ']->'",
            "describe a link as A -[introduced 2012-05 \"a note\"]-> B");
        return Optional.empty();
      }
    }
    line.take();
    String words = String.join(" ", kind);
    // kind="works at" is the way to keep a link of a kind that spells a role, as the hint says.
    if (!kindGiven && Role.fromPhrase(words).isPresent()) {
      role(open, words);
      return Optional.empty();
    }
    return Optional.of(new Arrow(open, words, date, note, attributes));
  }

  /** {@code KEY=VALUE}: a fact of the link, kept in the order written. */
  private boolean attribute(Token key, Token value, Map<String, String> attributes) {
    if (key.text().isEmpty()) {
      return noKey(key);
    }
    if (attributes.containsKey(key.text())) {
      return line.error(
          key,
          "'" + key.text() + "' is given twice in this link",
          "keep one of them, or use another key");
    }
    attributes.put(key.text(), value.text());
    return true;
  }

  private boolean noKey(Token at) {
    return line.error(
        at,
        "an attribute needs a key before '='",
        "name the fact before '=': source=\"Connections.csv row 12\"");
  }

  /** Reports a role written as (or after) a link: an affiliation is no route and takes no arrow. */
  private <T> Optional<T> role(Token at, String words) {
    line.error(
        at,
        "'" + words + "' says who belongs where, which is not a link",
        "write it without an arrow, on a line of its own: Sam "
            + words
            + " Northwind (to keep a link of that kind, write -[kind=\""
            + words
            + "\"]->)");
    return Optional.empty();
  }

  private boolean noSelfLinks(List<List<Token>> stops, List<Arrow> arrows) {
    for (int i = 0; i < arrows.size(); i++) {
      for (Token from : stops.get(i)) {
        for (Token to : stops.get(i + 1)) {
          if (from.text().equals(to.text())) {
            return line.error(
                to,
                "'" + to.text() + "' links to itself",
                "a link joins two different nodes: remove this arrow, or name the other node");
          }
        }
      }
    }
    return true;
  }
}
