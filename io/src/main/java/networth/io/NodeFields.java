package networth.io;

import networth.model.NodeKind;

/** Which facts belong to which kinds of node, the same in every format. */
public final class NodeFields {

  private NodeFields() {}

  /**
   * Why a field does not belong on a node of a kind, or empty when it does.
   *
   * @param field {@code value}, {@code stage}, {@code next}, {@code probability}, {@code won} or
   *     {@code lost}; any other field belongs everywhere
   */
  public static String misplaced(NodeKind kind, String field) {
    return switch (field) {
      case "won" ->
          kind == NodeKind.CLIENT ? "" : "'won' is for clients; for other kinds write since or on";
      case "lost" ->
          kind == NodeKind.LOST
              ? ""
              : "'lost' dates a lost opportunity; declare it as: lost NAME lost 2014-05";
      case "probability", "p" ->
          kind == NodeKind.PROSPECT
              ? ""
              : "a probability is for prospects; a client counts in full and a lost one not at all";
      case "value", "stage", "next" ->
          kind.isOpportunity()
              ? ""
              : "'"
                  + field
                  + "' is for opportunities (client, prospect, lost), and this is a "
                  + kind.keyword();
      default -> "";
    };
  }
}
