package networth.io.snapshot;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import networth.io.Layout;
import networth.io.Locations;
import networth.io.ReadResult;

/**
 * A folder of snapshots of checked maps, one file per map content (see {@link SnapshotKey}), so
 * that a second command on an unchanged large map reads a compact binary copy instead of the map.
 *
 * <p>Nothing in it is needed: any file may be deleted at any time, a damaged or cut-short one is
 * deleted and written again, and a failure to write one is silent (the command has its answer
 * already). A snapshot is written to a temporary file and renamed into place, so two processes
 * writing the same one leave one whole file. After each write the least recently used snapshots are
 * deleted until the folder holds at most {@link Settings#maxBytes} (the newest one is always kept),
 * and temporary files older than an hour (left by a killed process) go too.
 */
public final class SnapshotCache {

  /** How a snapshot's file name ends. */
  public static final String SUFFIX = ".snapshot";

  /** Maps smaller than this (all their files together) are read directly, not kept. */
  public static final long MIN_BYTES_DEFAULT = 1L << 20;

  /** What the folder may hold before the least recently used snapshots are deleted. */
  public static final long MAX_BYTES_DEFAULT = 2L << 30;

  /** Sets the folder (else {@code $XDG_CACHE_HOME/networth}, else {@code ~/.cache/networth}). */
  public static final String FOLDER_VARIABLE = "NETWORTH_CACHE_DIR";

  /** Sets {@link Settings#minBytes}, in bytes. */
  public static final String MIN_BYTES_VARIABLE = "NETWORTH_SNAPSHOT_MIN_BYTES";

  /** Sets {@link Settings#maxBytes}, in megabytes. */
  public static final String MAX_MB_VARIABLE = "NETWORTH_CACHE_MAX_MB";

  private static final Duration STALE_TEMPORARY = Duration.ofHours(1);
  private static final String TEMPORARY_SUFFIX = ".tmp";

  /**
   * @param folder where the snapshots are kept
   * @param minBytes the smallest map (in bytes of its files) worth a snapshot
   * @param maxBytes what the folder may hold before old snapshots are deleted
   * @param build networth's own build: a snapshot written by another is never read
   */
  public record Settings(Path folder, long minBytes, long maxBytes, String build) {

    /**
     * The settings the environment gives: {@value #FOLDER_VARIABLE}, {@value #MIN_BYTES_VARIABLE}
     * and {@value #MAX_MB_VARIABLE}, else the defaults; a value that is not a number is ignored.
     */
    public static Settings of(Map<String, String> env, String home) {
      Path folder;
      String set = env.getOrDefault(FOLDER_VARIABLE, "");
      String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
      if (!set.isBlank()) {
        folder = Path.of(set);
      } else if (!xdg.isBlank()) {
        folder = Path.of(xdg, "networth");
      } else {
        folder = Path.of(home, ".cache", "networth");
      }
      long min = number(env.get(MIN_BYTES_VARIABLE), MIN_BYTES_DEFAULT);
      long max = number(env.get(MAX_MB_VARIABLE), MAX_BYTES_DEFAULT >> 20) << 20;
      return new Settings(folder, min, max, Build.current());
    }

    private static long number(String text, long otherwise) {
      try {
        return text == null ? otherwise : Math.max(0, Long.parseLong(text.trim()));
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
  }

  private final Settings settings;

  public SnapshotCache(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  /** The key of a map's files, read by this build. */
  public SnapshotKey key(List<Path> files) throws IOException {
    return SnapshotKey.of(files, settings.build());
  }

  /** Whether a map of this key is big enough to be kept. */
  public boolean worthKeeping(SnapshotKey key) {
    return key.bytes() >= settings.minBytes();
  }

  /**
   * The checked map kept under this key, if a whole snapshot of it is there; a damaged one is
   * deleted.
   */
  public Optional<ReadResult> find(SnapshotKey key) {
    Path file = settings.folder().resolve(key.fileName());
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      SnapshotReader.Contents c = SnapshotReader.read(file, key.text());
      touch(file);
      return Optional.of(
          new ReadResult(c.map(), c.problems(), new Locations(), Layout.NONE, Optional.empty()));
    } catch (SnapshotReader.Unusable e) {
      deleteQuietly(file);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Keeps a checked map under this key; a map with errors is not kept. Says whether it was: a
   * folder that cannot be written, or a full disk, leaves nothing behind and is no error.
   */
  public boolean store(SnapshotKey key, ReadResult read) {
    if (read.hasErrors()) {
      return false;
    }
    Path tmp = null;
    try {
      Files.createDirectories(settings.folder());
      tmp = Files.createTempFile(settings.folder(), ".", TEMPORARY_SUFFIX);
      SnapshotWriter.write(read.map(), read.problems(), key.text(), tmp);
      Files.move(
          tmp,
          settings.folder().resolve(key.fileName()),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
      evict();
      return true;
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return false;
    } finally {
      if (tmp != null) {
        deleteQuietly(tmp);
      }
    }
  }

  /** Deletes the least recently used snapshots beyond the budget, and stale temporary files. */
  void evict() throws IOException {
    List<Path> snapshots = new ArrayList<>();
    Instant stale = Instant.now().minus(STALE_TEMPORARY);
    try (Stream<Path> in = Files.list(settings.folder())) {
      for (Path p : in.toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
          snapshots.add(p);
        } else if (name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX)) {
          Optional<FileTime> t = modified(p);
          if (t.isPresent() && t.get().toInstant().isBefore(stale)) {
            deleteQuietly(p);
          }
        }
      }
    }
    snapshots.sort(
        Comparator.comparing((Path p) -> modified(p).orElse(FileTime.fromMillis(0))).reversed());
    long kept = 0;
    for (int i = 0; i < snapshots.size(); i++) {
      long size = size(snapshots.get(i));
      if (i > 0 && kept + size > settings.maxBytes()) {
        deleteQuietly(snapshots.get(i));
      } else {
        kept += size;
      }
    }
  }

  private static Optional<FileTime> modified(Path p) {
    try {
      return Optional.of(Files.getLastModifiedTime(p));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  // Use counts as a change of time, so that eviction goes by last use, not by first write.
  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // A snapshot in a folder we may read but not change is still good to read.
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (NoSuchFileException | AccessDeniedException e) {
      // Gone already, or not ours to delete: either way nothing to do.
    } catch (IOException e) {
      // The cache is a convenience: a file we cannot delete is left for the next eviction.
    }
  }
}
