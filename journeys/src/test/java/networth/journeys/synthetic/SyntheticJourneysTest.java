package networth.journeys.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.io.StringWriter;
import networth.journeys.attribution.ChannelCredits;
import networth.journeys.attribution.Heuristics;
import networth.journeys.read.BadRows;
import networth.journeys.read.LongColumns;
import networth.journeys.read.LongFormatReader;
import networth.journeys.read.PathColumns;
import networth.journeys.read.PathFormatReader;
import networth.journeys.read.Progress;
import org.junit.jupiter.api.Test;

class SyntheticJourneysTest {

  static String write(long n, SyntheticJourneys.Layout layout, long seed) throws Exception {
    StringWriter out = new StringWriter();
    new SyntheticJourneys(seed).write(n, layout, out);
    return out.toString();
  }

  @Test
  void bothLayoutsOfOneSeedHoldTheSameJourneys() throws Exception {
    String paths = write(2_000, SyntheticJourneys.Layout.PATHS, 7);
    String touches = write(2_000, SyntheticJourneys.Layout.TOUCHES, 7);
    assertThat(write(2_000, SyntheticJourneys.Layout.PATHS, 7)).isEqualTo(paths);
    assertThat(write(2_000, SyntheticJourneys.Layout.PATHS, 8)).isNotEqualTo(paths);

    PathFormatReader.Result p =
        new PathFormatReader(PathColumns.defaults(), BadRows.stop(), Progress.NONE)
            .read("p", new StringReader(paths));
    LongFormatReader.Result t =
        new LongFormatReader(
                LongColumns.defaults(),
                LongFormatReader.Order.GROUPED,
                BadRows.stop(),
                Progress.NONE)
            .read("t", new StringReader(touches), j -> {});
    assertThat(p.rows()).isEqualTo(2_000);
    assertThat(t.journeys()).isEqualTo(2_000);
    assertThat(p.table().totalConversions() + p.table().totalNulls()).isEqualTo(2_000);
    // The mean length is 6: 2,000 journeys have about 12,000 touches.
    assertThat(t.rows()).isBetween(11_000L, 13_000L);
    ChannelCredits a = Heuristics.of(p.table());
    ChannelCredits b = Heuristics.of(t.table());
    assertThat(b.channels()).containsExactlyInAnyOrderElementsOf(a.channels());
    for (int i = 0; i < a.channels().size(); i++) {
      int j = b.channels().indexOf(a.channels().get(i));
      for (ChannelCredits.Column c : a.columns()) {
        assertThat(b.column(c.name()).value(j)).isCloseTo(c.value(i), within(1e-6));
      }
    }
  }
}
