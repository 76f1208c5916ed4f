package networth.cli.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import networth.cli.output.ProblemPrinter;
import networth.io.MapFiles;
import networth.io.ReadResult;
import networth.io.snapshot.SnapshotCache;
import networth.io.snapshot.SnapshotKey;
import picocli.CommandLine.Parameters;

/** The map a command works on: one file, or the two sheets of a spreadsheet map. */
public final class MapInput {

  @Parameters(
      arity = "1..2",
      paramLabel = "MAP",
      description =
          "The map: a .netmap or .json file, or the elements and connections .csv sheets (or a folder holding elements.csv and connections.csv).")
  List<Path> files;

  /**
   * Reads and checks the map, printing its problems to {@code err}; from a snapshot when one is
   * kept (see {@link #readQuietly(Keyed, PrintWriter)}).
   */
  public ReadResult read(PrintWriter err) throws Exception {
    return read(files, err);
  }

  /**
   * The same from the files themselves, with the layout of a map file, for a command that writes
   * the map back (a snapshot keeps no layout: the comments and order of the file's lines).
   */
  public ReadResult readFile(PrintWriter err) throws Exception {
    ReadResult read = readFile(files, err);
    ProblemPrinter.print(read.problems(), err);
    return read;
  }

  /** The same, leaving the problems to the caller to print. */
  static ReadResult readFile(List<Path> files, PrintWriter err) throws Exception {
    return networth.cli.Timings.phase("read", () -> MapFiles.read(files, progress(err)));
  }

  /** At a terminal, a line on standard error that counts the rows of a large sheet as they come. */
  static networth.io.Progress progress(PrintWriter err) {
    if (System.console() == null) {
      return networth.io.Progress.NONE;
    }
    return (source, rows, done) -> {
      err.print(
          String.format(
              java.util.Locale.ROOT, "\rreading %s: %,d rows%s", source, rows, done ? "\n" : "…"));
      err.flush();
    };
  }

  static ReadResult read(List<Path> files, PrintWriter err) throws Exception {
    ReadResult read = readQuietly(files, err);
    ProblemPrinter.print(read.problems(), err);
    return read;
  }

  /** Reads and checks the map, leaving its problems to the caller to print. */
  static ReadResult readQuietly(List<Path> files, PrintWriter err) throws Exception {
    return readQuietly(Keyed.of(files), err);
  }

  /**
   * The same for files already keyed: from a snapshot of their content when one is kept, else from
   * the files, keeping a snapshot of a large map for the next command (written while this one goes
   * on; {@link #finishSnapshots} waits for it).
   */
  static ReadResult readQuietly(Keyed keyed, PrintWriter err) throws Exception {
    // What is read here is analysed, or kept as a snapshot (which holds no layout), never written
    // back as a file: the file's layout is not kept.
    Optional<SnapshotKey> key = keyed.key().filter(k -> snapshots.worthKeeping(k));
    if (key.isPresent()) {
      Optional<ReadResult> kept =
          networth.cli.Timings.phase("read snapshot", () -> snapshots.find(key.get()));
      if (kept.isPresent()) {
        return kept.get();
      }
    }
    ReadResult read =
        networth.cli.Timings.phase(
            "read", () -> MapFiles.readForAnalysis(keyed.files(), progress(err)));
    if (key.isPresent() && !read.hasErrors()) {
      Thread writer = new Thread(() -> snapshots.store(key.get(), read), "snapshot writer");
      writer.start();
      synchronized (writing) {
        writing.add(writer);
      }
    }
    return read;
  }

  /**
   * A map's files and the key of their content: empty when snapshots are off, or when a file cannot
   * be read (the reader then says why).
   */
  record Keyed(List<Path> files, Optional<SnapshotKey> key, boolean snapshotsOn) {

    static Keyed of(List<Path> files) {
      if (!enabled) {
        return new Keyed(files, Optional.empty(), false);
      }
      try {
        return new Keyed(
            files,
            Optional.of(
                networth.cli.Timings.phase(
                    "content key", () -> snapshots.key(SnapshotKey.files(files)))),
            true);
      } catch (Exception e) {
        return new Keyed(files, Optional.empty(), true);
      }
    }

    /**
     * What tells this content apart from any other in one process (the engine keeps it): its
     * content key, or with snapshots off, the files' attributes, which need no pass over them.
     */
    String version() {
      if (key.isPresent()) {
        return key.get().version();
      }
      return snapshotsOn ? MapVersion.of(files) : MapVersion.ofAttributes(files);
    }
  }

  private static final SnapshotCache snapshots =
      new SnapshotCache(
          SnapshotCache.Settings.of(System.getenv(), System.getProperty("user.home")));
  private static volatile boolean enabled = true;
  private static final List<Thread> writing = new java.util.ArrayList<>();

  /** Turns snapshots off ({@code --no-cache}) or back on. */
  public static void useSnapshots(boolean on) {
    enabled = on;
  }

  /** Waits for the snapshots being written, so that none is cut short when the process ends. */
  public static void finishSnapshots() {
    List<Thread> pending;
    synchronized (writing) {
      pending = List.copyOf(writing);
      writing.clear();
    }
    if (pending.isEmpty()) {
      return;
    }
    try {
      networth.cli.Timings.phase(
          "snapshot written",
          () -> {
            for (Thread t : pending) {
              t.join();
            }
            return null;
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // Joining throws nothing else; a failed write has already been let go.
    }
  }
}
