package networth.io;

import java.util.List;
import networth.diagnostics.Problem;
import networth.model.NetworkMap;

/**
 * What reading a map gives: the map (everything that could be read, even when there were errors),
 * every problem found, where each part came from, and (for a map file) how it was laid out.
 */
public record ReadResult(
    NetworkMap map, List<Problem> problems, Locations locations, Layout layout) {

  public ReadResult {
    problems = List.copyOf(problems);
  }

  /** The same result with more problems, found after reading. */
  public ReadResult with(List<Problem> more) {
    List<Problem> all = new java.util.ArrayList<>(problems);
    all.addAll(more);
    return new ReadResult(map, all, locations, layout);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }
}
