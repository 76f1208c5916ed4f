package networth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A freelance designer's map (src/test/resources/freelance-designer.netmap): her former employer, a
 * meetup, a podcast and a conference are no channels and in no group, yet each is a source.
 *
 * <p>By hand: Acme Studio (job) led to Client 1 (12k) directly and, through Tom, to Clients 2 and 3
 * (8k + 6k): 26k of the 78k her eight clients are worth, 33%. Dribbble 10k + 8k = 18k; the podcast
 * 18k with one client, after Dribbble's two; the newsletter 9k; the meetup, through Ines, Client 7
 * (7k) and the lost deal (5k): won 1 of 2, 7k of 12k = 58% by value. Config 2023 cost €1,200 and 24
 * hours, at €50 an hour €2,400, and led to nothing.
 */
class SourcesCommandTest {

  static final String DESIGNER = "src/test/resources/freelance-designer.netmap";

  private static JsonNode json(String... args) throws Exception {
    Run run = Run.of(args);
    assertThat(run.exit()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static JsonNode named(JsonNode array, String name) {
    for (JsonNode n : array) {
      JsonNode key = n.has("name") ? n.get("name") : n.get("id");
      if (key.asText().equals(name)) {
        return n;
      }
    }
    throw new AssertionError("no " + name);
  }

  @Test
  void theFirstSentenceNamesTheFormerEmployerAndTheConferenceIsSaidPlainly() {
    Run run = Run.of("summary", DESIGNER);
    assertThat(run.exit()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Studio Lena: 8 opportunities worth €78,000");
    assertThat(lines.get(2))
        .isEqualTo("Acme Studio (job) led to 33% of the value: 3 of 8 opportunities, €26,000.");
    assertThat(lines.get(3))
        .isEqualTo(
            "Config 2023 cost €1,200 and 24 hours (€2,400 with the hours at €50) and led to no"
                + " opportunity yet.");
    assertThat(run.out())
        .contains(
            "job      Acme Studio              3 of 8       1         2  €26,000    33%      €0"
                + "      100%      100%")
        .contains(
            "event    Design Meetup            1 of 8       0         1   €7,000     9%  €5,000"
                + "       50%       58%")
        .contains(
            "event    Config 2023              0 of 8       0         0       €0     0%      €0"
                + "         —         —");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "Value: clients at their value, prospects at value × probability, lost ones not"
                + " counted (1 lost, worth €5,000).");
  }

  @Test
  void sourcesAreRankedByValueThenCountAfterTheGroups() {
    Run run = Run.of("summary", DESIGNER);
    List<String> rows =
        run.out().lines().filter(l -> l.matches("^(group|job|channel|media|event) .*")).toList();
    // The podcast ties with Dribbble at 18k and comes after it, with one client to its two.
    assertThat(rows.stream().map(r -> r.substring(9, 33).trim()))
        .containsExactly(
            "Online",
            "Acme Studio",
            "Dribbble",
            "Design Matters podcast",
            "Newsletter",
            "Design Meetup",
            "Config 2023");
  }

  @Test
  void jsonGivesEverySourceWithItsCostLostDealsAndWinRate() throws Exception {
    JsonNode doc = json("summary", DESIGNER, "--format", "json");
    assertThat(texts(doc.get("lead")))
        .containsExactly(
            "Acme Studio (job) led to 33% of the value: 3 of 8 opportunities, €26,000.",
            "Config 2023 cost €1,200 and 24 hours (€2,400 with the hours at €50) and led to no"
                + " opportunity yet.");
    assertThat(texts(doc.get("lost"))).containsExactly("Lost deal");
    assertThat(doc.get("lostValue").decimalValue()).isEqualByComparingTo("5000");
    JsonNode sources = doc.get("sources");
    List<String> order = new ArrayList<>();
    sources.forEach(s -> order.add(s.get("name").asText()));
    assertThat(order)
        .containsExactly("Acme", "Dribbble", "Podcast", "Newsletter", "Meetup", "Config");

    JsonNode acme = sources.get(0);
    assertThat(acme.get("label").asText()).isEqualTo("Acme Studio");
    assertThat(acme.get("kind").asText()).isEqualTo("job");
    assertThat(acme.get("origin").asBoolean()).isTrue();
    assertThat(acme.get("cost").isEmpty()).isTrue();
    assertThat(texts(acme.get("touched"))).containsExactly("Client 1", "Client 2", "Client 3");
    assertThat(texts(acme.get("direct"))).containsExactly("Client 1");
    assertThat(texts(acme.get("indirect"))).containsExactly("Client 2", "Client 3");
    assertThat(acme.get("value").decimalValue()).isEqualByComparingTo("26000");
    // 26k / 78k = 0.33333
    assertThat(acme.get("share").decimalValue()).isEqualByComparingTo("0.3333");
    assertThat(acme.get("sentence").asText()).isEqualTo(texts(doc.get("lead")).get(0));

    JsonNode meetup = named(sources, "Meetup");
    assertThat(texts(meetup.get("lost"))).containsExactly("Lost deal");
    assertThat(meetup.get("lostValue").decimalValue()).isEqualByComparingTo("5000");
    JsonNode rate = meetup.get("winRate");
    assertThat(rate.get("won").asInt()).isEqualTo(1);
    assertThat(rate.get("lost").asInt()).isEqualTo(1);
    assertThat(rate.get("byCount").decimalValue()).isEqualByComparingTo("0.5");
    // 7k / (7k + 5k) = 0.58333
    assertThat(rate.get("byValue").decimalValue()).isEqualByComparingTo("0.5833");

    JsonNode config = named(sources, "Config");
    assertThat(config.get("origin").asBoolean()).as("no link: a source by its cost").isFalse();
    assertThat(config.get("cost").get("money").decimalValue()).isEqualByComparingTo("1200");
    assertThat(config.get("cost").get("hours").decimalValue()).isEqualByComparingTo("24");
    assertThat(config.get("winRate").get("byCount").isNull()).isTrue();
    assertThat(config.get("winRate").get("byValue").isNull()).isTrue();

    JsonNode online = named(doc.get("groups"), "online");
    assertThat(texts(online.get("lost"))).isEmpty();
    assertThat(online.get("lostValue").decimalValue()).isEqualByComparingTo("0");
    assertThat(online.get("winRate").get("won").asInt()).isEqualTo(3);
    JsonNode newsletter = named(doc.get("channels"), "Newsletter");
    assertThat(newsletter.get("winRate").get("byValue").decimalValue()).isEqualByComparingTo("1");
    assertThat(newsletter.get("lostValue").decimalValue()).isEqualByComparingTo("0");
    assertThat(texts(newsletter.get("lost"))).isEmpty();
  }

  @Test
  void markdownLeadsWithTheBiggestSourceAndCsvCarriesTheWinRates() {
    Run md = Run.of("summary", DESIGNER, "--format", "md");
    List<String> lines = md.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("# Studio Lena: 8 opportunities worth €78,000");
    assertThat(lines.get(2))
        .isEqualTo("- Acme Studio (job) led to 33% of the value: 3 of 8 opportunities, €26,000.");
    Run csv = Run.of("summary", DESIGNER, "--format", "csv");
    assertThat(csv.out().lines().toList().get(0))
        .isEqualTo(",NAME,TOUCHED,DIRECT,INDIRECT,VALUE,SHARE,LOST,WIN RATE,BY VALUE");
    assertThat(csv.out())
        .contains("event,Design Meetup,1 of 8,0,1,\"€7,000\",9%,\"€5,000\",50%,58%");
  }

  @Test
  void roiRanksEveryCostedNodeWithItsWinRate() throws Exception {
    JsonNode doc = json("roi", DESIGNER, "--format", "json");
    List<String> order = new ArrayList<>();
    doc.get("lines").forEach(l -> order.add(l.get("name").asText()));
    // Linear credit: the podcast and Dribbble 18k each (by label, "Design Matters podcast" first),
    // the newsletter 9k, the meetup half of Client 7 (3.5k), Config 2023 nothing; then the group.
    // Acme Studio has no cost and is no channel.
    assertThat(order)
        .containsExactly("Podcast", "Dribbble", "Newsletter", "Meetup", "Config", "online");
    JsonNode meetup = doc.get("lines").get(3);
    assertThat(meetup.get("kind").asText()).isEqualTo("event");
    assertThat(meetup.get("credit").decimalValue()).isEqualByComparingTo("3500");
    // 20 hours at €50: €1,000; 3.5k / 1k = 3.5.
    assertThat(meetup.get("roi").asDouble()).isEqualTo(3.5);
    assertThat(meetup.get("lostValue").decimalValue()).isEqualByComparingTo("5000");
    assertThat(meetup.get("winRate").get("won").asInt()).isEqualTo(1);
    assertThat(meetup.get("winRate").get("lost").asInt()).isEqualTo(1);
    assertThat(meetup.get("winRate").get("byCount").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(meetup.get("winRate").get("byValue").decimalValue()).isEqualByComparingTo("0.5833");
    assertThat(doc.get("lines").get(5).get("kind").asText()).isEqualTo("group");
    Run text = Run.of("roi", DESIGNER);
    assertThat(text.out())
        .contains(
            "event    Config 2023                  €0  €1,200     24  €2,400    0.0×        €0"
                + "      €0         —         —");
  }

  @Test
  void shapleyLetsEveryOriginPlayUnlessToldOtherwise() throws Exception {
    // Each client is reached from one origin only, so each origin's Shapley value is the value it
    // reached: Acme 26k, Dribbble 18k, the podcast 18k, the newsletter 9k, the meetup 7k.
    JsonNode all = json("attribute", DESIGNER, "--model", "shapley", "--format", "json");
    assertThat(all.get("shapley").get("withoutPlayers").decimalValue()).isEqualByComparingTo("0");
    assertThat(named(all.get("credits"), "Acme").get("credit").decimalValue())
        .isEqualByComparingTo("26000");
    // With the channels alone, Acme's 26k, the podcast's 18k and the meetup's 7k go to no one.
    JsonNode channels =
        json(
            "attribute",
            DESIGNER,
            "--model",
            "shapley",
            "--players",
            "channels",
            "--format",
            "json");
    assertThat(channels.get("shapley").get("withoutPlayers").decimalValue())
        .isEqualByComparingTo("51000");
    // Costed: Dribbble, Newsletter, Meetup, Podcast, Config; Acme's 26k needs none of them.
    JsonNode costed =
        json(
            "attribute", DESIGNER, "--model", "shapley", "--players", "costed", "--format", "json");
    assertThat(costed.get("shapley").get("withoutPlayers").decimalValue())
        .isEqualByComparingTo("26000");
    JsonNode two =
        json(
            "attribute",
            DESIGNER,
            "--model",
            "shapley",
            "--players",
            "Acme Studio,Podcast",
            "--format",
            "json");
    assertThat(two.get("shapley").get("withoutPlayers").decimalValue())
        .as("Dribbble 18k, the newsletter 9k and the meetup 7k need neither")
        .isEqualByComparingTo("34000");
  }

  @Test
  void aPlayerTheMapDoesNotHaveOrPlayersWithGroupsIsACommandLineMistake() {
    Run unknown = Run.of("attribute", DESIGNER, "--players", "Dribble");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("--players").contains("Dribbble");
    Run byGroup = Run.of("attribute", DESIGNER, "--by", "group", "--players", "channels");
    assertThat(byGroup.exit()).isEqualTo(2);
    assertThat(byGroup.err()).contains("--players chooses Shapley's players by node");
  }
}
