package networth.engine.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code summary}: which groups, channels and sources played a part in which opportunities.
 *
 * @param asked the period asked for
 * @param title the map's title
 * @param lead the sentences said first
 * @param currency the currency of every amount
 * @param valueBasis how value is counted, in words
 * @param opportunities the ids of the opportunities counted
 * @param totalValue their summed weight
 * @param lost the ids of the lost opportunities
 * @param lostValue what they would have been worth
 * @param groups one row per group
 * @param channels one row per channel
 * @param sources every source, ranked
 */
public record SummaryResult(
    @JsonUnwrapped Asked asked,
    String title,
    List<String> lead,
    String currency,
    String valueBasis,
    List<String> opportunities,
    BigDecimal totalValue,
    List<String> lost,
    BigDecimal lostValue,
    List<Reach> groups,
    List<Reach> channels,
    List<SourceRow> sources) {

  public SummaryResult {
    lead = List.copyOf(lead);
    opportunities = List.copyOf(opportunities);
    lost = List.copyOf(lost);
    groups = List.copyOf(groups);
    channels = List.copyOf(channels);
    sources = List.copyOf(sources);
  }

  /**
   * What a group or a channel touched.
   *
   * @param name the group's name, the channel's id
   * @param label how a channel is shown (groups have none)
   * @param members the ids of its members
   * @param touched the opportunities it played a part in, direct ones first
   * @param direct those a member links straight to
   * @param indirect those reached only through other nodes
   * @param value the summed weight of the touched opportunities
   * @param share that value's share of the total, 0–1 to 4 places
   * @param lost the lost deals it touched
   * @param lostValue their value
   * @param winRate how its decided deals ended
   * @param headline the sentence a person would say
   */
  public record Reach(
      String name,
      @JsonInclude(Include.NON_EMPTY) Optional<String> label,
      List<String> members,
      List<String> touched,
      List<String> direct,
      List<String> indirect,
      BigDecimal value,
      BigDecimal share,
      List<String> lost,
      BigDecimal lostValue,
      WinLoss winRate,
      String headline) {

    public Reach {
      members = List.copyOf(members);
      touched = List.copyOf(touched);
      direct = List.copyOf(direct);
      indirect = List.copyOf(indirect);
      lost = List.copyOf(lost);
    }
  }

  /**
   * A source: an origin that starts a route, or a node with a cost. On a large map the id lists are
   * left out and only {@code counts} given (see {@code SummaryAnswer.SOURCE_IDS_MAX}).
   *
   * @param name the node's id
   * @param label how it is shown
   * @param kind its kind keyword
   * @param origin whether nothing leads to it
   * @param cost what the map says it cost
   * @param counts how many it touched, directly, indirectly, and lost
   * @param touched the ids of the opportunities it played a part in
   * @param direct those it links straight to
   * @param indirect those reached through other nodes
   * @param value the summed weight of the touched opportunities
   * @param share that value's share of the total
   * @param lost the lost deals it touched
   * @param lostValue their value
   * @param winRate how its decided deals ended
   * @param sentence the sentence a person would say
   */
  public record SourceRow(
      String name,
      String label,
      String kind,
      boolean origin,
      Cost cost,
      Counts counts,
      @JsonInclude(Include.NON_EMPTY) Optional<List<String>> touched,
      @JsonInclude(Include.NON_EMPTY) Optional<List<String>> direct,
      @JsonInclude(Include.NON_EMPTY) Optional<List<String>> indirect,
      BigDecimal value,
      BigDecimal share,
      @JsonInclude(Include.NON_EMPTY) Optional<List<String>> lost,
      BigDecimal lostValue,
      WinLoss winRate,
      String sentence) {}

  /**
   * @param money the money it cost, as written
   * @param hours the hours it cost
   */
  public record Cost(
      @JsonInclude(Include.NON_EMPTY) Optional<BigDecimal> money,
      @JsonInclude(Include.NON_EMPTY) Optional<BigDecimal> hours) {}

  /**
   * @param touched how many opportunities it played a part in
   * @param direct how many directly
   * @param indirect how many only indirectly
   * @param lost how many lost deals it touched
   */
  public record Counts(int touched, int direct, int indirect, int lost) {}
}
