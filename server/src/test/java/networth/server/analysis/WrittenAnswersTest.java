package networth.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An analysis of a map version is written once and then answered from what was kept, until the map
 * moves to another version or the answer is the least recently used one past the limit.
 */
class WrittenAnswersTest {

  private static Supplier<byte[]> counting(AtomicInteger calls, String text) {
    return () -> {
      calls.incrementAndGet();
      return text.getBytes(StandardCharsets.UTF_8);
    };
  }

  @Test
  void aThousandRequestsForOneVersionWriteTheAnswerOnce() {
    WrittenAnswers answers = new WrittenAnswers();
    AtomicInteger calls = new AtomicInteger();
    String key = AnalysisRoutes.key("m", 3, "summary", Map.of());
    for (int i = 0; i < 1000; i++) {
      assertThat(answers.get(key, counting(calls, "{\"opportunities\":10}")).plain())
          .asString(StandardCharsets.UTF_8)
          .isEqualTo("{\"opportunities\":10}");
    }
    assertThat(calls).hasValue(1);
    assertThat(answers.written()).isEqualTo(1);
  }

  /**
   * Eight requests for an answer that is still being written (a large map's layout takes minutes)
   * wait for the one writing it: it is written once, and all eight get it.
   */
  @Test
  void requestsForAnAnswerBeingWrittenWaitForItInsteadOfWritingItAgain() throws Exception {
    WrittenAnswers answers = new WrittenAnswers();
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Supplier<byte[]> slow =
        () -> {
          calls.incrementAndGet();
          started.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "laid out".getBytes(StandardCharsets.UTF_8);
        };
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> replies = new ArrayList<>();
      replies.add(pool.submit(() -> new String(answers.get("m@1/layout", slow).plain())));
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 7; i++) {
        replies.add(pool.submit(() -> new String(answers.get("m@1/layout", slow).plain())));
      }
      Thread.sleep(200); // the seven are waiting, not writing: calls stays at 1
      assertThat(calls).hasValue(1);
      release.countDown();
      for (Future<String> reply : replies) {
        assertThat(reply.get(10, TimeUnit.SECONDS)).isEqualTo("laid out");
      }
      assertThat(calls).hasValue(1);
      assertThat(answers.written()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A request that fails (a bad parameter) fails those waiting for it too, and keeps nothing. */
  @Test
  void aFailedAnswerIsNotKept() {
    WrittenAnswers answers = new WrittenAnswers();
    assertThatThrownBy(
            () ->
                answers.get(
                    "m@1/attribute?model=nine",
                    () -> {
                      throw new IllegalArgumentException("no model nine");
                    }))
        .hasMessage("no model nine");
    assertThat(answers.get("m@1/attribute?model=nine", () -> "ok".getBytes()).plain())
        .asString()
        .isEqualTo("ok");
  }

  @Test
  void aNewVersionIsWrittenAgainAndTheOldOneStaysAsItWas() {
    WrittenAnswers answers = new WrittenAnswers();
    AtomicInteger calls = new AtomicInteger();
    String v3 = AnalysisRoutes.key("m", 3, "summary", Map.of());
    String v4 = AnalysisRoutes.key("m", 4, "summary", Map.of());
    answers.get(v3, counting(calls, "three"));
    assertThat(answers.get(v4, counting(calls, "four")).plain()).asString().isEqualTo("four");
    assertThat(answers.get(v3, counting(calls, "never")).plain()).asString().isEqualTo("three");
    assertThat(calls).hasValue(2);
  }

  @Test
  void theLeastRecentlyUsedAnswerGoesFirstOncePastTheLimit() {
    // Limit 10 bytes: a (4) and b (4) fit; c (4) makes 12, so the least recently used goes. a was
    // read after b, so b goes, and a is still answered without being written again.
    WrittenAnswers answers = new WrittenAnswers(10);
    AtomicInteger calls = new AtomicInteger();
    answers.get("a", counting(calls, "aaaa"));
    answers.get("b", counting(calls, "bbbb"));
    answers.get("a", counting(calls, "xxxx"));
    answers.get("c", counting(calls, "cccc"));
    assertThat(calls).hasValue(3);
    assertThat(answers.size()).isEqualTo(2);
    assertThat(answers.get("a", counting(calls, "xxxx")).plain()).asString().isEqualTo("aaaa");
    assertThat(answers.get("b", counting(calls, "BBBB")).plain()).asString().isEqualTo("BBBB");
    assertThat(calls).hasValue(4);
  }

  @Test
  void anAnswerLargerThanTheLimitIsStillAnswered() {
    WrittenAnswers answers = new WrittenAnswers(2);
    assertThat(answers.get("big", () -> "larger".getBytes(StandardCharsets.UTF_8)).plain())
        .asString()
        .isEqualTo("larger");
  }

  @Test
  void aRefusalIsNotKept() {
    WrittenAnswers answers = new WrittenAnswers();
    AtomicInteger calls = new AtomicInteger();
    Supplier<byte[]> refusing =
        () -> {
          calls.incrementAndGet();
          throw new IllegalArgumentException("half-life must be positive");
        };
    assertThatThrownBy(() -> answers.get("k", refusing)).hasMessageContaining("half-life");
    assertThatThrownBy(() -> answers.get("k", refusing)).hasMessageContaining("half-life");
    assertThat(calls).hasValue(2);
    assertThat(answers.size()).isZero();
  }

  @Test
  void theKeyIgnoresTheParametersOrderButNotTheirValues() {
    String a =
        AnalysisRoutes.key(
            "m", 1, "attribute", Map.of("model", List.of("linear"), "by", List.of("group")));
    String b =
        AnalysisRoutes.key(
            "m", 1, "attribute", Map.of("by", List.of("group"), "model", List.of("linear")));
    assertThat(a).isEqualTo(b);
    assertThat(AnalysisRoutes.key("m", 1, "attribute", Map.of("model", List.of("first"))))
        .isNotEqualTo(AnalysisRoutes.key("m", 1, "attribute", Map.of("model", List.of("last"))));
    // A value holding the separators cannot pass for two parameters.
    assertThat(AnalysisRoutes.key("m", 1, "whatif", Map.of("without", List.of("a&to=2020"))))
        .isNotEqualTo(
            AnalysisRoutes.key(
                "m", 1, "whatif", Map.of("without", List.of("a"), "to", List.of("2020"))));
    assertThat(AnalysisRoutes.key("m", 1, "summary", Map.of()))
        .isNotEqualTo(AnalysisRoutes.key("m", 12, "summary", Map.of()))
        .isNotEqualTo(AnalysisRoutes.key("m1", 2, "summary", Map.of()));
  }

  @Test
  void aLongAnswerIsKeptCompressedBesideItAndAShortOneIsNot() throws Exception {
    WrittenAnswers answers = new WrittenAnswers();
    // 2,001 bytes of JSON ("[", 999 times "1,", "1]"): past the 1,500 from which answers are
    // compressed.
    String text = "[" + "1,".repeat(999) + "1]";
    assertThat(text).hasSize(2001);
    WrittenAnswers.Written longOne =
        answers.get("long", () -> text.getBytes(StandardCharsets.UTF_8));
    byte[] gzip = longOne.gzip().orElseThrow();
    assertThat(gzip.length).isLessThan(200);
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
    }
    // 1,499 bytes stay plain only.
    String shorter = "\"" + "x".repeat(1497) + "\"";
    assertThat(answers.get("short", () -> shorter.getBytes(StandardCharsets.UTF_8)).gzip())
        .isEmpty();
  }
}
