package networth.imports.graphs;

import java.util.ArrayList;
import java.util.List;
import networth.io.Progress;

/**
 * A graph as one file gives it, before its nodes have networth ids: the file's own node ids, the
 * labels and attribute values as written, and the line each element starts on. Both GEXF and
 * GraphML read into this, so that what a graph becomes ({@link GraphToFound}) is decided once.
 */
final class FileGraph {

  /** How often, in nodes and edges, reading reports its progress. */
  static final long REPORT_EVERY = 10_000;

  /** Which way an edge leads. */
  enum Direction {
    /** From its source to its target. */
    FORWARD,
    /** From its target to its source (yEd: an arrow drawn at the source end only). */
    BACKWARD,
    /** Either way: an undirected edge. */
    EITHER
  }

  /**
   * One value of a node or an edge.
   *
   * @param title the attribute's name (GEXF's title, GraphML's attr.name)
   * @param text the value as written
   * @param line the line it is on
   * @param needle the text that finds it on its line, for a message's column
   */
  record Value(String title, String text, int line, String needle) {}

  /** A node of the file. */
  static final class Vertex {
    final String id;
    final int line;
    String label = "";

    /** The file id of the group (yEd) or parent node (GEXF) it sits in, or empty. */
    String parent = "";

    final List<Value> values = new ArrayList<>();

    Vertex(String id, int line) {
      this.id = id;
      this.line = line;
    }
  }

  /** An edge of the file. */
  static final class Edge {
    final String id;
    final String source;
    final String target;
    final int line;
    Direction direction;
    String label = "";
    final List<Value> values = new ArrayList<>();

    Edge(String id, String source, String target, int line, Direction direction) {
      this.id = id;
      this.source = source;
      this.target = target;
      this.line = line;
      this.direction = direction;
    }
  }

  /** An element read but left out ({@code <hyperedge>}), and why. */
  record Left(int line, String reason) {}

  final List<Vertex> vertices = new ArrayList<>();
  final List<Edge> edges = new ArrayList<>();
  final List<Left> left = new ArrayList<>();

  private final String file;
  private final Progress progress;
  private long read;

  FileGraph(String file, Progress progress) {
    this.file = file;
    this.progress = progress;
  }

  Vertex vertex(String id, int line) {
    Vertex v = new Vertex(id, line);
    vertices.add(v);
    counted();
    return v;
  }

  Edge edge(String id, String source, String target, int line, Direction direction) {
    Edge e = new Edge(id, source, target, line, direction);
    edges.add(e);
    counted();
    return e;
  }

  /** Says the file is read to its end. */
  void done() {
    progress.read(file, read, true);
  }

  private void counted() {
    read++;
    if (read % REPORT_EVERY == 0) {
      progress.read(file, read, false);
    }
  }
}
