package networth.imports.vcard;

import ezvcard.VCard;
import ezvcard.parameter.RelatedType;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import networth.imports.Facts;
import networth.imports.Found;
import networth.imports.Origin;
import networth.model.Link;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * The links a card's {@code RELATED} properties make: from the related person to the card's, of the
 * kind the property's TYPE says (colleague, friend…). Apple's vCard 3 writes related names as
 * {@code X-ABRELATEDNAMES} with an {@code X-ABLabel} beside it; they are read the same way.
 *
 * <p>Whom a RELATED names is found among all the cards read: a {@code urn:uuid:} by the cards' UID,
 * a {@code mailto:} by their e-mail addresses, a text by their names. One not found becomes a
 * person of its own when the property gives a name or an address to know them by (a text, a
 * mailto); a {@code urn:uuid:} alone names nobody a map could show, so that one is skipped.
 */
final class Relations {

  private static final String APPLE_RELATED = "X-ABRELATEDNAMES";
  private static final String APPLE_LABEL = "X-ABLabel";

  /** The kind of a RELATED that gives no TYPE. */
  static final String UNTYPED = "related";

  private final Found.Builder found;
  private final Map<String, String> idByUid;
  private final Map<String, String> idByEmail;
  private final Map<String, String> idByName;
  private final Set<List<String>> made = new HashSet<>();

  Relations(
      Found.Builder found,
      Map<String, String> idByUid,
      Map<String, String> idByEmail,
      Map<String, String> idByName) {
    this.found = found;
    this.idByUid = idByUid;
    this.idByEmail = idByEmail;
    this.idByName = idByName;
  }

  /** Adds the links of one card, whose node is {@code id}. */
  void add(Contacts.Card card, String id) {
    VCard v = card.vcard();
    Origin at = card.origin();
    for (Related r : v.getRelations()) {
      String kind =
          r.getTypes().stream()
              .map(RelatedType::getValue)
              .map(t -> t.toLowerCase(Locale.ROOT))
              .findFirst()
              .orElse(UNTYPED);
      if (r.getUri() != null && !r.getUri().isBlank()) {
        byUri(r.getUri().strip(), id, kind, at);
      } else if (r.getText() != null && !r.getText().isBlank()) {
        byName(Contacts.clean(r.getText()), id, kind, at);
      }
    }
    for (RawProperty p : v.getExtendedProperties(APPLE_RELATED)) {
      if (p.getValue() != null && !p.getValue().isBlank()) {
        byName(Contacts.clean(p.getValue()), id, appleLabel(v, p.getGroup()), at);
      }
    }
  }

  private void byUri(String uri, String id, String kind, Origin at) {
    String lower = uri.toLowerCase(Locale.ROOT);
    if (lower.startsWith("mailto:")) {
      String email = uri.substring("mailto:".length()).strip();
      String from = idByEmail.get(Contacts.key(email));
      if (from == null) {
        from = email;
        if (found.node(email).isEmpty()) {
          found.node(Node.of(email, NodeKind.PERSON).withAttribute(Facts.EMAIL, email), at);
        }
        idByEmail.put(Contacts.key(email), email);
      }
      link(from, id, kind, at);
      return;
    }
    String from = idByUid.get(uidKey(uri));
    if (from == null) {
      found.skip(at, "a RELATED person not among the cards");
      return;
    }
    link(from, id, kind, at);
  }

  private void byName(String name, String id, String kind, Origin at) {
    String from = idByName.get(Contacts.key(name));
    if (from == null) {
      from = name;
      if (found.node(name).isEmpty()) {
        found.node(Node.of(name, NodeKind.PERSON), at);
      }
      idByName.put(Contacts.key(name), name);
    }
    link(from, id, kind, at);
  }

  private void link(String from, String to, String kind, Origin at) {
    if (from.equals(to)) {
      found.skip(at, "a card related to itself");
      return;
    }
    if (made.add(List.of(from, to, kind))) {
      found.link(Link.of(from, to).withKind(kind), at);
    }
  }

  /**
   * Apple's label of a related name, {@code _$!<Friend>!$_} for its own words and plain text for
   * the user's, as a kind: "friend".
   */
  private static String appleLabel(VCard v, String group) {
    if (group == null) {
      return UNTYPED;
    }
    return v.getExtendedProperties(APPLE_LABEL).stream()
        .filter(l -> group.equalsIgnoreCase(l.getGroup()))
        .map(RawProperty::getValue)
        .filter(s -> s != null && !s.isBlank())
        .map(s -> s.replace("_$!<", "").replace(">!$_", "").strip().toLowerCase(Locale.ROOT))
        .findFirst()
        .orElse(UNTYPED);
  }

  /** A UID as RELATED cites it: {@code urn:uuid:} or not, any case. */
  static String uidKey(String uid) {
    String u = uid.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("urn:uuid:") ? u.substring("urn:uuid:".length()) : u;
  }
}
