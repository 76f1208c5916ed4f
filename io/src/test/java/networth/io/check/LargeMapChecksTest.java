package networth.io.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.io.ReadResult;
import networth.io.netmap.NetmapReader;
import org.junit.jupiter.api.Test;

/**
 * On a large map the index is built on its own thread while the checks that only read the map run:
 * the problems are the same, in the same order (links and cycles first), as on a small map, and the
 * index handed on is the map's.
 */
class LargeMapChecksTest {

  /** A chain of {@code n} people, each led to by the one before, then the given lines. */
  private static String chain(int n, String more) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append("person p").append(i).append('\n');
    }
    for (int i = 1; i < n; i++) {
      text.append('p').append(i - 1).append(" -> p").append(i).append('\n');
    }
    return text.append(more).toString();
  }

  private static List<String> said(int n) {
    String more = "p5 -> p5\np1 -> p2\np9 -> p3\nnobody -> p7\n";
    ReadResult r = MapChecker.check(NetmapReader.read("m.netmap", chain(n, more)), "m.netmap");
    assertThat(r.graph().nodeCount()).isEqualTo(n + 1);
    // Lines as offsets from the end of the chain, so that both sizes say the same.
    int base = 2 * n - 1;
    return r.problems().stream()
        .map(p -> (p.position().line() - base) + ":" + p.position().column() + " " + p.message())
        .map(s -> relative(s, n))
        .toList();
  }

  /** A place named inside a message ("first at m.netmap:52:4") as a line of the chain. */
  private static String relative(String message, int n) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("m\\.netmap:(\\d+)").matcher(message);
    return m.find()
        ? m.replaceFirst("line " + (Integer.parseInt(m.group(1)) - n) + " of the links")
        : message;
  }

  @Test
  void aLargeMapSaysWhatASmallOneSaysInTheSameOrder() {
    List<String> small = said(50);
    List<String> large = said(120_000);
    assertThat(small)
        .containsExactly(
            "1:7 'p5' links to itself",
            "2:4 the link p1 -> p2 is given twice (first at line 2 of the links:4)",
            "3:4 cycle: p3 -> p4 -> p5 -> p6 -> p7 -> p8 -> p9 -> p3",
            "4:1 'nobody' is used but not declared");
    assertThat(large).isEqualTo(small);
  }
}
