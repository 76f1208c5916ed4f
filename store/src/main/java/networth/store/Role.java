package networth.store;

import java.util.Locale;

/** How a user may use a map. */
public enum Role {
  /** Made it: reads, changes, shares and deletes it. */
  OWNER,
  /** Reads and changes it. */
  EDITOR,
  /** Reads it. */
  VIEWER;

  /** Whether this role may change the map. */
  public boolean canEdit() {
    return this != VIEWER;
  }

  /** The word the database and the API use: {@code owner}, {@code editor}, {@code viewer}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The role a word names, in any case.
   *
   * @throws IllegalArgumentException naming the three roles when the word is none of them
   */
  public static Role of(String word) {
    for (Role r : values()) {
      if (r.word().equals(word.trim().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException("'" + word + "' is not a role: use owner, editor or viewer");
  }
}
