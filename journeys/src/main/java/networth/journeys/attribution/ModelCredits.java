package networth.journeys.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import networth.journeys.markov.ChannelCredit;
import networth.journeys.markov.MarkovResult;
import networth.journeys.markov.RemovalEffect;
import networth.journeys.shapley.ShapleyCredit;
import networth.journeys.shapley.ShapleyResult;

/**
 * The Markov and Shapley models' credit as columns over a table's channels, in the table's order
 * (first met), with ChannelAttribution's column names. A channel the model says nothing of (one
 * whose every journey counted zero) is credited 0.
 */
public final class ModelCredits {

  private ModelCredits() {}

  /**
   * {@code total_conversions} and {@code total_conversion_value}; with {@code removalEffects}, also
   * {@code removal_effects_conversion} and {@code removal_effects_conversion_value}.
   */
  public static ChannelCredits markov(
      List<String> channels, MarkovResult result, boolean removalEffects) {
    Map<String, ChannelCredit> credit = new HashMap<>();
    result.credits().forEach(c -> credit.put(c.channelName(), c));
    Map<String, RemovalEffect> effect = new HashMap<>();
    result.removalEffects().forEach(e -> effect.put(e.channelName(), e));
    int n = channels.size();
    double[] conversions = new double[n];
    double[] value = new double[n];
    double[] effectConversion = new double[n];
    double[] effectValue = new double[n];
    for (int i = 0; i < n; i++) {
      ChannelCredit c = credit.get(channels.get(i));
      RemovalEffect e = effect.get(channels.get(i));
      conversions[i] = c == null ? 0 : c.totalConversions();
      value[i] = c == null ? 0 : c.totalConversionValue();
      effectConversion[i] = e == null ? 0 : e.removalEffectsConversion();
      effectValue[i] = e == null ? 0 : e.removalEffectsConversionValue();
    }
    List<ChannelCredits.Column> columns =
        new java.util.ArrayList<>(
            List.of(
                new ChannelCredits.Column("total_conversions", conversions),
                new ChannelCredits.Column("total_conversion_value", value)));
    if (removalEffects) {
      columns.add(new ChannelCredits.Column("removal_effects_conversion", effectConversion));
      columns.add(new ChannelCredits.Column("removal_effects_conversion_value", effectValue));
    }
    return new ChannelCredits(channels, columns);
  }

  /**
   * {@code total_conversions} and {@code total_conversion_value}; when the values were sampled,
   * also each one's standard error.
   */
  public static ChannelCredits shapley(List<String> channels, ShapleyResult result) {
    Map<String, ShapleyCredit> credit = new HashMap<>();
    result.credits().forEach(c -> credit.put(c.channelName(), c));
    int n = channels.size();
    double[] conversions = new double[n];
    double[] value = new double[n];
    double[] conversionsError = new double[n];
    double[] valueError = new double[n];
    for (int i = 0; i < n; i++) {
      ShapleyCredit c = credit.get(channels.get(i));
      if (c != null) {
        conversions[i] = c.totalConversions();
        value[i] = c.totalConversionValue();
        conversionsError[i] = c.conversionsStandardError();
        valueError[i] = c.valueStandardError();
      }
    }
    List<ChannelCredits.Column> columns =
        new java.util.ArrayList<>(
            List.of(
                new ChannelCredits.Column("total_conversions", conversions),
                new ChannelCredits.Column("total_conversion_value", value)));
    if (!result.exact()) {
      columns.add(new ChannelCredits.Column("total_conversions_standard_error", conversionsError));
      columns.add(new ChannelCredits.Column("total_conversion_value_standard_error", valueError));
    }
    return new ChannelCredits(channels, columns);
  }
}
