package networth.engine.exact;

import java.util.List;

/**
 * What would be lost without each group of the map, one group at a time; in a map with no groups,
 * without each channel.
 *
 * @param unit whether groups or channels were taken away
 * @param gone one entry per group (in the map's order) or channel (in map order)
 */
public record EachGone(Unit unit, List<Gone> gone) {

  public EachGone {
    gone = List.copyOf(gone);
  }

  /** What is taken away, one at a time. */
  public enum Unit {
    GROUP,
    CHANNEL
  }

  /**
   * @param id the group's name or the channel's id
   * @param loss what would be lost without it (a group: without its members in the map)
   */
  public record Gone(String id, Loss loss) {}
}
