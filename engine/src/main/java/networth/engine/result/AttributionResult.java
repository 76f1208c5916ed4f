package networth.engine.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code attribute}: credit under one attribution model or all of them, by node, kind or group.
 *
 * @param asked the period asked for
 * @param model the model's word, or {@code all}
 * @param by node, kind or group
 * @param currency the currency of every amount
 * @param total the value to credit
 * @param weightBasis how opportunities are weighed, in words
 * @param credits one row per node, kind or group credited
 * @param unreached the opportunities nothing leads to, not credited
 * @param linearFallback with time decay: the opportunities credited as linear (no dated link)
 * @param shapley with Shapley: how its values were found
 */
public record AttributionResult(
    @JsonUnwrapped Asked asked,
    String model,
    String by,
    String currency,
    BigDecimal total,
    String weightBasis,
    List<Credit> credits,
    List<String> unreached,
    @JsonInclude(Include.NON_EMPTY) Optional<List<String>> linearFallback,
    @JsonInclude(Include.NON_EMPTY) Optional<ShapleyFacts> shapley) {

  public AttributionResult {
    credits = List.copyOf(credits);
    unreached = List.copyOf(unreached);
  }

  /** A row of credit: under one model with its share, or under each model compared. */
  public sealed interface Credit permits OneModel, ByModel {
    String id();

    String label();
  }

  /**
   * @param id the node's id, the kind's keyword or the group's name
   * @param label how it is shown
   * @param credit the value credited
   * @param share its share of the total, to 4 places
   */
  public record OneModel(String id, String label, BigDecimal credit, double share)
      implements Credit {}

  /**
   * @param id the node's id, the kind's keyword or the group's name
   * @param label how it is shown
   * @param credit by model word, in the models' order; {@code null} where a model gives it none
   */
  public record ByModel(String id, String label, Map<String, Optional<BigDecimal>> credit)
      implements Credit {
    public ByModel {
      credit = Collections.unmodifiableMap(new LinkedHashMap<>(credit));
    }
  }

  /**
   * @param exact whether the values are exact
   * @param samples how many orders were sampled (0 when exact)
   * @param withoutPlayers the value reached with no player at all
   * @param standardErrors per row, when sampled
   */
  public record ShapleyFacts(
      boolean exact,
      int samples,
      BigDecimal withoutPlayers,
      @JsonInclude(Include.NON_EMPTY) Optional<List<BigDecimal>> standardErrors) {}
}
