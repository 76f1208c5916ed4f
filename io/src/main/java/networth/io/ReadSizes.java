package networth.io;

import networth.model.NetworkMap;

/**
 * Room made before a large map is read, in the builder and in the places, from what a reader
 * guessed of its size: its arrays are then filled, not copied as they grow. On millions of links
 * each copy is fresh memory, which costs more than the reading (docs/architecture.md, "Large maps:
 * fresh memory first"). A guess too small only means an array grows.
 */
public final class ReadSizes {

  private ReadSizes() {}

  /**
   * Makes room for about {@code declarations} declared nodes and {@code links} links; a link's end
   * that nothing declares is a node too, so the builder has room for a few more nodes.
   */
  public static void reserve(
      NetworkMap.Builder builder, Locations locations, int declarations, int links) {
    builder.expectNodes(declarations + declarations / 8 + 16).expectLinks(links);
    locations.expectDeclarations(declarations);
    locations.expectLinks(links);
  }
}
