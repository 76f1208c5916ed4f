package networth.io.netmap;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import networth.io.SourceLines;
import networth.model.Node;

/**
 * The plain declarations ({@link PlainLink#readDeclaration}, with their deals) of a large map read
 * ahead, in parts of lines, on threads of their own, each made into its node there: the thread that
 * reads the map then only numbers each id and declares its node. A million-node map declares its
 * nodes first, a line each, and cutting them up was half the time before its first link.
 *
 * <p>The threads read nothing but the lines: they may run while the reader changes the map, and
 * stop once its links begin (when {@link PlainLinksAhead} starts). What a line says is what the
 * reader would read in it itself, by the same {@link PlainLink}; a name declared already, which the
 * full parser reports, is left to the reader.
 */
final class PlainDeclarationsAhead extends LinesAhead<PlainDeclarationsAhead.Part> {

  private final ThreadLocal<Reading> reading = ThreadLocal.withInitial(Reading::new);

  /**
   * What a part's lines say: for line {@code first + i}, the node it declares (null when it is no
   * plain declaration), the column (from 0) of its name, and how it wrote its deal's values.
   */
  record Part(int first, Node[] nodes, int[] columns, Map<String, String>[] written)
      implements LinesAhead.Part {

    @Override
    public int end() {
      return first + nodes.length;
    }

    @Override
    public boolean found(int index) {
      return nodes[index - first] != null;
    }
  }

  /** A thread's own line reader and window on the lines. */
  private final class Reading {
    final PlainLink plain = new PlainLink();
    final SourceLines.Window window = lines.window();
  }

  private PlainDeclarationsAhead(SourceLines lines, int partLines) {
    // One thread fewer than the links get: the reader declares each node itself, and on two
    // processors a second thread cutting lines only took time from it and from the compiler.
    super(lines, 0, partLines, "map declarations ahead", Math.max(1, THREADS - 1), part(0, 0));
  }

  /**
   * The lines of a large map read ahead from its first; nothing read ahead when they are fewer than
   * {@code fromLines}. In parts of {@code partLines}.
   */
  static PlainDeclarationsAhead from(SourceLines lines, int fromLines, int partLines) {
    return new PlainDeclarationsAhead(lines, partLines).started(lines.size() >= fromLines);
  }

  @SuppressWarnings("unchecked")
  private static Part part(int first, int count) {
    return new Part(
        first, new Node[count], new int[count], (Map<String, String>[]) new Map<?, ?>[count]);
  }

  @Override
  protected Part read(int first, int count) {
    Reading r = reading.get();
    Part p =
        spent(count)
            .map(
                used -> {
                  java.util.Arrays.fill(used.nodes(), null);
                  java.util.Arrays.fill(used.written(), null);
                  return new Part(first, used.nodes(), used.columns(), used.written());
                })
            .orElseGet(() -> part(first, count));
    for (int i = 0; i < count && !stopped(); i++) {
      int index = first + i;
      int start = r.window.start(index);
      byte[] text = r.window.bytes();
      PlainLink plain = r.plain;
      if (!plain.readDeclaration(text, start, start + lines.length(index), true)) {
        continue;
      }
      // A plain name is ASCII. Its hash is worked out here, and kept by the string.
      String id =
          new String(
              text,
              start + plain.fromStart,
              plain.fromEnd - plain.fromStart,
              StandardCharsets.US_ASCII);
      id.hashCode();
      p.nodes[i] = plain.node(id);
      p.columns[i] = plain.fromStart;
      p.written[i] = plain.written;
    }
    return p;
  }

  /** The node of the line {@link #has} said yes to. */
  Node node(int index) {
    return part.nodes[index - part.first];
  }

  /** The column (from 0) of its name. */
  int column(int index) {
    return part.columns[index - part.first];
  }

  /** How it wrote its deal's values, by field (see {@link PlainLink#written}). */
  Map<String, String> written(int index) {
    return part.written[index - part.first];
  }
}
