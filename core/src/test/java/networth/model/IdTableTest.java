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

  @Test
  void findsManyIdsAtOnceAsOneByOne() {
    // Ids held and not held, colliding hashes ("Aa"/"BB"), prefixes of each other, an empty one,
    // and one with characters beyond ASCII in the table (never found from ASCII bytes).
    Random random = new Random(11);
    IdTable t = new IdTable(8);
    t.add("caf\u00e9");
    for (int i = 0; i < 50_000; i++) {
      t.add(random.nextInt(5) == 0 ? "AaBB".substring(0, 2) + "BB" + i % 7 : "person-" + i * 3);
    }
    StringBuilder text = new StringBuilder();
    int count = 30_000;
    int[] from = new int[count];
    int[] to = new int[count];
    for (int i = 0; i < count; i++) {
      from[i] = text.length();
      int pick = random.nextInt(6);
      text.append(
          switch (pick) {
            case 0 -> "BBAa" + random.nextInt(7);
            case 1 -> "AaBB" + random.nextInt(9);
            case 2 -> "person-" + random.nextInt(160_000);
            case 3 -> "person-1";
            case 4 -> "";
            default -> "person-" + 3 * random.nextInt(50_000);
          });
      to[i] = text.length();
      text.append(' ');
    }
    byte[] ascii = text.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    int[] numbers = new int[count + 5];
    java.util.Arrays.fill(numbers, 99);
    t.findAll(ascii, from, to, count, numbers);
    int found = 0;
    for (int i = 0; i < count; i++) {
      assertThat(numbers[i]).as("id %d", i).isEqualTo(t.find(ascii, from[i], to[i]));
      found += numbers[i] >= 0 ? 1 : 0;
    }
    assertThat(found).as("some held, some not").isBetween(count / 4, count - count / 10);
    assertThat(numbers[count]).as("nothing past count").isEqualTo(99);
  }

  @Test
  void readsIdsFromAsciiBytesAsFromStrings() {
    // Ids met as bytes inside a line and as strings must get one number each, whichever came
    // first, including ids whose hashes collide ("Aa"/"BB") and a prefix of another ("client-1"
    // inside "client-12").
    byte[] line =
        "x Aa BB client-12 client-1 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    IdTable t = new IdTable(2);
    assertThat(t.add("BB")).isEqualTo(0);
    assertThat(t.add(line, 2, 4)).isEqualTo(1); // Aa, new
    assertThat(t.add(line, 5, 7)).isEqualTo(0); // BB, met as a string first
    assertThat(t.add(line, 8, 17)).isEqualTo(2); // client-12
    assertThat(t.add(line, 18, 26)).isEqualTo(3); // client-1
    assertThat(t.add("client-1")).isEqualTo(3);
    assertThat(t.find("Aa")).isEqualTo(1);
    assertThat(t.id(2)).isEqualTo("client-12");
    Random random = new Random(11);
    for (int i = 0; i < 50_000; i++) {
      String id = "person-" + random.nextInt(20_000);
      byte[] b = (" " + id).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      int n = random.nextBoolean() ? t.add(id) : t.add(b, 1, b.length);
      assertThat(t.id(n)).isEqualTo(id);
      assertThat(t.find(id)).isEqualTo(n);
    }
  }

  @Test
  void tellsIdsBeyondAsciiApartFromTheirAsciiLookalikes() {
    // "Zoë" and "Zoe" are the same length and differ in one character; "é" is a Latin-1
    // character, "→" and an emoji are not. The table keeps only ASCII ids as bytes and must still
    // find every one, met as a string or (for the ASCII ones) as bytes.
    IdTable t = new IdTable(2);
    List<String> ids = List.of("Zoë", "Zoe", "café", "cafe", "a→b", "a-b", "\uD83D\uDE00", "x");
    for (int i = 0; i < ids.size(); i++) {
      assertThat(t.add(ids.get(i))).isEqualTo(i);
    }
    byte[] ascii = "Zoe cafe a-b x".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(t.add(ascii, 0, 3)).isEqualTo(1);
    assertThat(t.add(ascii, 4, 8)).isEqualTo(3);
    assertThat(t.add(ascii, 9, 12)).isEqualTo(5);
    assertThat(t.add(ascii, 13, 14)).isEqualTo(7);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(t.find(ids.get(i))).isEqualTo(i);
      assertThat(t.add(new String(ids.get(i)))).isEqualTo(i);
    }
    assertThat(t.find("Zoé")).isEqualTo(-1);
    assertThat(t.size()).isEqualTo(ids.size());
  }
}
