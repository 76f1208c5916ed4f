package networth.io.json;

import java.util.Arrays;
import networth.model.Node;

/**
 * The {@code nodes} of a large JSON map read ahead ({@link JsonListAhead}): each plain node made on
 * the thread that reads it, then declared by the reader ({@link JsonNodes#declare}) in the list's
 * order. A node whose id is already taken is left to Jackson, which reports it.
 */
final class JsonNodesAhead extends JsonListAhead<PlainJsonNode, JsonNodesAhead.Nodes> {

  private final JsonNodes declaring;

  /** What a part's nodes are. */
  static final class Nodes extends Part {
    Node[] nodes = new Node[32];

    Nodes(long start, long cut) {
      super(start, cut);
    }

    @Override
    void grow(int room) {
      nodes = Arrays.copyOf(nodes, room);
    }
  }

  JsonNodesAhead(JsonInput input, JsonNodes declaring, JsonPlaces places, int partBytes) {
    super(input, places, partBytes);
    this.declaring = declaring;
  }

  @Override
  PlainJsonNode reader() {
    return new PlainJsonNode();
  }

  @Override
  Nodes part(long start, long cut) {
    return new Nodes(start, cut);
  }

  @Override
  void keep(Nodes part, PlainJsonNode node) {
    part.nodes[part.count] = node.node();
  }

  @Override
  boolean add(Nodes part, int e, int line, int byteColumn, int column) {
    return declaring.declare(part.nodes[e], line, column);
  }
}
