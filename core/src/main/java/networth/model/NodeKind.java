package networth.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a node of the network is. The opportunity kinds ({@link #CLIENT}, {@link #PROSPECT}, {@link
 * #LOST}) are where routes end; every other kind is something that can lead to work.
 */
public enum NodeKind {
  PERSON("person"),
  ORGANISATION("organisation", "organization", "org", "company"),
  CHANNEL("channel"),
  EVENT("event"),
  MEDIA("media"),
  CONTENT("content"),
  JOB("job"),
  PROJECT("project"),
  CLIENT("client"),
  PROSPECT("prospect"),
  LOST("lost"),
  /** A name used in a link but never declared with a kind. */
  UNKNOWN("node");

  private final String keyword;
  private final List<String> aliases;

  NodeKind(String keyword, String... aliases) {
    this.keyword = keyword;
    this.aliases = List.of(aliases);
  }

  /** The word that declares this kind in a map file, and names it in every output. */
  public String keyword() {
    return keyword;
  }

  public boolean isOpportunity() {
    return this == CLIENT || this == PROSPECT || this == LOST;
  }

  /** The kind a word names (its keyword or an accepted alias, any case), if any. */
  public static Optional<NodeKind> fromWord(String word) {
    Optional<NodeKind> k = BY_WORD.get(word); // a declaration's word as written: nearly always
    return k != null
        ? k
        : BY_WORD.getOrDefault(word.trim().toLowerCase(Locale.ROOT), Optional.empty());
  }

  // Every keyword and alias, lower case, to its kind: a large map names a kind a million times.
  private static final Map<String, Optional<NodeKind>> BY_WORD = byWord();

  private static Map<String, Optional<NodeKind>> byWord() {
    Map<String, Optional<NodeKind>> m = new HashMap<>();
    for (NodeKind k : values()) {
      m.putIfAbsent(k.keyword, Optional.of(k));
      k.aliases.forEach(a -> m.putIfAbsent(a, Optional.of(k)));
    }
    return Map.copyOf(m);
  }

  /** Every keyword, in declaration order, for messages that list the choices. */
  public static List<String> keywords() {
    return Arrays.stream(values()).map(NodeKind::keyword).toList();
  }
}
