package networth.imports.graphs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import networth.diagnostics.Problem;
import networth.imports.Found;
import networth.imports.ImportException;
import networth.imports.Origin;
import networth.model.Link;
import networth.model.Node;

/**
 * What a graph file holds, as an import finds it: each node under its name (its label, else the
 * file's id), made unique ("Jane Doe (2)"); each edge as a link between those names. A duplicate
 * node id or an edge to an undeclared node makes the file unreadable; an edge from a node to itself
 * or one that would close a cycle of links is left out, with why.
 */
final class GraphToFound {

  /** How many problems of one file are reported before the rest are left unsaid. */
  static final int MAX_PROBLEMS = 20;

  static final String SELF_LOOP = "an edge from a node to itself";
  static final String CLOSES_CYCLE = "a directed edge that would close a cycle of links";

  private GraphToFound() {}

  static void add(FileGraph graph, SourceText text, Found.Builder into) throws ImportException {
    List<Problem> problems = new ArrayList<>();
    Map<String, FileGraph.Vertex> byId = new HashMap<>();
    for (FileGraph.Vertex v : graph.vertices) {
      FileGraph.Vertex first = byId.putIfAbsent(v.id, v);
      if (first != null) {
        problems.add(
            text.showing(
                Problem.error(
                    text.find(v.line, "\"" + v.id + "\""),
                    "node id '" + v.id + "' is declared twice (first on line " + first.line + ")",
                    "give each node its own id")));
      }
    }
    Map<String, String> names = new HashMap<>();
    for (FileGraph.Vertex v : graph.vertices) {
      names.putIfAbsent(v.id, name(v));
    }
    Map<String, String> ids = new HashMap<>();
    for (FileGraph.Vertex v : graph.vertices) {
      if (ids.containsKey(v.id)) {
        continue;
      }
      String name = names.get(v.id);
      String id = unique(name, into);
      ids.put(v.id, id);
      String group = v.parent.isEmpty() ? "" : names.getOrDefault(v.parent, v.parent);
      Node n = ItemFields.node(id, name, group, v, text, problems);
      into.node(n, origin(text, v.line));
    }
    List<Link> links = new ArrayList<>();
    for (FileGraph.Edge e : graph.edges) {
      boolean known = end(e, e.source, "comes from", text, byId, problems);
      known &= end(e, e.target, "goes to", text, byId, problems);
      links.add(
          known ? ItemFields.link(ids.get(e.source), ids.get(e.target), e, text, problems) : null);
    }
    if (!problems.isEmpty()) {
      problems.sort(
          Comparator.comparingInt((Problem p) -> p.position().line())
              .thenComparingInt(p -> p.position().column()));
      throw new ImportException(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
    }
    for (FileGraph.Left l : graph.left) {
      into.skip(origin(text, l.line()), l.reason());
    }
    links(graph, links, ids, text, into);
  }

  /** Adds the links, each its way, and skips the loops and the edges that would close a cycle. */
  private static void links(
      FileGraph graph,
      List<Link> links,
      Map<String, String> ids,
      SourceText text,
      Found.Builder into) {
    Map<String, Integer> number = new HashMap<>();
    boolean[] last = new boolean[ids.size()];
    for (FileGraph.Vertex v : graph.vertices) {
      String id = ids.get(v.id);
      if (!number.containsKey(id)) {
        last[number.size()] = into.node(id).map(x -> x.kind().isOpportunity()).orElse(false);
        number.put(id, number.size());
      }
    }
    int m = graph.edges.size();
    int[] from = new int[m];
    int[] to = new int[m];
    boolean[] directed = new boolean[m];
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      FileGraph.Edge e = graph.edges.get(i);
      Link l = links.get(i);
      if (l.from().equals(l.to())) {
        continue;
      }
      boolean back = e.direction == FileGraph.Direction.BACKWARD;
      int k = kept.size();
      from[k] = number.get(back ? l.to() : l.from());
      to[k] = number.get(back ? l.from() : l.to());
      directed[k] = e.direction != FileGraph.Direction.EITHER;
      kept.add(i);
    }
    int n = kept.size();
    CycleBreaker.Way[] ways =
        CycleBreaker.ways(
            number.size(),
            Arrays.copyOf(from, n),
            Arrays.copyOf(to, n),
            Arrays.copyOf(directed, n),
            last);
    int k = 0;
    for (int i = 0; i < m; i++) {
      FileGraph.Edge e = graph.edges.get(i);
      Link l = links.get(i);
      Origin origin = origin(text, e.line);
      if (k == n || kept.get(k) != i) {
        into.skip(origin, SELF_LOOP);
        continue;
      }
      CycleBreaker.Way way = ways[k++];
      boolean turn =
          (way == CycleBreaker.Way.TURNED) != (e.direction == FileGraph.Direction.BACKWARD);
      if (way == CycleBreaker.Way.LEFT_OUT) {
        into.skip(origin, CLOSES_CYCLE);
      } else {
        into.link(turn ? l.between(l.to(), l.from()) : l, origin);
      }
    }
  }

  private static String name(FileGraph.Vertex v) {
    String label = ItemFields.tidy(v.label);
    if (label.isEmpty()) {
      label = ItemFields.labelOf(v.values);
    }
    return label.isEmpty()
        ? ItemFields.tidy(v.id).isEmpty() ? "node" : ItemFields.tidy(v.id)
        : label;
  }

  /** The name itself, or "name (2)", "name (3)"… when it is taken. */
  private static String unique(String name, Found.Builder into) {
    if (into.node(name).isEmpty()) {
      return name;
    }
    for (int n = 2; ; n++) {
      String id = name + " (" + n + ")";
      if (into.node(id).isEmpty()) {
        return id;
      }
    }
  }

  private static boolean end(
      FileGraph.Edge e,
      String node,
      String way,
      SourceText text,
      Map<String, FileGraph.Vertex> byId,
      List<Problem> problems) {
    if (byId.containsKey(node)) {
      return true;
    }
    String attribute = way.equals("comes from") ? "source" : "target";
    String edge = e.id.isEmpty() ? "an edge" : "edge '" + e.id + "'";
    problems.add(
        text.showing(
            Problem.error(
                text.find(e.line, attribute + "=\"" + node + "\""),
                edge + " " + way + " '" + node + "', which no node declares",
                "declare a node with id \"" + node + "\", or correct the edge's " + attribute)));
    return false;
  }

  static Origin origin(SourceText text, int line) {
    return new Origin(text.file(), Math.max(1, line));
  }
}
