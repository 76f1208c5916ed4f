package networth.style;

import java.util.List;
import networth.model.Group;

/**
 * The colour of each group's marker, by the group's place in the map: the same in every picture.
 */
public final class GroupStyle {

  private static final String[] COLOURS = {
    "#d62828", "#3a86ff", "#8338ec", "#fb8500", "#2a9d8f", "#6d597a"
  };

  private GroupStyle() {}

  /** The colour of the group at this place in the map's list of groups. */
  public static String colour(int index) {
    return COLOURS[index % COLOURS.length];
  }

  /** The colour of the named group, or empty when the map has no such group. */
  public static java.util.Optional<String> colour(List<Group> groups, String name) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).name().equals(name)) {
        return java.util.Optional.of(colour(i));
      }
    }
    return java.util.Optional.empty();
  }
}
