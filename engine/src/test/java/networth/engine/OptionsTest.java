package networth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import networth.analysis.attribution.Breakdown.By;
import networth.analysis.attribution.Model;
import networth.engine.options.AttributeOptions;
import networth.engine.options.CriticalOptions;
import networth.engine.options.PathsOptions;
import networth.engine.options.Periods;
import networth.engine.options.RoiOptions;
import networth.engine.options.WhatIfOptions;
import networth.model.Period;
import org.junit.jupiter.api.Test;

/** Options refused with a message that names the option and says what to do. */
class OptionsTest {

  private final MapWorkspace tiny = TinyMap.open();

  @Test
  void aNegativeTopOrLimitIsRefusedByName() {
    assertThatThrownBy(() -> new CriticalOptions(-1, Period.ALWAYS))
        .isInstanceOf(BadOptionException.class)
        .hasMessage("--top must be 0 or more, was -1");
    assertThatThrownBy(() -> new PathsOptions("Acme", -3))
        .isInstanceOf(BadOptionException.class)
        .hasMessage("--limit must be 0 or more, was -3");
  }

  @Test
  void aMisspeltModelGetsTheNearestAndTheList() {
    assertThatThrownBy(() -> AttributeOptions.models("lineer"))
        .isInstanceOf(BadOptionException.class)
        .hasMessageStartingWith("unknown model 'lineer'; ")
        .hasMessageContaining("linear")
        .hasMessageEndingWith(
            "Models: first, last, linear, position, time-decay, shapley, markov, all.");
    assertThat(AttributeOptions.models("ALL")).hasSize(Model.values().length);
  }

  @Test
  void roiRefusesShapleyWhichCreditsNoNode() {
    assertThatThrownBy(() -> RoiOptions.model("shapley"))
        .hasMessage(
            "--model takes first, last, linear, position, time-decay or markov, not 'shapley'");
  }

  @Test
  void playersAreForNodesOnly() {
    assertThatThrownBy(
            () ->
                new AttributeOptions(
                    List.of(Model.SHAPLEY),
                    By.GROUP,
                    180,
                    100,
                    1,
                    Optional.of("channels"),
                    Optional.empty(),
                    Period.ALWAYS))
        .hasMessageStartingWith("--players chooses Shapley's players by node; with --by group");
  }

  @Test
  void aHalfLifeMustBeAPositiveNumberOfDays() {
    assertThatThrownBy(
            () ->
                new AttributeOptions(
                    List.of(Model.TIME_DECAY),
                    By.NODE,
                    0,
                    100,
                    1,
                    Optional.empty(),
                    Optional.empty(),
                    Period.ALWAYS))
        .hasMessage("--half-life must be a positive number of days, was 0.0");
  }

  @Test
  void aPeriodBackwardsSaysWhichDateToMove() {
    assertThatThrownBy(() -> Periods.of(Optional.of("2024"), Optional.of("2023")))
        .hasMessage(
            "--from 2024 comes after --to 2023 (the period would start on 2024-01-01 and end on"
                + " 2023-12-31); give the earlier date to --from");
    assertThatThrownBy(() -> Periods.of(Optional.of("2023-13"), Optional.empty()))
        .hasMessageStartingWith("--from 2023-13: ")
        .hasMessageEndingWith(
            "write a date as YYYY, YYYY-MM or YYYY-MM-DD (2023, 2023-06, 2023-06-15)");
  }

  @Test
  void aPersonIsNoOpportunity() {
    assertThatThrownBy(() -> tiny.paths(new PathsOptions("Ann", 20)))
        .isInstanceOf(BadOptionException.class)
        .hasMessageStartingWith("'Ann' is a person, not an opportunity");
  }

  @Test
  void anUnknownNodeOrGroupIsNamedWithTheNearest() {
    assertThatThrownBy(() -> tiny.whatIf(new WhatIfOptions(List.of("Blg"), Period.ALWAYS)))
        .isInstanceOf(BadOptionException.class)
        .hasMessageStartingWith("no node 'Blg' in the map; ")
        .hasMessageContaining("Blog");
    assertThatThrownBy(() -> tiny.whatIf(new WhatIfOptions(List.of("group:onlin"), Period.ALWAYS)))
        .hasMessageStartingWith("no group 'onlin' in the map; ")
        .hasMessageContaining("online");
  }

  @Test
  void anOpportunityThePeriodLeftOutIsRefusedSayingWhy() {
    // Acme was won in March 2023: outside a period from 2024.
    Period from2024 = Periods.of(Optional.of("2024"), Optional.empty());
    AttributeOptions forAcme =
        new AttributeOptions(
                List.of(Model.LINEAR),
                By.NODE,
                180,
                100,
                1,
                Optional.empty(),
                Optional.of("Acme"),
                Period.ALWAYS)
            .within(from2024);

    assertThatThrownBy(() -> tiny.attribute(forAcme))
        .isInstanceOf(BadOptionException.class)
        .hasMessage(
            "--for Acme: it is dated outside the period from 2024-01-01; widen --from/--to, or"
                + " leave them out");
  }
}
