package networth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * All links' days at once ({@link NetworkMap#linkDays}) are each link's day: the first day of its
 * date, counted by {@link LocalDate}, whatever the cache of converted dates holds.
 */
class LinkDaysTest {

  @Test
  void everyLinksDayIsTheFirstDayOfItsDate() {
    Random random = new Random(20261201);
    NetworkMap.Builder b = NetworkMap.builder();
    b.node(Node.of("a", NodeKind.PERSON)).node(Node.of("b", NodeKind.PERSON));
    LocalDate[] expected = new LocalDate[30_000];
    for (int e = 0; e < expected.length; e++) {
      // Years far apart and partial dates, so that many dates share a cache place; some undated.
      int year = 1 + random.nextInt(9999);
      int month = random.nextInt(13);
      int day = month == 0 ? 0 : random.nextInt(29);
      Optional<PartialDate> date =
          random.nextInt(10) == 0
              ? Optional.empty()
              : Optional.of(new PartialDate(year, month, day));
      expected[e] =
          date.map(d -> LocalDate.of(year, Math.max(month, 1), Math.max(day, 1))).orElse(null);
      b.link(new Link("a", "b", "", date, ""));
    }
    NetworkMap map = b.build();

    int[] days = map.linkDays();

    assertThat(days).hasSize(expected.length);
    for (int e = 0; e < expected.length; e++) {
      int want = expected[e] == null ? NetworkMap.NO_DAY : (int) expected[e].toEpochDay();
      assertThat(days[e]).as("link %d", e).isEqualTo(want).isEqualTo(map.linkDay(e));
    }
  }
}
