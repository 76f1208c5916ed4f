package networth.io.netmap;

import java.util.Optional;
import networth.io.FieldValues;
import networth.io.Locations;
import networth.model.Affiliation;
import networth.model.NetworkMap;
import networth.model.PartialDate;

/**
 * "Sam works at Northwind", "Priya owns "Bloom Coffee" since 2019 : with her sister": a person, a
 * role, an organisation, then {@code since DATE}, {@code until DATE} and a {@code : note}. The
 * statement adds its affiliation or, when anything in it is wrong, nothing.
 */
final class AffiliationStatement {

  private final Line line;
  private final NetworkMap.Builder builder;
  private final Locations locations;

  AffiliationStatement(Line line, NetworkMap.Builder builder, Locations locations) {
    this.line = line;
    this.builder = builder;
    this.locations = locations;
  }

  /** Whether the line reads as an affiliation: a name, then a role. */
  static boolean starts(Line line) {
    return line.peek().isName() && RolePhrase.at(line, 1).isPresent();
  }

  /** Adds the affiliation; the role as written, or empty when the line is wrong. */
  Optional<String> parse() {
    Token person = line.take();
    RolePhrase.Found role = RolePhrase.at(line, 0).orElseThrow();
    for (int i = 0; i < role.words(); i++) {
      line.take();
    }
    Token organisation = line.take();
    if (!organisation.isName()) {
      line.error(
          organisation.is(TokenKind.NEWLINE) ? role.first() : organisation,
          "'" + role.written() + "' needs an organisation",
          "write: " + Syntax.name(person.text()) + " " + role.written() + " Northwind");
      return Optional.empty();
    }
    if (person.text().isBlank() || organisation.text().isBlank()) {
      line.error(
          person.text().isBlank() ? person : organisation,
          "a name cannot be blank",
          "give the node a name");
      return Optional.empty();
    }
    if (person.text().equals(organisation.text())) {
      line.error(
          organisation,
          "'" + person.text() + "' " + role.written() + " itself",
          "an affiliation joins a person to another node: name the organisation");
      return Optional.empty();
    }
    Affiliation a = Affiliation.of(person.text(), role.role(), organisation.text());
    Token untilToken = null;
    while (line.at(TokenKind.WORD)
        && (line.peek().isWord("since") || line.peek().isWord("until"))) {
      Token keyword = line.take();
      boolean since = keyword.text().equals("since");
      if (since ? a.since().isPresent() : a.until().isPresent()) {
        line.error(keyword, "'" + keyword.text() + "' is given twice", "keep one of them");
        return Optional.empty();
      }
      Optional<PartialDate> date = Values.date(line, keyword);
      if (date.isEmpty()) {
        return Optional.empty();
      }
      if (since) {
        a = a.since(date.get());
      } else {
        a = a.until(date.get());
        untilToken = keyword;
      }
    }
    if (line.at(TokenKind.NOTE)) {
      a = a.withNote(line.take().text());
    }
    if (line.hasMore()) {
      Token extra = line.peek();
      return refuse(
          extra,
          "unexpected " + extra.shown(),
          "an affiliation takes since DATE, until DATE and a ': note', in that order:"
              + " Sam works at Northwind since 2020 : head of design");
    }
    String ends = FieldValues.untilProblem(a.since(), a.until());
    if (!ends.isEmpty()) {
      return refuse(
          untilToken, "this affiliation " + ends, "give an until that is not before since");
    }
    for (Token name : new Token[] {person, organisation}) {
      if (!builder.isDeclared(name.text())) {
        locations.referred(name.text(), line.position(name));
      }
    }
    locations.affiliation(line.position(person));
    builder.affiliation(a);
    return Optional.of(role.written().toLowerCase(java.util.Locale.ROOT));
  }

  private Optional<String> refuse(Token at, String message, String hint) {
    line.error(at, message, hint);
    return Optional.empty();
  }
}
