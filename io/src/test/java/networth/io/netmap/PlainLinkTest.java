package networth.io.netmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import networth.io.ReadResult;
import networth.model.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shortcut for plain link lines reads every line exactly as the lexer and parser do: the same
 * map, messages, layout (what {@code fmt} writes back) and positions, whether it takes the line or
 * leaves it to them.
 */
class PlainLinkTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "client c-1 value 5k won 2020-01",
        "client c-1 value 74k GBP won 2013-11-23",
        "prospect p-9 value 28k GBP p 15% since 2013-08-29",
        "lost l-0 value 190k GBP lost 2013-09-15",
        "client c-1 won 2020-01 value 5k",
        "client c-1   value\t5k   GBP  won 2020  ",
        "client c-1 value 1.5m",
        "client c-1 value 5K EUR",
        "client c-1 value 0.5k",
        "client c-1 value 2",
        "client c-1 on 2020-02-29",
        "prospect p-9 p 0.5%",
        "prospect p-9 p 100%",
        "prospect p-9 since 2013 p 40%",
        "client c-1 value 5k value 6k",
        "client c-1 value 5k lost 2020",
        "client c-1 since 2020 won 2021",
        "prospect p-9 p 150%",
        "prospect p-9 p 15",
        "prospect p-9 p 40% p 50%",
        "prospect p-9 probability 40%",
        "client c-1 value 5k GBPX",
        "client c-1 value 5k gbp",
        "client c-1 value 5k GBP,",
        "client c-1 value 5k EUR GBP",
        "client c-1 value £5k",
        "client c-1 value 5,000",
        "client c-1 value 5.k",
        "client c-1 value .5k",
        "client c-1 value 1000000000000000k",
        "client c-1 value 0.001",
        "client c-1 value 5k won 2020-13-01",
        "client c-1 value 5k won 2020-02-30",
        "client c-1 value 5k won 20",
        "client c-1 value",
        "client c-1 value 5k won",
        "client c-1 value5k",
        "client c-1 p 10%",
        "lost l-1 won 2020",
        "person p-1 value 5k",
        "person p-1 since 2020",
        "client c-1 value 5k # a comment",
        "client c-1 value 5k : a note",
        "client c-1 label x",
        "client c-1 value 5k until 2020",
        "client c-1 2020",
        "client c-1 value 5k, c-2",
        "client c-1 value 5k won 2020-01 x=y",
        "b value 5k",
        "client b value 5k",
      })
  void aDeclarationWithItsDealReadsTheSameEitherWay(String line) {
    // Read for an analysis (no layout, where the shortcut takes deals) and by the full parser.
    String text = "person b\na -> b\n" + line + "\nclient c-2\n# end\nperson q-1\n";
    for (String t : List.of(text, line + "\n\n" + line + "\n")) {
      ReadResult fast =
          NetmapReader.read(
              "m.netmap",
              java.nio.ByteBuffer.wrap(t.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
              false);
      ReadResult full = NetmapReader.readWithoutShortcut("m.netmap", t);
      assertThat(fast.problems()).as(t).isEqualTo(full.problems());
      assertThat(fast.map()).as(t).isEqualTo(full.map());
      assertThat(fast.map().nodes()).as(t).isEqualTo(full.map().nodes());
      for (Node n : full.map().nodes()) {
        assertThat(fast.locations().of(n.id())).as(t).isEqualTo(full.locations().of(n.id()));
      }
      // Read with its layout (convert, fmt): how each value was written is kept the same way.
      ReadResult kept = NetmapReader.read("m.netmap", t);
      assertThat(kept.problems()).as(t).isEqualTo(full.problems());
      assertThat(kept.map().nodes()).as(t).isEqualTo(full.map().nodes());
      assertThat(kept.layout()).as(t).isEqualTo(full.layout());
      if (!full.hasErrors()) {
        assertThat(NetmapWriter.write(kept.map(), kept.layout()))
            .as(t)
            .isEqualTo(NetmapWriter.write(full.map(), full.layout()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "client client-2  value 74k GBP won 2013-11-23",
        "prospect prospect-1  value 28k GBP p 15% since 2013-08-29",
        "lost lost-0  value 190k GBP lost 2013-09-15"
      })
  void theShortcutTakesTheOpportunitiesConvertWrites(String line) {
    byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    PlainLink plain = new PlainLink();
    assertThat(plain.readDeclaration(b, 0, b.length, true)).isTrue();
    assertThat(plain.value).isPresent();
    assertThat(plain.date).isPresent();
    assertThat(plain.readDeclaration(b, 0, b.length, false)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a -> b",
        "a->b",
        "  a \t->\t b  ",
        "a -[2010-06-19]-> b",
        "a -[ 2010-06 ]-> b",
        "a -[2010]-> b",
        "a -[introduced 2012-05]-> b",
        "a -[2012-05 met at]-> b",
        "a -[found via]-> b",
        "a -[]-> b",
        "a -[2010-02-30]-> b",
        "a -[2010-06-19 2011]-> b",
        "a -[works at]-> b",
        "a -[kind=x]-> b",
        "a -[\"a note\"]-> b",
        "a -[x y=z]-> b",
        "a -> a",
        "a -> b # a comment",
        "a -> b : a note",
        "a -> b, c",
        "a, c -> b",
        "a -> b -> c",
        "a -->  b",
        "a => b",
        "a ->> b",
        "a → b",
        "a -> \"b c\"",
        "\"a\" -> b",
        "Zoë -> b",
        "a- -> b-c",
        "-a -> b",
        "a -> b-",
        "a.b_c -> d-e.f",
        "person-0 -> job-12",
        "1,200 -> b",
        "a -> b works at c",
        "a b -> c",
        "a -> b ]",
        "a [x] -> b",
        "a -[x-]-> b",
        "a -[x",
        "a ->",
        "-> b",
        "a\u00a0-> b",
        "\uFEFFa -> b",
      })
  void aLineReadsTheSameEitherWay(String line) {
    String text = "person a\nperson b\n" + line + "\nb -> z\n";
    assertSameReading(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "person p-1",
        "  client\tc.2  ",
        "Person p_3",
        "org o-4",
        "organisation o5",
        "person a",
        "person b",
        "person value",
        "person since",
        "person p-1, p-2",
        "person p-1 since 2020",
        "person p-1 # a comment",
        "person p-1 : a note",
        "person 2014",
        "person -p",
        "person p-",
        "person Zoë-1",
        "person \"p 1\"",
        "persn p-1",
        "group p-1",
        "deal d-1",
        "title t-1",
        "person",
        "person p-1 p-2",
        "client c-1 value 5k won 2020-01",
      })
  void aDeclarationReadsTheSameEitherWay(String line) {
    // b and p-1 are declared before, a only referred to: a second declaration is the full
    // parser's to refuse.
    String text = "person b\na -> b\n" + line + "\nperson p-1\n# end\nperson q-1\n";
    assertSameReading(text);
    assertSameReading(line + "\n\n" + line + "\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a -> b",
        "a->b",
        " a -[2010-06-19]-> b ",
        "a -[introduced 2012-05]-> b",
        "person-0 -> job-12"
      })
  void theShortcutTakesPlainLinks(String line) {
    assertThat(new PlainLink().read(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"person p-1", "  client\tc.2  ", "Person p_3", "org o-4"})
  void theShortcutTakesPlainDeclarations(String line) {
    byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(new PlainLink().readDeclaration(b, 0, b.length)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "person a",
        "person p-1, p-2",
        "person p-1 # c",
        "person 2014",
        "persn p-1",
        "person Zoë-1",
        "person"
      })
  void theShortcutLeavesOtherDeclarationsToTheParser(String line) {
    byte[] b = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(new PlainLink().readDeclaration(b, 0, b.length)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a -> a", "a -> b # c", "a -[works at]-> b", "a -[2010-02-30]-> b", "Zoë -> b"})
  void theShortcutLeavesTheRestToTheParser(String line) {
    assertThat(new PlainLink().read(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "person-0", "a-", "-a", "a--b", "a.b_c", "2014", "a-b-c-d", "x-->y"})
  void aNameTheWriterLeavesBareReadsBackAsOneName(String name) {
    String text = "person " + Syntax.name(name) + "\n" + Syntax.name(name) + " -> b\n";
    ReadResult read = NetmapReader.read("m.netmap", text);
    assertThat(read.problems()).as(text).isEmpty();
    assertThat(read.map().nodes().stream().map(Node::id)).as(text).containsExactly(name, "b");
  }

  @Test
  void aWholeMapReadsTheSameEitherWay() {
    String text =
        """
        # a map
        title "Links"
        person a, b
        client c value 5k won 2020-01
        person p-1
        person p-2   # with a comment
        org o-1

        prospect p-3

        a -> b
        a -[2010-06-19]-> x
          x -> c   # the client

        a ->
          y
        b -[introduced]->
          z -> c


        y -[2011]-> c
        group g = a, w
        w -> c
        a -> b
        """;
    assertSameReading(text);
    ReadResult read = NetmapReader.read("m.netmap", text);
    // Worked by hand: the seven links in file order; the declared nodes in file order, then x,
    // y, z and w, only referred to, in order of first use.
    assertThat(read.map().links()).hasSize(9);
    assertThat(read.map().nodes().stream().map(Node::id))
        .containsExactly("a", "b", "c", "p-1", "p-2", "o-1", "p-3", "x", "y", "z", "w");
    assertThat(NetmapWriter.write(read.map(), read.layout()))
        .isEqualTo(
            NetmapWriter.write(
                NetmapReader.readWithoutShortcut("m.netmap", text).map(),
                NetmapReader.readWithoutShortcut("m.netmap", text).layout()));
  }

  private static void assertSameReading(String text) {
    ReadResult fast = NetmapReader.read("m.netmap", text);
    ReadResult full = NetmapReader.readWithoutShortcut("m.netmap", text);
    assertThat(fast.problems()).as(text).isEqualTo(full.problems());
    assertThat(fast.map()).as(text).isEqualTo(full.map());
    assertThat(fast.map().nodes()).as(text).isEqualTo(full.map().nodes());
    assertThat(fast.layout()).as(text).isEqualTo(full.layout());
    assertThat(IntStream.range(0, full.map().links().size()).mapToObj(fast.locations()::link))
        .as(text)
        .containsExactlyElementsOf(
            IntStream.range(0, full.map().links().size())
                .mapToObj(full.locations()::link)
                .toList());
    List<String> ids = full.map().nodes().stream().map(Node::id).toList();
    for (String id : ids) {
      assertThat(fast.locations().of(id)).as(text + " " + id).isEqualTo(full.locations().of(id));
    }
  }
}
