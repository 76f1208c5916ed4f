package networth.render.journeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import networth.journeys.PathTable;

/** The paths most journeys took. */
final class TopPaths {

  private TopPaths() {}

  /**
   * At most {@code n} path numbers: most journeys first, then most conversions, then the order the
   * file first gave them (so that the same file always lists the same paths).
   */
  static List<Integer> of(PathTable t, int n) {
    List<Integer> all = new ArrayList<>(t.size());
    for (int p = 0; p < t.size(); p++) {
      all.add(p);
    }
    all.sort(
        Comparator.comparingDouble((Integer p) -> -(t.conversions(p) + t.nulls(p)))
            .thenComparingDouble(p -> -t.conversions(p))
            .thenComparingInt(p -> p));
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }
}
