package networth.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import networth.engine.MapWorkspace;
import networth.engine.options.SummaryOptions;
import networth.engine.result.SummaryResult;
import networth.io.netmap.NetmapReader;
import networth.model.Period;
import networth.render.text.TextTable;
import org.junit.jupiter.api.Test;

/** The summary table the command and the report show, made from the engine's answer. */
class SummaryTableTest {

  /**
   * Blog → Ann → Acme (1,000), Twitter → Ann, Twitter → Bolt (500), Blog → Cara (2,000 at 25% =
   * 500); Blog and Twitter form the group "online". Total 2,000.
   */
  private static final String TINY =
      """
      currency GBP
      group online = Blog, Twitter
      channel Blog
      channel Twitter
      person Ann
      client Acme value 1000 won 2023-03
      client Bolt value 500 won 2024-02
      prospect Cara value 2000 p 25% since 2023-06
      Blog -> Ann -> Acme
      Twitter -> Ann
      Twitter -> Bolt
      Blog -> Cara
      """;

  @Test
  void eachRowCountsWhatItTouchedAndItsShareOfTheValue() {
    MapWorkspace w = MapWorkspace.of(NetmapReader.read("tiny.netmap", TINY));
    SummaryResult summary = w.summary(new SummaryOptions(Period.ALWAYS));

    TextTable t = Tables.summary(w.within(Period.ALWAYS).map(), summary);
    List<String> csv = t.csv().lines().toList();

    // The group reaches all three (Cara and Bolt directly, Acme through Ann): £2,000, 100%.
    // Blog: Cara directly, Acme through Ann, 1,000 + 500 = £1,500, 75%; Twitter: Bolt directly,
    // Acme through Ann, 500 + 1,000 = £1,500, 75%. No deal was lost: Blog's one decided deal
    // (Acme; Cara is open) and Twitter's two (Acme, Bolt) were won, 100% by count and by value.
    assertThat(csv)
        .contains(
            "group,Online,3 of 3,2,1,\"£2,000\",100%,£0,100%,100%",
            "channel,Blog,2 of 3,1,1,\"£1,500\",75%,£0,100%,100%",
            "channel,Twitter,2 of 3,1,1,\"£1,500\",75%,£0,100%,100%");
  }

  @Test
  void aShareIsRoundedHalfUpToWholePercent() {
    // 1 of 8 is 12.5%: said as 13%. Nothing of nothing is 0%.
    assertThat(Tables.percentOf(BigDecimal.ONE, BigDecimal.valueOf(8))).isEqualTo(13);
    assertThat(Tables.percentOf(BigDecimal.ZERO, BigDecimal.ZERO)).isZero();
  }
}
