package networth.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import networth.engine.json.ResultJson;
import networth.engine.options.CriticalOptions;
import networth.engine.options.Periods;
import networth.engine.options.SummaryOptions;
import networth.io.netmap.NetmapReader;
import networth.model.Period;
import org.junit.jupiter.api.Test;

/** One map version answers many callers at once (a server's threads) the same as one at a time. */
class SharedWorkspaceTest {

  @Test
  void manyThreadsAskingAtOnceGetWhatOneThreadGets() throws Exception {
    List<Object> questions =
        List.of(
            new SummaryOptions(Period.ALWAYS),
            new SummaryOptions(Periods.of(Optional.of("2024"), Optional.empty())),
            new CriticalOptions(1, Period.ALWAYS),
            new CriticalOptions(20, Period.ALWAYS));
    List<String> alone = new ArrayList<>();
    MapWorkspace single = TinyMap.open();
    questions.forEach(q -> alone.add(ResultJson.write(ask(single, q))));

    MapWorkspace shared = TinyMap.open();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        Object q = questions.get(i % questions.size());
        answers.add(pool.submit(() -> ResultJson.write(ask(shared, q))));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get()).isEqualTo(alone.get(i % questions.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aMapWithErrorsAnswersNoAnalysis() {
    MapWorkspace broken =
        MapWorkspace.of(NetmapReader.read("bad.netmap", "client Acme value lots\n"));

    assertThatThrownBy(() -> broken.summary(new SummaryOptions(Period.ALWAYS)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("errors");
  }

  private static Object ask(MapWorkspace w, Object q) {
    return q instanceof SummaryOptions s ? w.summary(s) : w.critical((CriticalOptions) q);
  }
}
