package networth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import networth.model.Node;
import networth.model.NodeKind;
import networth.store.maps.MapChange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Writers racing on one version: one wins, the others are told the map moved on. */
class ConcurrentWritesTest {

  @ParameterizedTest
  @EnumSource(Backends.class)
  void ofEightWritesBasedOnTheSameVersionExactlyOneIsKept(Backends backend) throws Exception {
    int writers = 8;
    try (Store store = backend.open()) {
      User ann = store.accounts().local();
      String id = store.maps().create(ann, Maps.of(Maps.STORY));
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(writers);
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        String name = "Writer " + i;
        Callable<String> write =
            () -> {
              start.await();
              try {
                store
                    .maps()
                    .apply(ann, id, 1, new MapChange.AddNode(Node.of(name, NodeKind.PERSON)));
                return name;
              } catch (StoreException.Stale e) {
                return "stale";
              }
            };
        results.add(pool.submit(write));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : results) {
        outcomes.add(f.get());
      }
      pool.shutdown();

      List<String> winners = outcomes.stream().filter(o -> !o.equals("stale")).toList();
      assertThat(winners).hasSize(1);
      assertThat(store.maps().read(ann, id).version()).isEqualTo(2);
      assertThat(store.maps().read(ann, id).map())
          .isEqualTo(Maps.of(Maps.story("person \"" + winners.get(0) + "\"")));
    }
  }
}
