package networth.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The id table numbers ids as a plain map from id to first-seen number would. */
class IdTableTest {

  @Test
  void numbersIdsInTheOrderFirstAdded() {
    IdTable t = new IdTable();
    assertThat(t.add("Emily")).isEqualTo(0);
    assertThat(t.add("Roger")).isEqualTo(1);
    assertThat(t.add("Emily")).isEqualTo(0);
    assertThat(t.find("Roger")).isEqualTo(1);
    assertThat(t.find("Andy")).isEqualTo(-1);
    assertThat(t.numberOf("Andy")).isEmpty();
    assertThat(t.id(1)).isEqualTo("Roger");
    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void keepsTheFirstStringGivenForAnId() {
    IdTable t = new IdTable();
    String first = new String("client-1");
    t.add(first);
    t.add(new String("client-1"));
    assertThat(t.canonical("client-1")).containsSame(first);
  }

  @Test
  void agreesWithAHashMapOverManyIdsAndCollidingHashes() {
    // "Aa" and "BB" share a hash code, as do all their concatenations: the probes must still
    // tell them apart.
    Random random = new Random(7);
    IdTable t = new IdTable(4);
    Map<String, Integer> expected = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      String id =
          random.nextInt(4) == 0
              ? (random.nextBoolean() ? "Aa" : "BB") + (random.nextBoolean() ? "Aa" : "BB")
              : "person-" + random.nextInt(100_000);
      int n = t.add(id);
      Integer before = expected.putIfAbsent(id, order.size());
      if (before == null) {
        order.add(id);
      }
      assertThat(n).isEqualTo(expected.get(id));
    }
    assertThat(t.size()).isEqualTo(order.size());
    for (int i = 0; i < order.size(); i++) {
      assertThat(t.find(order.get(i))).isEqualTo(i);
      assertThat(t.id(i)).isEqualTo(order.get(i));
    }
    assertThat(t.find("person-100000")).isEqualTo(-1);
  }
}
