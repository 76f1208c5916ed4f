package networth.reach;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Which opportunities a channel or group played a part in.
 *
 * @param name the channel's id or the group's name
 * @param title its name as shown ("Social", "LinkedIn")
 * @param subject how a sentence names it: "Social (LinkedIn, Twitter, My blog)"
 * @param members the ids of the nodes it stands for (the channel alone, or the group's members)
 * @param direct opportunities that one of the members links straight to, in map order
 * @param indirect opportunities reached from a member only through other nodes, in map order
 * @param value the summed weight of the opportunities touched
 * @param lost lost opportunities reached from a member, in map order (they carry no weight)
 * @param winRate how the decided deals it touched ended: clients won against deals lost
 */
public record Touch(
    String name,
    String title,
    String subject,
    List<String> members,
    List<String> direct,
    List<String> indirect,
    BigDecimal value,
    List<String> lost,
    WinRate winRate) {

  public Touch {
    members = List.copyOf(members);
    direct = List.copyOf(direct);
    indirect = List.copyOf(indirect);
    lost = List.copyOf(lost);
  }

  /** The summed value of the lost deals it touched. */
  public BigDecimal lostValue() {
    return winRate.lostValue();
  }

  /** Every opportunity touched, directly ones first. */
  public List<String> touched() {
    List<String> all = new ArrayList<>(direct);
    all.addAll(indirect);
    return all;
  }

  public int count() {
    return direct.size() + indirect.size();
  }
}
