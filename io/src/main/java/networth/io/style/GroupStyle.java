package networth.io.style;

import java.util.List;
import networth.model.Group;

/**
 * The colour of each group's marker, by the group's place in the map: the same in every picture,
 * taken from the one colour-blind-safe {@link Palette}.
 */
public final class GroupStyle {

  private GroupStyle() {}

  /** The colour of the group at this place in the map's list of groups. */
  public static String colour(int index) {
    return Palette.colour(index);
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
