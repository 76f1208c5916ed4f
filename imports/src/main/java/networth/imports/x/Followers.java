package networth.imports.x;

import java.util.LinkedHashMap;
import java.util.Map;
import networth.imports.Facts;
import networth.imports.Found;
import networth.imports.Origin;
import networth.model.Link;
import networth.model.Node;
import networth.model.NodeKind;

/**
 * The accounts of the follower and following lists, each once whichever lists name it, and what
 * they become: a person linked from the {@code Twitter} channel by one link saying which way the
 * following goes.
 */
final class Followers {

  /** The channel every account is linked from; the seed example calls it so. */
  static final String CHANNEL = "Twitter";

  static final String FOLLOWS_ME = "follows me";
  static final String I_FOLLOW = "I follow";
  static final String BOTH = "follows each other";

  /** An account, where it was first found, and in which lists. */
  private static final class Seen {
    final String accountId;
    final String userLink;
    final Origin origin;
    boolean follower;
    boolean following;

    Seen(String accountId, String userLink, Origin origin) {
      this.accountId = accountId;
      this.userLink = userLink;
      this.origin = origin;
    }
  }

  private final String source;
  private final Map<String, Seen> accounts = new LinkedHashMap<>();

  Followers(String source) {
    this.source = source;
  }

  void add(String file, YtdFile.Account a) {
    Seen seen =
        accounts.computeIfAbsent(
            a.accountId(), id -> new Seen(id, a.userLink(), new Origin(file, a.line())));
    if (a.direction() == YtdFile.Direction.FOLLOWER) {
      seen.follower = true;
    } else {
      seen.following = true;
    }
  }

  /** What was found, naming the accounts the tweets' mentions name. */
  Found found(Map<String, YtdFile.Mention> mentions) {
    Found.Builder found = Found.builder(source);
    if (accounts.isEmpty()) {
      return found.build();
    }
    Origin first = accounts.values().iterator().next().origin;
    found.node(Node.of(CHANNEL, NodeKind.CHANNEL), first);
    for (Seen s : accounts.values()) {
      YtdFile.Mention m = mentions.get(s.accountId);
      String name = m == null ? "" : m.name().isEmpty() ? m.handle() : m.name();
      String id = unique(found, name.isEmpty() ? "X account " + s.accountId : name);
      Node person =
          Node.of(id, NodeKind.PERSON)
              .withAttribute(Facts.URL, s.userLink)
              .withAttribute("accountId", s.accountId);
      if (m != null) {
        person = person.withAttribute(Facts.HANDLE, m.handle());
      }
      found.node(person, s.origin);
      String kind = s.follower && s.following ? BOTH : s.follower ? FOLLOWS_ME : I_FOLLOW;
      found.link(Link.of(CHANNEL, id).withKind(kind), s.origin);
    }
    return found.build();
  }

  /** The name, or "Name (2)" when another account (or the channel) already has it. */
  private static String unique(Found.Builder found, String name) {
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
}
