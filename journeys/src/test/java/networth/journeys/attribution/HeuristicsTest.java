package networth.journeys.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import networth.journeys.PathTable;
import networth.journeys.ReferenceData;
import networth.journeys.read.BadRows;
import networth.journeys.read.PathColumns;
import networth.journeys.read.PathFormatReader;
import networth.journeys.read.Progress;
import networth.journeys.read.Sources;
import org.junit.jupiter.api.Test;

class HeuristicsTest {

  static PathTable table(String csv) throws Exception {
    return new PathFormatReader(PathColumns.defaults(), BadRows.stop(), Progress.NONE)
        .read("t.csv", new StringReader(csv))
        .table();
  }

  /**
   * The literature's example: three paths, one conversion each, values 10, 20 and 30.
   *
   * <pre>
   * A>B>A>B>B>A  6 touches: A 3, B 3   linear A 3/6 = 0.5, B 0.5   value A 5,  B 5
   * A>B>B>A>A    5 touches: A 3, B 2   linear A 3/5 = 0.6, B 0.4   value A 12, B 8
   * A>A          2 touches: A 2        linear A 1                  value A 30
   * </pre>
   *
   * Every path starts and ends with A: first and last touch give A all 3 conversions and 60.
   * Linear: A 0.5 + 0.6 + 1 = 2.1 and 5 + 12 + 30 = 47; B 0.5 + 0.4 = 0.9 and 5 + 8 = 13.
   */
  @Test
  void repeatedChannelsCountEachTimeUnderLinearTouch() throws Exception {
    ChannelCredits c =
        Heuristics.of(
            table(
                "path,total_conversions,total_conversion_value\n"
                    + "A>B>A>B>B>A,1,10\nA>B>B>A>A,1,20\nA>A,1,30\n"));
    assertThat(c.channels()).containsExactly("A", "B");
    assertThat(c.column("first_touch_conversions").values()).containsExactly(3, 0);
    assertThat(c.column("first_touch_value").values()).containsExactly(60, 0);
    assertThat(c.column("last_touch_conversions").values()).containsExactly(3, 0);
    assertThat(c.column("last_touch_value").values()).containsExactly(60, 0);
    assertThat(c.column("linear_touch_conversions").values())
        .containsExactly(new double[] {2.1, 0.9}, within(1e-12));
    assertThat(c.column("linear_touch_value").values())
        .containsExactly(new double[] {47, 13}, within(1e-12));
  }

  /**
   * x>y>z with 2 conversions worth 9, z>x with 1 worth 3 (and 4 journeys that did not convert,
   * which no heuristic credits). First: x 2 (9), z 1 (3). Last: z 2 (9), x 1 (3). Linear: x 2/3 +
   * 1/2 = 7/6, y 2/3, z 2/3 + 1/2 = 7/6; value x 3 + 1.5 = 4.5, y 3, z 3 + 1.5 = 4.5.
   */
  @Test
  void firstAndLastTouchGoToTheEnds() throws Exception {
    ChannelCredits c =
        Heuristics.of(
            table(
                "path,total_conversions,total_conversion_value,total_null\n"
                    + "x>y>z,2,9,0\nz>x,1,3,4\n"));
    assertThat(c.channels()).containsExactly("x", "y", "z");
    assertThat(c.column("first_touch_conversions").values()).containsExactly(2, 0, 1);
    assertThat(c.column("first_touch_value").values()).containsExactly(9, 0, 3);
    assertThat(c.column("last_touch_conversions").values()).containsExactly(1, 0, 2);
    assertThat(c.column("last_touch_value").values()).containsExactly(3, 0, 9);
    assertThat(c.column("linear_touch_conversions").values())
        .containsExactly(new double[] {7.0 / 6, 2.0 / 3, 7.0 / 6}, within(1e-12));
    assertThat(c.column("linear_touch_value").values())
        .containsExactly(new double[] {4.5, 3, 4.5}, within(1e-12));
  }

  /**
   * The reference data against a second implementation written here from the raw lines, row by row
   * as ChannelAttribution goes (no grouping of identical paths). First and last touch are sums of
   * whole numbers and value sums of the same terms: equal to the bit for conversions; the linear
   * shares are added in another order (identical paths are merged first), so they agree to 1e-9
   * rather than to the last bit.
   */
  @Test
  void theReferenceDataAgreesWithASecondImplementation() throws Exception {
    List<String> lines = Files.readAllLines(ReferenceData.pathData());
    Map<String, double[]> expected = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      double conv = Double.parseDouble(f[1]);
      double value = Double.parseDouble(f[2]);
      List<String> path = new ArrayList<>();
      for (String token : f[0].split(">")) {
        if (!token.trim().isEmpty()) {
          path.add(token.trim());
        }
      }
      for (String ch : path) {
        expected.computeIfAbsent(ch, k -> new double[6]);
      }
      expected.get(path.get(0))[0] += conv;
      expected.get(path.get(0))[1] += value;
      expected.get(path.get(path.size() - 1))[2] += conv;
      expected.get(path.get(path.size() - 1))[3] += value;
      for (String ch : path) {
        expected.get(ch)[4] += conv / path.size();
        expected.get(ch)[5] += value / path.size();
      }
    }
    ChannelCredits c =
        Heuristics.of(
            new PathFormatReader(PathColumns.defaults(), BadRows.stop(), Progress.NONE)
                .read("pathdata", Sources.open(ReferenceData.pathData().toString(), null))
                .table());

    assertThat(c.channels()).containsExactlyElementsOf(expected.keySet()).hasSize(12);
    String[] names = {
      "first_touch_conversions", "first_touch_value",
      "last_touch_conversions", "last_touch_value",
      "linear_touch_conversions", "linear_touch_value"
    };
    double total = 0;
    for (int i = 0; i < c.channels().size(); i++) {
      double[] e = expected.get(c.channels().get(i));
      assertThat(c.column(names[0]).value(i)).isEqualTo(e[0]);
      assertThat(c.column(names[2]).value(i)).isEqualTo(e[2]);
      for (int k : new int[] {1, 3, 4, 5}) {
        assertThat(c.column(names[k]).value(i))
            .as(c.channels().get(i) + " " + names[k])
            .isCloseTo(e[k], within(1e-9));
      }
      total += c.column(names[4]).value(i);
    }
    // Every model shares out all 19,785 conversions.
    assertThat(total).isCloseTo(19_785, within(1e-9));
  }
}
