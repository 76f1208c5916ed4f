import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import networth.imports.Found;
import networth.imports.ImportFile;
import networth.imports.Importer;
import networth.imports.Importers;
import networth.io.Progress;

/**
 * Times an importer alone, without the merge or the map: one JVM reads the files RUNS times and
 * prints each read's wall time, then the median of the reads after the first WARM (the JIT's
 * warm-up). bench/imports/run.sh runs it on the generated Connections.csv.
 *
 * <p>Arguments: the source ("linkedin"), how many runs, how many warm-up runs, then the files.
 */
public class ImportTiming {
  public static void main(String[] args) throws Exception {
    Importer importer = Importers.installed().named(args[0]).orElseThrow();
    int runs = Integer.parseInt(args[1]);
    int warm = Integer.parseInt(args[2]);
    List<ImportFile> files = new ArrayList<>();
    for (int i = 3; i < args.length; i++) {
      files.add(ImportFile.of(Path.of(args[i])));
    }
    List<Double> measured = new ArrayList<>();
    double first = 0;
    for (int run = 1; run <= runs; run++) {
      long start = System.nanoTime();
      Found found = importer.read(files, Progress.NONE);
      double ms = (System.nanoTime() - start) / 1e6;
      System.out.printf(
          "run %2d: %7.1f ms  (%d nodes, %d links, %d affiliations, %d skipped)%n",
          run, ms, found.nodes().size(), found.links().size(), found.affiliations().size(),
          found.skipped().size());
      if (run == 1) {
        first = ms;
      }
      if (run > warm) {
        measured.add(ms);
      }
    }
    Collections.sort(measured);
    System.out.printf(
        "first read %.1f ms; median of runs %d-%d: %.1f ms%n",
        first, warm + 1, runs, measured.get(measured.size() / 2));
  }
}
