package networth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.engine.options.SummaryOptions;
import networth.io.ReadResult;
import networth.io.netmap.NetmapReader;
import networth.model.Period;
import org.junit.jupiter.api.Test;

/** A map version is read once and its answers kept, for as many versions as asked. */
class CacheTest {

  private final AtomicInteger reads = new AtomicInteger();

  private ReadResult read() {
    reads.incrementAndGet();
    return NetmapReader.read("tiny.netmap", TinyMap.TEXT);
  }

  @Test
  void theSameVersionIsReadOnceAndAnsweredOnce() throws Exception {
    Engine engine = new Engine(2, Phases.NONE);

    MapWorkspace first = engine.open("v1", this::read);
    MapWorkspace again = engine.open("v1", this::read);

    assertThat(reads).hasValue(1);
    assertThat(again).isSameAs(first);
    SummaryOptions all = new SummaryOptions(Period.ALWAYS);
    assertThat(again.summary(all)).isSameAs(first.summary(all));
  }

  @Test
  void anotherVersionIsReadAgainAndTheOldestForgottenBeyondCapacity() throws Exception {
    Engine engine = new Engine(2, Phases.NONE);

    engine.open("v1", this::read);
    engine.open("v2", this::read);
    engine.open("v3", this::read);
    assertThat(reads).hasValue(3);

    engine.open("v3", this::read);
    engine.open("v2", this::read);
    assertThat(reads).as("v2 and v3 are kept").hasValue(3);
    engine.open("v1", this::read);
    assertThat(reads).as("v1 was forgotten for v3").hasValue(4);
  }

  @Test
  void aMapWithErrorsIsOpenedWithItsProblemsAndAnswersNothing() throws Exception {
    MapWorkspace broken =
        new Engine().open("bad", () -> NetmapReader.read("bad.netmap", "client Acme value lots\n"));

    assertThat(broken.hasErrors()).isTrue();
    assertThat(broken.problems()).isNotEmpty();
    assertThat(broken.problems().get(0).position().line()).isEqualTo(1);
  }
}
