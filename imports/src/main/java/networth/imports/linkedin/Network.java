package networth.imports.linkedin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import networth.imports.Facts;
import networth.imports.Found;
import networth.imports.Origin;
import networth.model.Affiliation;
import networth.model.Cost;
import networth.model.Deal;
import networth.model.Link;
import networth.model.Node;
import networth.model.NodeKind;
import networth.model.PartialDate;

/**
 * What the sheets of one export say, gathered into one {@link Found}: each person once (known by
 * profile address, else e-mail, else name), one link from the LinkedIn channel to each, and the
 * invitation that began it written onto that same link.
 */
final class Network {

  /** The channel every connection comes through; the seed example's channel has this id. */
  static final String CHANNEL = "LinkedIn";

  /** The link attribute saying who sent the invitation: {@code received} or {@code sent}. */
  static final String INVITATION = "invitation";

  /**
   * The link attribute keeping the day of an invitation when the link is dated by the connection.
   */
  static final String INVITED = "invited";

  private final Found.Builder found = Found.builder(LinkedinImporter.NAME);
  private final Map<String, String> people = new HashMap<>();
  private final Map<String, Found.Entry<Link>> links = new LinkedHashMap<>();

  /** A person's identifying facts, and what the row says of them. */
  record Person(String name, String url, String email) {

    /** The key that identifies them here: the profile, else the e-mail, else the name. */
    String key() {
      if (!url.isEmpty()) {
        return "url " + normalUrl(url);
      }
      if (!email.isEmpty()) {
        return "email " + email.toLowerCase(Locale.ROOT);
      }
      return "name " + name.toLowerCase(Locale.ROOT);
    }

    /** What to call them: the name, else the e-mail, else the last part of the profile address. */
    String label() {
      if (!name.isEmpty()) {
        return name;
      }
      if (!email.isEmpty()) {
        return email;
      }
      String u = normalUrl(url);
      return u.substring(u.lastIndexOf('/') + 1);
    }
  }

  /**
   * The profile address as compared: {@code https://www.linkedin.com/in/jane-doe/} and {@code
   * linkedin.com/in/jane-doe} are one profile.
   */
  static String normalUrl(String url) {
    String u = url.trim().toLowerCase(Locale.ROOT);
    int query = u.indexOf('?');
    if (query >= 0) {
      u = u.substring(0, query);
    }
    int scheme = u.indexOf("://");
    if (scheme >= 0) {
      u = u.substring(scheme + 3);
    }
    if (u.startsWith("www.")) {
      u = u.substring(4);
    }
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  /** The id of the person these facts identify, if read already. */
  Optional<String> person(Person p) {
    return Optional.ofNullable(people.get(p.key()));
  }

  /**
   * The person a row of Invitations.csv names: by profile address; by name only when one side does
   * not know the address, since two people may share a name.
   */
  Optional<String> invited(String name, String url) {
    if (!url.isEmpty()) {
      Optional<String> byUrl = Optional.ofNullable(people.get(new Person("", url, "").key()));
      if (byUrl.isPresent()) {
        return byUrl;
      }
    }
    String byName = people.get("only-name " + name.toLowerCase(Locale.ROOT));
    if (byName == null || name.isEmpty()) {
      return Optional.empty();
    }
    boolean knownUrl =
        found.node(byName).map(n -> n.attributes().containsKey(Facts.URL)).orElse(true);
    return url.isEmpty() || !knownUrl ? Optional.of(byName) : Optional.empty();
  }

  /** Adds a person not met before and returns their id: the name, made unique with "(2)". */
  String addPerson(Person p, Origin origin) {
    Map<String, String> facts = new LinkedHashMap<>();
    if (!p.url().isEmpty()) {
      facts.put(Facts.URL, p.url());
    }
    if (!p.email().isEmpty()) {
      facts.put(Facts.EMAIL, p.email());
    }
    String label = p.label();
    String id = unique(label);
    found.node(
        new Node(id, label, NodeKind.PERSON, Optional.empty(), "", Deal.NONE, Cost.NONE, facts),
        origin);
    people.put(p.key(), id);
    if (!p.name().isEmpty()) {
      people.putIfAbsent("only-name " + p.name().toLowerCase(Locale.ROOT), id);
    }
    return id;
  }

  /** The link from the channel to a person, the first of its kind for them. */
  void link(String person, String kind, Optional<PartialDate> date, Origin origin) {
    channel(origin);
    links.put(
        person, new Found.Entry<>(new Link(CHANNEL, person, kind, date, "", Map.of()), origin));
  }

  /** The link from the channel to a person, if read already. */
  Optional<Link> linkTo(String person) {
    return Optional.ofNullable(links.get(person)).map(Found.Entry::item);
  }

  /** Puts a fuller version of a person's link in the place of the one read before. */
  void replaceLink(String person, Link link) {
    Found.Entry<Link> was = links.get(person);
    links.put(person, new Found.Entry<>(link, was.origin()));
  }

  /**
   * A person works at a company: the organisation (added when first named, under the company's name
   * unless a node of another kind has it) and the affiliation, its note the job title.
   */
  void worksAt(String person, String company, String title, Origin origin) {
    String id = company;
    Optional<Node> named = found.node(id);
    if (named.isPresent() && named.get().kind() != NodeKind.ORGANISATION) {
      // "LinkedIn" the company is not LinkedIn the channel.
      id = company + " (organisation)";
      named = found.node(id);
    }
    if (named.isEmpty()) {
      found.node(Node.of(id, NodeKind.ORGANISATION).withLabel(company), origin);
    }
    found.affiliation(
        Affiliation.of(person, Affiliation.Role.WORKS_AT, id).withNote(title), origin);
  }

  /** Adds a node under its own id, made unique first; returns the id it got. */
  String add(Node n, Origin origin) {
    String id = unique(n.id());
    Node node =
        id.equals(n.id())
            ? n
            : new Node(
                id,
                n.label(),
                n.kind(),
                n.date(),
                n.until(),
                n.note(),
                n.deal(),
                n.cost(),
                n.attributes());
    found.node(node, origin);
    return id;
  }

  void skip(Origin origin, String reason) {
    found.skip(origin, reason);
  }

  /** Everything read, links last: each one's people are all known by then. */
  Found build() {
    links.values().forEach(e -> found.link(e.item(), e.origin()));
    return found.build();
  }

  private void channel(Origin origin) {
    if (found.node(CHANNEL).isEmpty()) {
      found.node(Node.of(CHANNEL, NodeKind.CHANNEL), origin);
    }
  }

  /** {@code base}, or {@code base (2)}, {@code base (3)}… whichever no node has yet. */
  private String unique(String base) {
    if (found.node(base).isEmpty() && !base.equals(CHANNEL)) {
      return base;
    }
    for (int n = 2; ; n++) {
      String id = base + " (" + n + ")";
      if (found.node(id).isEmpty()) {
        return id;
      }
    }
  }
}
