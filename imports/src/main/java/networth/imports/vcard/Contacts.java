package networth.imports.vcard;

import ezvcard.VCard;
import ezvcard.property.FormattedName;
import ezvcard.property.Kind;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.TextProperty;
import ezvcard.property.Title;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import networth.imports.Facts;
import networth.imports.Found;
import networth.imports.Origin;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * What a set of cards says: each card a person or an organisation, a person's {@code ORG} the
 * organisation they work at, and each {@code RELATED} a link from the related person to the card's.
 * Related cards are found across all the files read together, so the cards are taken in two passes:
 * first every node, then the links between them.
 */
final class Contacts {

  /** A card as ez-vcard read it, and the line of its BEGIN:VCARD. */
  record Card(VCard vcard, Origin origin) {
    Card {
      Objects.requireNonNull(vcard, "vcard");
      Objects.requireNonNull(origin, "origin");
    }
  }

  /** Apple's vCard 3 mark of a card that shows a company, not a person. */
  private static final String APPLE_SHOW_AS = "X-ABShowAs";

  /** Apple's and others' profile addresses, beside URL. */
  private static final String SOCIAL_PROFILE = "X-SOCIALPROFILE";

  private final Found.Builder found;
  private final Map<String, String> idByUid = new LinkedHashMap<>();
  private final Map<String, String> idByEmail = new LinkedHashMap<>();
  private final Map<String, String> idByName = new LinkedHashMap<>();
  private final Map<String, Set<String>> emailsById = new LinkedHashMap<>();

  private Contacts(String source) {
    this.found = Found.builder(source);
  }

  /** What the cards hold, in the order read. */
  static Found of(String source, List<Card> cards) {
    Contacts c = new Contacts(source);
    List<Taken> taken = new ArrayList<>();
    // An organisation's own card first, so that it is found at its own line rather than at the
    // first person who works there.
    for (Card card : cards) {
      if (isOrganisationCard(card.vcard())) {
        c.take(card).ifPresent(id -> taken.add(new Taken(card, id)));
      }
    }
    for (Card card : cards) {
      if (!isOrganisationCard(card.vcard())) {
        c.take(card).ifPresent(id -> taken.add(new Taken(card, id)));
      }
    }
    Relations relations = new Relations(c.found, c.idByUid, c.idByEmail, c.idByName);
    for (Taken t : taken) {
      relations.add(t.card(), t.id());
    }
    return c.found.build();
  }

  private record Taken(Card card, String id) {}

  /** Adds the card's node (and its organisation), and says under which id; empty if skipped. */
  private Optional<String> take(Card card) {
    VCard v = card.vcard();
    Origin at = card.origin();
    Kind kind = v.getKind();
    if (kind != null && !kind.isIndividual() && !kind.isOrg()) {
      found.skip(at, "a card of kind " + kind.getValue().toLowerCase(Locale.ROOT));
      return Optional.empty();
    }
    String personName = personName(v);
    String orgName = organisationName(v);
    boolean isOrganisation = isOrganisationCard(v);
    String name = personName.isEmpty() ? orgName : personName;
    if (name.isEmpty()) {
      found.skip(at, "a card without a name (no FN, N or ORG)");
      return Optional.empty();
    }
    List<String> emails = emails(v);
    ProfileLinks links = ProfileLinks.of(addresses(v));
    Optional<String> same = sameAsEarlier(name, emails);
    if (same.isPresent()) {
      found.skip(at, "a second card of the same person (same name and e-mail)");
      remember(v, same.get(), name, emails);
      return Optional.empty();
    }
    Node node =
        isOrganisation ? organisation(name, emails, links) : person(uniqueId(name), emails, links);
    if (isOrganisation && found.node(name).isPresent()) {
      // An earlier person's ORG named it already: the card says more.
      Node was = found.node(name).get();
      if (was.kind() == NodeKind.ORGANISATION) {
        found.replace(node.withNote(note(v)));
        remember(v, name, name, emails);
        return Optional.of(name);
      }
      node = organisation(uniqueId(name), emails, links);
    }
    node = node.withNote(note(v));
    found.node(node, at);
    remember(v, node.id(), name, emails);
    if (!isOrganisation && !orgName.isEmpty()) {
      String org = organisationNode(orgName, at);
      found.affiliation(
          Affiliation.of(node.id(), Affiliation.Role.WORKS_AT, org).withNote(title(v)), at);
    }
    return Optional.of(node.id());
  }

  /** The id of the organisation called {@code name}, adding it when it is new. */
  private String organisationNode(String name, Origin at) {
    Optional<Node> there = found.node(name);
    if (there.isPresent() && there.get().kind() == NodeKind.ORGANISATION) {
      return name;
    }
    String id = there.isPresent() ? uniqueId(name) : name;
    found.node(Node.of(id, NodeKind.ORGANISATION), at);
    idByName.putIfAbsent(key(name), id);
    return id;
  }

  private static Node person(String id, List<String> emails, ProfileLinks links) {
    Map<String, String> attributes = new LinkedHashMap<>();
    links.profile().ifPresent(u -> attributes.put(Facts.URL, u));
    if (!emails.isEmpty()) {
      attributes.put(Facts.EMAIL, String.join(", ", emails));
    }
    links.handle().ifPresent(h -> attributes.put(Facts.HANDLE, h));
    if (!links.websites().isEmpty()) {
      attributes.put("website", String.join(", ", links.websites()));
    }
    return node(id, NodeKind.PERSON, attributes);
  }

  private static Node organisation(String id, List<String> emails, ProfileLinks links) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (!emails.isEmpty()) {
      attributes.put(Facts.EMAIL, String.join(", ", emails));
    }
    links.websites().stream()
        .map(ProfileLinks::domain)
        .flatMap(Optional::stream)
        .findFirst()
        .ifPresent(d -> attributes.put(Facts.DOMAIN, d));
    if (!links.websites().isEmpty()) {
      attributes.put("website", String.join(", ", links.websites()));
    }
    links.profile().ifPresent(u -> attributes.put(Facts.URL, u));
    return node(id, NodeKind.ORGANISATION, attributes);
  }

  private static Node node(String id, NodeKind kind, Map<String, String> attributes) {
    return new Node(id, id, kind, Optional.empty(), "", Deal.NONE, Cost.NONE, attributes);
  }

  /**
   * The id of an earlier card of this name that shares an e-mail address with this one: the same
   * person entered twice (an address book synced from two accounts does this).
   */
  private Optional<String> sameAsEarlier(String name, List<String> emails) {
    String earlier = idByName.get(key(name));
    if (earlier == null || emails.isEmpty()) {
      return Optional.empty();
    }
    Set<String> theirs = emailsById.getOrDefault(earlier, Set.of());
    return emails.stream().map(Contacts::key).anyMatch(theirs::contains)
        ? Optional.of(earlier)
        : Optional.empty();
  }

  /** "Jane Doe", then "Jane Doe (2)", "Jane Doe (3)": a name not yet taken in what was found. */
  private String uniqueId(String name) {
    if (found.node(name).isEmpty()) {
      return name;
    }
    for (int n = 2; ; n++) {
      String id = name + " (" + n + ")";
      if (found.node(id).isEmpty()) {
        return id;
      }
    }
  }

  private void remember(VCard v, String id, String name, List<String> emails) {
    if (v.getUid() != null && v.getUid().getValue() != null) {
      idByUid.putIfAbsent(Relations.uidKey(v.getUid().getValue()), id);
    }
    for (String e : emails) {
      idByEmail.putIfAbsent(key(e), id);
      emailsById.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(key(e));
    }
    idByName.putIfAbsent(key(name), id);
  }

  /** The name a person goes by: FN, else N as "Given Additional Family". */
  private static String personName(VCard v) {
    for (FormattedName fn : v.getFormattedNames()) {
      String s = clean(fn.getValue());
      if (!s.isEmpty()) {
        return s;
      }
    }
    StructuredName n = v.getStructuredName();
    if (n == null) {
      return "";
    }
    return clean(
        Stream.concat(
                Stream.concat(Stream.of(n.getGiven()), n.getAdditionalNames().stream()),
                Stream.of(n.getFamily()))
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" ")));
  }

  /** The organisation's name: ORG's first part (its units follow it, separated by ';'). */
  private static String organisationName(VCard v) {
    for (Organization org : v.getOrganizations()) {
      for (String part : org.getValues()) {
        String s = clean(part);
        if (!s.isEmpty()) {
          return s;
        }
      }
    }
    return "";
  }

  /**
   * A card of an organisation: KIND:org (vCard 4), Apple's X-ABShowAs:COMPANY (vCard 3), or a card
   * that names only an organisation.
   */
  private static boolean isOrganisationCard(VCard v) {
    Kind kind = v.getKind();
    return (kind != null && kind.isOrg())
        || isAppleCompany(v)
        || (personName(v).isEmpty() && !organisationName(v).isEmpty());
  }

  private static boolean isAppleCompany(VCard v) {
    return v.getExtendedProperties(APPLE_SHOW_AS).stream()
        .map(RawProperty::getValue)
        .filter(Objects::nonNull)
        .anyMatch(s -> s.strip().equalsIgnoreCase("COMPANY"));
  }

  /** The card's e-mail addresses as written, each once whatever its case. */
  private static List<String> emails(VCard v) {
    Map<String, String> out = new LinkedHashMap<>();
    v.getEmails().stream()
        .map(TextProperty::getValue)
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(e -> !e.isEmpty())
        .forEach(e -> out.putIfAbsent(e.toLowerCase(Locale.ROOT), e));
    return List.copyOf(out.values());
  }

  /** URL, and the web addresses of X-SOCIALPROFILE (Apple writes a LinkedIn profile there). */
  private static List<String> addresses(VCard v) {
    List<String> out = new ArrayList<>();
    v.getUrls().stream().map(u -> u.getValue()).filter(Objects::nonNull).forEach(out::add);
    v.getExtendedProperties(SOCIAL_PROFILE).stream()
        .map(RawProperty::getValue)
        .filter(Objects::nonNull)
        .filter(s -> s.toLowerCase(Locale.ROOT).startsWith("http"))
        .forEach(out::add);
    return out;
  }

  private static String title(VCard v) {
    return v.getTitles().stream()
        .map(Title::getValue)
        .filter(Objects::nonNull)
        .map(Contacts::clean)
        .filter(s -> !s.isEmpty())
        .findFirst()
        .orElse("");
  }

  private static String note(VCard v) {
    return v.getNotes().stream()
        .map(TextProperty::getValue)
        .filter(Objects::nonNull)
        .map(s -> s.replace("\r\n", "\n").replace('\r', '\n').strip())
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  /** Spaces made single and trimmed: names typed by hand often carry stray ones. */
  static String clean(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  /** How names are compared: case and spacing aside. */
  static String key(String name) {
    return clean(name).toLowerCase(Locale.ROOT);
  }
}
