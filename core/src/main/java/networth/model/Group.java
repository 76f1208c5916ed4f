package networth.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A named set of nodes the user reasons about together: "social" = LinkedIn, Twitter, My blog.
 *
 * @param name the group's name
 * @param members the ids of its nodes, in the order given
 */
public record Group(String name, List<String> members) {

  public Group {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a group name cannot be blank");
    }
    members = List.copyOf(members);
  }

  /** The name as the start of a sentence: "social" becomes "Social". */
  public String title() {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
