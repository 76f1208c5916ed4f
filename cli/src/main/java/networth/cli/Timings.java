package networth.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Measures the phases of a run (reading, indexing, analysing) and, when asked with {@code networth
 * --timings}, reports them on standard error with the heap in use, for benchmarks.
 */
public final class Timings {

  private static volatile PrintWriter report;

  /** The phases of an analysis in core, timed as phases of the run. */
  public static final networth.analysis.attribution.ModelComparison.Phases PHASES =
      new networth.analysis.attribution.ModelComparison.Phases() {
        @Override
        public <T> T phase(String name, java.util.function.Supplier<T> work) {
          try {
            return Timings.phase(name, work::get);
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
      };

  private Timings() {}

  static void reportTo(PrintWriter err) {
    report = err;
  }

  static void off() {
    report = null;
  }

  /** Runs a phase, reporting how long it took when timings are on. */
  public static <T> T phase(String name, Callable<T> work) throws Exception {
    PrintWriter r = report;
    if (r == null) {
      return work.call();
    }
    long start = System.nanoTime();
    T result = work.call();
    double seconds = (System.nanoTime() - start) / 1e9;
    Runtime rt = Runtime.getRuntime();
    long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
    r.println(
        String.format(
            Locale.ROOT, "timing: %-10s %8.3f s   heap in use %,d MiB", name, seconds, usedMb));
    r.flush();
    return result;
  }
}
