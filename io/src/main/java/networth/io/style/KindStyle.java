package networth.io.style;

import networth.model.NodeKind;

/**
 * How each kind of node looks in every picture networth writes: a colour and the nearest shape each
 * tool has, so that a map reads the same in Graphviz, Mermaid, yEd, Gephi and Cytoscape.
 *
 * <p>A lost opportunity is grey: it no longer counts, and the map draws it grey and crossed out, so
 * its legend and every export show the same grey.
 *
 * @param colour fill colour, #rrggbb
 * @param dotShape Graphviz shape
 * @param mermaidOpen Mermaid's opening bracket for the shape
 * @param mermaidClose and its closing bracket
 */
public record KindStyle(String colour, String dotShape, String mermaidOpen, String mermaidClose) {

  public static KindStyle of(NodeKind kind) {
    return switch (kind) {
      case PERSON -> new KindStyle("#8ecae6", "ellipse", "([", "])");
      case ORGANISATION -> new KindStyle("#adb5bd", "box", "[", "]");
      case CHANNEL -> new KindStyle("#ffb703", "hexagon", "{{", "}}");
      case EVENT -> new KindStyle("#cdb4db", "octagon", "[[", "]]");
      case MEDIA -> new KindStyle("#ffafcc", "parallelogram", "[/", "/]");
      case CONTENT -> new KindStyle("#bde0fe", "note", "[\\", "\\]");
      case JOB -> new KindStyle("#e9c46a", "house", "[/", "\\]");
      case PROJECT -> new KindStyle("#a8dadc", "component", "[", "]");
      case CLIENT -> new KindStyle("#2a9d8f", "doublecircle", "((", "))");
      case PROSPECT -> new KindStyle("#90be6d", "circle", "(", ")");
      case LOST -> new KindStyle("#c8c8c8", "circle", "(", ")");
      case UNKNOWN -> new KindStyle("#dee2e6", "ellipse", "(", ")");
    };
  }

  /** The colour's red, green and blue, 0–255. */
  public int[] rgb() {
    int v = Integer.parseInt(colour.substring(1), 16);
    return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
  }
}
