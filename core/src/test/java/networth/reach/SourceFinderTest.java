package networth.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import networth.generate.NetworkGenerator;
import networth.graph.MapGraph;
import networth.model.NetworkMap;
import org.junit.jupiter.api.Test;

/**
 * The sources found 64 at a time in one pass per word touch what a breadth-first search from each
 * of them alone touches ({@link TouchFinder#touch}, itself held to brute force in {@link
 * TouchFinderProperties}).
 */
class SourceFinderTest {

  @Test
  void wordsOfSixtyFourSourcesAgreeWithOneSearchPerSource() {
    // 150 channels and one job: 151 origins, of which those that lead to some opportunity are
    // sources; more than 64 of them, so at least two words.
    NetworkMap map = new NetworkGenerator(400, 1_500, 80, 150, 7).generate();
    MapGraph g = MapGraph.of(map);
    TouchFinder finder = new TouchFinder(map, g);
    List<Source> sources = SourceFinder.rank(map, g, finder);
    assertThat(sources).hasSizeGreaterThan(64);
    for (Source s : sources) {
      Touch alone = finder.touch(s.id(), s.label(), s.label(), List.of(s.id()));
      assertThat(s.touch().direct()).as(s.id()).isEqualTo(alone.direct());
      assertThat(s.touch().indirect()).as(s.id()).isEqualTo(alone.indirect());
      assertThat(s.touch().lost()).as(s.id()).isEqualTo(alone.lost());
      assertThat(s.touch().winRate()).as(s.id()).isEqualTo(alone.winRate());
    }
    for (int i = 1; i < sources.size(); i++) {
      assertThat(sources.get(i - 1).touch().value())
          .isGreaterThanOrEqualTo(sources.get(i).touch().value());
    }
  }
}
