package networth.engine.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import networth.analysis.attribution.Model;
import networth.engine.MapWorkspace;
import networth.engine.options.ConnectorsOptions;
import networth.engine.options.Periods;
import networth.engine.options.RoiOptions;
import networth.engine.options.SummaryOptions;
import networth.engine.options.WhatIfOptions;
import networth.io.netmap.NetmapReader;
import networth.model.Period;
import org.junit.jupiter.api.Test;

/**
 * The one JSON form: what scripts read, so its layout, key order, null and absent keys are pinned
 * here exactly.
 */
class ResultJsonTest {

  /** Blog → Ann → Acme (1,000), Twitter → Ann; Twitter → Bolt (500, 2024); Blog → Cara (500). */
  private static final String TINY =
      """
      currency GBP
      channel Blog
      channel Twitter cost 100
      person Ann
      client Acme value 1000 won 2023-03
      client Bolt value 500 won 2024-02
      prospect Cara value 2000 p 25% since 2023-06
      Blog -> Ann -> Acme
      Twitter -> Ann
      Twitter -> Bolt
      Blog -> Cara
      """;

  private static final SummaryOptions ALL_TIME = new SummaryOptions(Period.ALWAYS);

  private final MapWorkspace tiny = MapWorkspace.of(NetmapReader.read("tiny.netmap", TINY));

  @Test
  void whatIfIsIndentedWithPlainAmountsAndEndsWithANewline() {
    // Without Blog: Cara (500) lost; Acme keeps Twitter → Ann → Acme, half its routes, its 1,000
    // weakened; the total is 1,000 + 500 + 500.
    String json = ResultJson.write(tiny.whatIf(new WhatIfOptions(List.of("Blog"), Period.ALWAYS)));

    assertThat(json)
        .isEqualTo(
            """
            {
              "without" : [ "Blog" ],
              "lost" : [ "Cara" ],
              "weakened" : [ "Acme" ],
              "valueAtRisk" : 500,
              "valueWeakened" : 1000,
              "totalValue" : 2000,
              "weakenedRoutesLost" : [ {
                "id" : "Acme",
                "routesLost" : 0.5
              } ]
            }
            """);
  }

  @Test
  void aPeriodPutsItsKeysFirstWithAnOpenSideAsNull() {
    // From 2024 only Bolt counts: Acme (2023-03) and Cara (2023-06) are dated outside.
    Period from2024 = Periods.of(Optional.of("2024"), Optional.empty());
    String json = ResultJson.write(tiny.whatIf(new WhatIfOptions(List.of("Twitter"), from2024)));

    assertThat(json)
        .startsWith(
            """
            {
              "period" : {
                "from" : "2024-01-01",
                "to" : null
              },
              "leftOut" : {
                "count" : 2,
                "outsidePeriod" : [ "Acme", "Cara" ],
                "undated" : [ ]
              },
              "without" : [ "Twitter" ],
              "lost" : [ "Bolt" ],
            """);
  }

  @Test
  void roiSaysItsSpanAsPeriodUnlessAPeriodWasAsked() throws Exception {
    List<String> always =
        keys(ResultJson.write(tiny.roi(new RoiOptions(Model.LINEAR, Period.ALWAYS))));
    Period from2024 = Periods.of(Optional.of("2024"), Optional.empty());
    List<String> limited = keys(ResultJson.write(tiny.roi(new RoiOptions(Model.LINEAR, from2024))));

    assertThat(always).containsExactly("model", "period", "span", "currency", "lines");
    assertThat(limited).containsExactly("period", "leftOut", "model", "span", "currency", "lines");
  }

  @Test
  void anUnknownValueIsNullAndAnAbsentOneIsLeftOut() throws Exception {
    // Ann carries Acme's two routes; betweenness is measured on a map this small, so present.
    JsonNode ann =
        new ObjectMapper()
            .readTree(ResultJson.write(tiny.connectors(new ConnectorsOptions(20, Period.ALWAYS))))
            .get("connectors")
            .get(0);
    assertThat(ann.get("id").asText()).isEqualTo("Ann");
    assertThat(ann.get("valueCarried").decimalValue()).isEqualByComparingTo("500");

    // A group has no label; a channel has one. The sources' Twitter has a cost of money only.
    JsonNode summary = new ObjectMapper().readTree(ResultJson.write(tiny.summary(ALL_TIME)));
    assertThat(summary.get("channels").get(0).has("label")).isTrue();
    JsonNode twitter = source(summary, "Twitter");
    assertThat(twitter.get("cost").has("money")).isTrue();
    assertThat(twitter.get("cost").has("hours")).isFalse();
    // Twitter touched Acme and Bolt, both won, no lost deal: a win rate of 1 both ways.
    assertThat(twitter.get("winRate").get("byCount").decimalValue()).isEqualByComparingTo("1");
    // Blog touched Acme (won) and Cara (open): decided deals only, so Acme alone.
    JsonNode blog = source(summary, "Blog");
    assertThat(blog.get("winRate").get("won").asInt()).isEqualTo(1);
    // Ann is no source: nothing leads to a source, and she has no cost.
    assertThat(source(summary, "Ann")).isNull();
  }

  @Test
  void aSourceWithoutDecidedDealsHasANullWinRate() throws Exception {
    JsonNode summary =
        new ObjectMapper()
            .readTree(
                ResultJson.write(
                    MapWorkspace.of(
                            NetmapReader.read(
                                "open.netmap",
                                "channel Blog\nprospect Cara value 100 p 50%\nBlog -> Cara\n"))
                        .summary(ALL_TIME)));

    JsonNode blog = source(summary, "Blog");
    assertThat(blog.get("winRate").get("byCount").isNull()).isTrue();
    assertThat(blog.get("winRate").get("byValue").isNull()).isTrue();
  }

  private static JsonNode source(JsonNode summary, String name) {
    for (JsonNode s : summary.get("sources")) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    return null;
  }

  private static List<String> keys(String json) throws Exception {
    List<String> keys = new ArrayList<>();
    new ObjectMapper().readTree(json).fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
