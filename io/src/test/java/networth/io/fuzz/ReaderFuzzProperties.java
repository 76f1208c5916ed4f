package networth.io.fuzz;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import networth.model.NetworkMap;

/**
 * Whatever the bytes of a map, the readers answer with problems a person can act on, and what they
 * accept every writer writes and every form reads back. The inputs: the examples in all three forms
 * mutated ({@link FuzzInputs#TOKENS}: quotes, NULs, escapes, byte order marks, half characters,
 * huge numbers, words of the grammars; flipped bits, cut files, lines repeated, swapped, dropped),
 * and small generated maps. How many: {@link FuzzTries}; how to run many: docs/robustness.md.
 *
 * <p>Properties: (1) no exception escapes but the documented ones, with a message for a person; (2)
 * every problem has a line (and a column or field) and no Java internals in its words; (3) a map
 * read without errors writes in every form and export, the exports parse (XML, JSON, and Graphviz
 * where installed), and the three forms read back to the same map.
 */
@AddLifecycleHook(FuzzTries.class)
class ReaderFuzzProperties {

  private static final AtomicInteger TRIED = new AtomicInteger();
  private static final AtomicInteger ACCEPTED = new AtomicInteger();
  private static final AtomicInteger REFUSED = new AtomicInteger();
  private static final AtomicInteger PROBLEMS = new AtomicInteger();
  private static final Map<String, Integer> THROWN = new TreeMap<>();
  private static final Map<String, Integer> KNOWN = new TreeMap<>();
  private static final Map<String, String> UNKNOWN = new TreeMap<>();

  /** With -Dfuzz.survey=true failures are gathered and listed instead of stopping the run. */
  private static final boolean SURVEY = Boolean.getBoolean("fuzz.survey");

  @Provide
  Arbitrary<FuzzInput> mutatedExamples() {
    return FuzzInputs.mutatedExamples();
  }

  @Provide
  Arbitrary<FuzzInput> generatedMaps() {
    return FuzzInputs.generatedMaps();
  }

  @Property
  void mutatedExamplesGetPlacedAnswersAndRoundTrip(@ForAll("mutatedExamples") FuzzInput in)
      throws IOException {
    check(in);
  }

  @Property
  void generatedMapsGetPlacedAnswersAndRoundTrip(@ForAll("generatedMaps") FuzzInput in)
      throws IOException {
    check(in);
  }

  private static void check(FuzzInput in) throws IOException {
    Path dir = Files.createTempDirectory("networth-fuzz");
    Verdict v;
    ReadAndWriteBack run = new ReadAndWriteBack(dir);
    try {
      v = run.run(in);
    } finally {
      ReadAndWriteBack.delete(dir);
    }
    TRIED.incrementAndGet();
    if (run.read != null) {
      (run.read.hasErrors() ? REFUSED : ACCEPTED).incrementAndGet();
      PROBLEMS.addAndGet(run.read.problems().size());
    }
    if (run.refused != null) {
      synchronized (THROWN) {
        THROWN.merge(run.refused.getClass().getSimpleName(), 1, Integer::sum);
      }
    }
    if (v.isFine()) {
      return;
    }
    Optional<NetworkMap> accepted =
        run.read != null && !run.read.hasErrors() ? Optional.of(run.read.map()) : Optional.empty();
    Optional<KnownDefects.Known> known = KnownDefects.of(new KnownDefects.Try(in, v, accepted));
    if (known.isPresent()) {
      synchronized (KNOWN) {
        KNOWN.merge(known.get().name(), 1, Integer::sum);
      }
      return;
    }
    if (SURVEY) {
      String key = v.kind() + " " + firstLine(v.detail());
      synchronized (UNKNOWN) {
        UNKNOWN.merge(key, in + "\n=> " + v.detail(), (a, b) -> a.length() <= b.length() ? a : b);
      }
      return;
    }
    fail(v.kind() + ": " + v.detail() + "\n\ninput: " + in, v.cause());
  }

  private static String firstLine(String s) {
    String line = s.lines().findFirst().orElse("");
    return line.replaceAll("\\d+", "N").replaceAll("'[^']*'", "'…'");
  }

  @AfterContainer
  static void tally() {
    System.out.printf(
        "fuzz: %d inputs tried: %d read without errors (written in every form and read back), %d"
            + " refused with %d problems in all, %s answered by a documented exception; uncaught exceptions outside the known defects 0,"
            + " messages without a place outside them 0; known defects met: %s%n",
        TRIED.get(), ACCEPTED.get(), REFUSED.get(), PROBLEMS.get(), THROWN, KNOWN);
    UNKNOWN.forEach((k, example) -> System.out.println("SURVEY " + k + "\n" + example + "\n"));
  }
}
