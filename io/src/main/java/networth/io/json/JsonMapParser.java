package networth.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import networth.io.json.JsonDocument.AffiliationJson;
import networth.io.json.JsonDocument.DealJson;
import networth.io.json.JsonDocument.GroupJson;
import networth.io.json.JsonDocument.MoneyJson;
import networth.io.json.JsonDocument.NextJson;
import networth.io.json.JsonDocument.NodeJson;

/**
 * Walks the tokens of a JSON map once, in the document's order, and hands each element of its lists
 * to the reader as soon as it is read: the map is never held as a tree, and each value's place is
 * recorded on the way ({@link JsonPlaces}). The shape is checked here, strictly: a field this form
 * does not have, a key given twice in one object, a text where a number goes (or the other way
 * round) is reported at its place, and the element that holds it is left out.
 */
final class JsonMapParser extends JsonValues {

  static final String[] MAP = {
    "format", "version", "title", "currency", "rate", "groups", "nodes", "links", "affiliations"
  };
  static final String[] NODE = {
    "id",
    "label",
    "kind",
    "date",
    "until",
    "note",
    "value",
    "probability",
    "stage",
    "next",
    "cost",
    "costEvery",
    "hours",
    "hoursEvery",
    "rate",
    "attributes",
    "deals"
  };
  static final String[] LINK = {"from", "to", "kind", "date", "note", "attributes"};
  static final String[] AFFILIATION = {"person", "role", "organisation", "since", "until", "note"};
  static final String[] GROUP = {"name", "members"};
  static final String[] MONEY = {"amount", "currency"};
  static final String[] NEXT = {"step", "date"};
  static final String[] DEAL = {"outcome", "date", "value", "probability", "stage", "next"};

  JsonMapParser(JsonParser p, JsonMapReader r, JsonPlaces places) {
    super(p, r, places);
  }

  /** The map: an object of the {@link #MAP} fields, and nothing after it. */
  void document() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null || t == JsonToken.VALUE_NULL) {
      // An empty file is pointed at its end; a null at where it stands.
      r.shape(
          here(),
          "",
          "the file holds no map",
          "write an object: {\"nodes\": [...], \"links\": [...]}");
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      r.shape(
          here(),
          "",
          "a map is an object {…}, not " + what(t),
          "write an object: {\"nodes\": [...], \"links\": [...]}");
      return;
    }
    int root = places.root(p.currentTokenLocation());
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int f = index(MAP, name);
      p.nextToken();
      int at = places.top(root, name, p.currentTokenLocation());
      if (f < 0) {
        unknown("", name, MAP);
        p.skipChildren();
        continue;
      }
      if ((seen & (1L << f)) != 0) {
        twice("", name);
        p.skipChildren();
        continue;
      }
      seen |= 1L << f;
      switch (f) {
        case 0 -> r.format(text(name));
        case 1 -> r.version(whole(name));
        case 2 -> r.title(text(name));
        case 3 -> r.currency(text(name));
        case 4 -> r.rate(money(at, name, true));
        case 5 -> list(name, this::group);
        case 6 -> ahead(name, this::node);
        case 7 -> ahead(name, this::link);
        default -> list(name, this::affiliation);
      }
      if (r.stopped()) {
        return;
      }
    }
    JsonToken after = p.nextToken();
    if (after != null) {
      r.shape(
          here(),
          "",
          "there is more after the map's closing }",
          "a file holds one map: remove what follows it");
    }
  }

  /** One element of a list, read with its places recorded and handed to the reader. */
  private interface Element {
    void read(String list, int index) throws IOException;
  }

  private void list(String name, Element element) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      r.shape(
          here(), name, "a list […] goes here, not " + what(t), "write \"" + name + "\": [...]");
      p.skipChildren();
      return;
    }
    elements(name, element, 0);
  }

  /**
   * The map's nodes or links: a large document's read ahead ({@link JsonListAhead}) as far as they
   * are plain, the rest here, by a parser that goes on after the last read ahead.
   */
  private void ahead(String name, Element element) throws IOException {
    if (p.currentToken() == JsonToken.START_ARRAY) {
      Optional<JsonMapReader.ReadAhead> ahead = r.readAhead(name, p.currentTokenLocation());
      if (ahead.isPresent()) {
        p = ahead.get().goingOn();
        elements(name, element, ahead.get().count());
        return;
      }
    }
    list(name, element);
  }

  /** The elements of a list from element {@code i} on, up to its end. */
  private void elements(String name, Element element, int i) throws IOException {
    while (p.nextToken() != JsonToken.END_ARRAY) {
      places.element(name, i, p.currentTokenLocation());
      bad = false;
      element.read(name, i);
      i++;
      if (r.stopped()) {
        return;
      }
    }
  }

  /** Whether element {@code i} of a list opens an object; if not, it is reported and skipped. */
  private boolean opens(String list, int i, String what) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    r.shape(
        here(),
        list + "[" + i + "]",
        what + " is an object {…}, not " + what(t),
        "write it as {…}");
    p.skipChildren();
    return false;
  }

  private void node(String list, int i) throws IOException {
    if (!opens(list, i, "a node")) {
      return;
    }
    String[] s = new String[NODE.length];
    MoneyJson value = null;
    MoneyJson cost = null;
    MoneyJson rate = null;
    BigDecimal probability = null;
    BigDecimal hours = null;
    NextJson next = null;
    Map<String, String> attributes = null;
    List<DealJson> deals = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int f = index(NODE, name);
      p.nextToken();
      int place = places.field(0, name, p.currentTokenLocation());
      if (!fresh(name, f, seen, NODE)) {
        continue;
      }
      seen |= 1L << f;
      switch (name) {
        case "value" -> value = money(place, name, false);
        case "cost" -> cost = money(place, name, false);
        case "rate" -> rate = money(place, name, false);
        case "probability" -> probability = number(name);
        case "hours" -> hours = number(name);
        case "next" -> next = next(place, name);
        case "attributes" -> attributes = attributes(name);
        case "deals" -> deals = deals(place);
        default -> s[f] = text(name);
      }
    }
    NodeJson n =
        new NodeJson(
            s[0],
            s[1],
            s[2],
            s[3],
            s[4],
            s[5],
            value,
            probability,
            s[8],
            next,
            cost,
            s[11],
            hours,
            s[13],
            rate,
            attributes,
            deals);
    if (bad) {
      r.broken(n.id());
    } else {
      r.node(list, i, n);
    }
  }

  /**
   * A link, its fields handed to the reader as they are: links are most of a large map, so none is
   * first made into an object of its own.
   */
  private void link(String list, int i) throws IOException {
    if (!opens(list, i, "a link")) {
      return;
    }
    String from = null;
    String to = null;
    String kind = null;
    String date = null;
    String note = null;
    Map<String, String> attributes = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int f = index(LINK, name);
      p.nextToken();
      places.field(0, name, p.currentTokenLocation());
      if (!fresh(name, f, seen, LINK)) {
        continue;
      }
      seen |= 1L << f;
      switch (f) {
        case 0 -> from = text(name);
        case 1 -> to = text(name);
        case 2 -> kind = text(name);
        case 3 -> date = text(name);
        case 4 -> note = text(name);
        default -> attributes = attributes(name);
      }
    }
    if (!bad) {
      r.link(list, i, from, to, kind, date, note, attributes);
    }
  }

  private void affiliation(String list, int i) throws IOException {
    String at = list + "[" + i + "]";
    if (!opens(list, i, "an affiliation")) {
      return;
    }
    String[] s = new String[AFFILIATION.length];
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int f = index(AFFILIATION, name);
      p.nextToken();
      places.field(0, name, p.currentTokenLocation());
      if (!fresh(name, f, seen, AFFILIATION)) {
        continue;
      }
      seen |= 1L << f;
      s[f] = text(name);
    }
    if (!bad) {
      r.affiliation(at, new AffiliationJson(s[0], s[1], s[2], s[3], s[4], s[5]));
    }
  }

  private void group(String list, int i) throws IOException {
    String at = list + "[" + i + "]";
    if (!opens(list, i, "a group")) {
      return;
    }
    String name = null;
    List<String> members = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      int f = index(GROUP, field);
      p.nextToken();
      int place = places.field(0, field, p.currentTokenLocation());
      if (!fresh(field, f, seen, GROUP)) {
        continue;
      }
      seen |= 1L << f;
      if (f == 0) {
        name = text(field);
      } else {
        members = members(field, place);
      }
    }
    if (!bad) {
      r.group(at, new GroupJson(name, members));
    }
  }

  /** An amount and its currency; {@code top} for the map's own rate. */
  private MoneyJson money(int parent, String field, boolean top) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      wrong(field, "an amount {\"amount\": 50000, \"currency\": \"GBP\"}", t);
      return null;
    }
    BigDecimal amount = null;
    String currency = null;
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int f = index(MONEY, name);
      p.nextToken();
      if (top) {
        places.top(parent, name, p.currentTokenLocation());
      } else {
        places.field(parent, name, p.currentTokenLocation());
      }
      if (!fresh(name, f, seen, MONEY)) {
        continue;
      }
      seen |= 1L << f;
      if (f == 0) {
        amount = number(name);
      } else {
        currency = text(name);
      }
    }
    return new MoneyJson(amount, currency);
  }

  private NextJson next(int parent, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      wrong(field, "a next step {\"step\": \"call\", \"date\": \"2024-06\"}", t);
      return null;
    }
    String[] s = new String[NEXT.length];
    long seen = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int f = index(NEXT, name);
      p.nextToken();
      places.field(parent, name, p.currentTokenLocation());
      if (!fresh(name, f, seen, NEXT)) {
        continue;
      }
      seen |= 1L << f;
      s[f] = text(name);
    }
    return new NextJson(s[0], s[1]);
  }

  private List<DealJson> deals(int parent) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      wrong("deals", "a list of deals […]", t);
      return null;
    }
    List<DealJson> deals = new ArrayList<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      int item = places.item(parent, i++, p.currentTokenLocation());
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        deals.add(null);
        continue;
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        wrong("deals", "a deal {…}", p.currentToken());
        continue;
      }
      String outcome = null;
      String date = null;
      String stage = null;
      MoneyJson value = null;
      BigDecimal probability = null;
      NextJson next = null;
      long seen = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int f = index(DEAL, name);
        p.nextToken();
        int place = places.field(item, name, p.currentTokenLocation());
        if (!fresh(name, f, seen, DEAL)) {
          continue;
        }
        seen |= 1L << f;
        switch (f) {
          case 0 -> outcome = text(name);
          case 1 -> date = text(name);
          case 2 -> value = money(place, name, false);
          case 3 -> probability = number(name);
          case 4 -> stage = text(name);
          default -> next = next(place, name);
        }
      }
      deals.add(new DealJson(outcome, date, value, probability, stage, next));
    }
    return deals;
  }

  /** A group's members, each one's place kept: a member used nowhere else is pointed at there. */
  private List<String> members(String field, int parent) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return texts(field);
    }
    List<String> members = new ArrayList<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      places.item(parent, i++, p.currentTokenLocation());
      members.add(text(field));
    }
    return members;
  }
}
