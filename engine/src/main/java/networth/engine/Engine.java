package networth.engine;

import java.util.Map;
import java.util.concurrent.Callable;
import networth.analysis.attribution.ModelComparison.Phases;
import networth.io.ReadResult;

/**
 * The use cases every front end calls: open a map (read and checked), index it, analyse it. A map
 * is known by a version the caller gives (the hash of its files for the command line, a stored
 * version for a server): the same version is opened once, and its answers kept, for the last {@code
 * capacity} versions asked.
 */
public final class Engine {

  /** How many map versions are kept unless asked. */
  public static final int CAPACITY_DEFAULT = 16;

  private final Phases phases;
  private final Map<String, MapWorkspace> open;

  /**
   * @param capacity how many map versions to keep open
   * @param phases times each phase of an analysis ({@link Phases#NONE} for none)
   */
  public Engine(int capacity, Phases phases) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.phases = phases;
    this.open = MapWorkspace.recent(capacity);
  }

  public Engine() {
    this(CAPACITY_DEFAULT, Phases.NONE);
  }

  /**
   * The map of this version: kept from before, or read now with {@code read}.
   *
   * @param version what tells this map apart from every other and from its other versions
   * @param read reads and checks the map; called only when the version is not kept
   * @throws Exception what {@code read} throws (a file that cannot be read, say)
   */
  public MapWorkspace open(String version, Callable<ReadResult> read) throws Exception {
    synchronized (open) {
      MapWorkspace kept = open.get(version);
      if (kept != null) {
        return kept;
      }
    }
    MapWorkspace fresh = MapWorkspace.of(read.call(), phases);
    synchronized (open) {
      open.put(version, fresh);
    }
    return fresh;
  }
}
