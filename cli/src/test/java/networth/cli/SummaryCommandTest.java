package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary of the seed example gives the numbers a person counts by hand from the blog post.
 *
 * <p>By hand: social media (LinkedIn, Twitter, the blog) is behind every case but Prospect 1, which
 * came from speaking at the IT Directors' Forum while at Microsoft. It links straight only to
 * Prospect 2 (the CEO found him on LinkedIn) and Prospect 4 (met through Twitter, sharing blog
 * posts). Events: Clients 2 and 3 saw him at the IDG events, Prospect 1 at the Forum (directly);
 * Client 4 came through Mike, met through UC Expo (indirectly). The values in the example are
 * invented: clients 50k+24k+18k+30k+40k+12k = 174k; prospects 35k×50% + 60k×40% + 25k×30% + 45k×25%
 * = 60.25k; in all 234.25k, of which Prospect 1's 17.5k is the only value social media did not
 * touch.
 */
class SummaryCommandTest {

  static final String SEED = "../examples/power-of-the-network.netmap";

  private static JsonNode json() throws Exception {
    Run run = Run.of("summary", SEED, "--format", "json");
    assertThat(run.exit()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode named(JsonNode array, String name) {
    for (JsonNode n : array) {
      if (n.get("name").asText().equals(name)) {
        return n;
      }
    }
    throw new AssertionError("no " + name);
  }

  @Test
  void socialPlayedAPartInNineOfTenTwoDirectly() throws Exception {
    JsonNode social = named(json().get("groups"), "social");
    assertThat(texts(social.get("direct"))).containsExactly("Prospect 2", "Prospect 4");
    assertThat(texts(social.get("indirect")))
        .containsExactly(
            "Client 1", "Client 2", "Client 3", "Client 4", "Client 5", "Client 6", "Prospect 3");
    assertThat(texts(social.get("touched"))).hasSize(9).doesNotContain("Prospect 1");
    assertThat(social.get("value").decimalValue()).isEqualByComparingTo("216750");
    assertThat(social.get("headline").asText())
        .isEqualTo(
            "Social (LinkedIn, Twitter, My blog) played a part in 9 of 10 opportunities (93% of the value): 2 directly, 7 indirectly.");
  }

  @Test
  void eventsAndMediaAsCountedByHand() throws Exception {
    JsonNode doc = json();
    assertThat(doc.get("totalValue").decimalValue()).isEqualByComparingTo("234250");
    assertThat(texts(doc.get("opportunities"))).hasSize(10);
    JsonNode events = named(doc.get("groups"), "events");
    assertThat(texts(events.get("direct"))).containsExactly("Client 2", "Client 3", "Prospect 1");
    assertThat(texts(events.get("indirect"))).containsExactly("Client 4");
    JsonNode media = named(doc.get("groups"), "media");
    assertThat(texts(media.get("direct"))).isEmpty();
    assertThat(texts(media.get("indirect"))).containsExactly("Client 1", "Client 2", "Client 3");
  }

  @Test
  void eachChannelOnItsOwn() throws Exception {
    JsonNode channels = json().get("channels");
    assertThat(texts(named(channels, "LinkedIn").get("touched")))
        .containsExactly(
            "Prospect 2", "Client 1", "Client 2", "Client 3", "Client 4", "Client 5", "Prospect 3");
    assertThat(texts(named(channels, "Twitter").get("touched")))
        .containsExactly("Prospect 4", "Client 1", "Client 6");
    assertThat(texts(named(channels, "My blog").get("touched")))
        .containsExactly("Prospect 4", "Client 2", "Client 3");
    assertThat(named(channels, "Twitter").get("value").decimalValue())
        .isEqualByComparingTo("73250");
  }

  @Test
  void theTableAndHeadlinesForAPerson() {
    Run run = Run.of("summary", SEED);
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("The power of the network: 10 opportunities worth £234,250\n")
        .contains("Social (LinkedIn, Twitter, My blog) played a part in 9 of 10 opportunities")
        .containsPattern("group +Social +9 of 10 +2 +7 +£216,750 +93%")
        .containsPattern("channel +LinkedIn +7 of 10 +1 +6 +£193,500 +83%");
  }

  @Test
  void markdownForNotes() {
    Run run = Run.of("summary", SEED, "--format", "md");
    assertThat(run.out())
        .startsWith("# The power of the network")
        .contains("| --- | --- | ---: |")
        .contains("- Social (LinkedIn");
  }

  /**
   * The sources of the seed, by hand: the origins LinkedIn, Twitter, My blog, the Microsoft job and
   * the Guardian interview, and the nodes with a cost that something leads to: Channel 4 News, the
   * CIO blog, the two IDG events, UC Expo and the two IT Directors' Forums.
   */
  @Test
  void theFirstSentenceNamesTheBiggestSourceOfTheSeed() throws Exception {
    // LinkedIn: Prospect 2 24k, Client 1 50k, Clients 2 and 3 42k, Client 4 30k, Client 5 40k,
    // Prospect 3 7.5k = 193.5k of 234.25k, 82.6%.
    Run run = Run.of("summary", SEED);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(2))
        .isEqualTo("LinkedIn (channel) led to 83% of the value: 7 of 10 opportunities, £193,500.");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "Value: clients at their value, prospects at value × probability, lost ones not"
                + " counted (none in this map).");
    JsonNode sources = json().get("sources");
    List<String> order = new ArrayList<>();
    sources.forEach(x -> order.add(x.get("name").asText()));
    // Twitter 73.25k, My blog 53.25k, Channel 4 News 50k (Client 1), the CIO blog 42k (Clients 2
    // and 3), the Guardian interview 40k (Client 5 through AndyG), UC Expo 30k, the Microsoft job
    // 12k + 17.5k = 29.5k, the IDG events 24k and 18k, the two Forums 17.5k each (by label: "IT
    // Directors' Forum (as speaker)" sorts before "IT Directors' Forum, May 2014").
    assertThat(order)
        .containsExactly(
            "LinkedIn",
            "Twitter",
            "My blog",
            "Channel 4 News",
            "CIO blog",
            "Guardian interview",
            "UC Expo 2010",
            "Microsoft job",
            "IDG event 1",
            "IDG event 2",
            "ITDF 2012",
            "ITDF 2014");
    assertThat(named(sources, "Microsoft job").get("value").decimalValue())
        .isEqualByComparingTo("29500");
    assertThat(json().get("lostValue").decimalValue()).isEqualByComparingTo("0");
  }

  /**
   * Every model credits all of the seed's value, Shapley too now that every origin plays: £234,250,
   * the sum worked out in the class comment. With the channels alone playing, the value reached
   * from the Microsoft job and the Guardian interview without any channel (Client 5 40k, Client 6
   * 12k, Prospect 1 17.5k = 69.5k) went to no one.
   */
  @Test
  void allSevenModelsCreditTheWholeValueOfTheSeed() throws Exception {
    Run run = Run.of("attribute", SEED, "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(run.out());
    for (String model :
        List.of("first", "last", "linear", "position", "time-decay", "shapley", "markov")) {
      double sum = 0;
      for (JsonNode row : doc.get("credits")) {
        JsonNode c = row.get("credit").get(model);
        sum += c.isNull() ? 0 : c.asDouble();
      }
      assertThat(sum).as(model).isCloseTo(234_250, org.assertj.core.api.Assertions.within(0.05));
    }
    assertThat(doc.get("shapley").get("withoutPlayers").asDouble()).isZero();
    Run channels =
        Run.of(
            "attribute", SEED, "--model", "shapley", "--players", "channels", "--format", "json");
    assertThat(
            new ObjectMapper()
                .readTree(channels.out())
                .get("shapley")
                .get("withoutPlayers")
                .decimalValue())
        .isEqualByComparingTo("69500");
  }
}
