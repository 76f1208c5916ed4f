package networth.io;

import java.util.List;
import java.util.Optional;
import networth.diagnostics.Problem;
import networth.graph.MapGraph;
import networth.model.NetworkMap;

/**
 * What reading a map gives: the map (everything that could be read, even when there were errors),
 * every problem found, where each part came from, and (for a map file) how it was laid out.
 */
public record ReadResult(
    NetworkMap map,
    List<Problem> problems,
    Locations locations,
    Layout layout,
    Optional<MapGraph> index) {

  public ReadResult {
    problems = List.copyOf(problems);
  }

  public ReadResult(NetworkMap map, List<Problem> problems, Locations locations, Layout layout) {
    this(map, problems, locations, layout, Optional.empty());
  }

  /** The map's graph index: the one the checks built, else a new one. */
  public MapGraph graph() {
    return index.orElseGet(() -> MapGraph.of(map));
  }

  /**
   * The same result with more problems, found after reading, and the index they were found with.
   */
  public ReadResult with(List<Problem> more, MapGraph graph) {
    List<Problem> all = new java.util.ArrayList<>(problems);
    all.addAll(more);
    return new ReadResult(map, all, locations, layout, Optional.of(graph));
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }
}
