package networth.render.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a map out in layers with the Eclipse Layout Kernel's layered algorithm (Sugiyama's method:
 * layering, crossing minimisation, node placement, edge routing): origins on the left,
 * opportunities on the right, few crossings. The same map always gives the same picture: ELK's
 * random seed is fixed. Boxes are sized to their wrapped labels, notes to their wrapped lines; an
 * opportunity's area follows its value.
 *
 * <p>The layered algorithm's time grows faster than the map: its layering (network simplex) took 6
 * s on 5,000 nodes and 10,000 links and 60 s on twice that, and its crossing minimisation, which by
 * default tries seven starting orders, is most of the time on a thousand nodes. So beyond {@link
 * #THOROUGH_MAX} nodes and links it tries one order, and beyond {@link #LAYERED_MAX} the map is
 * drawn in columns ({@link ColumnLayout}) instead, and the caller told so. It runs on a thread with
 * a deep stack ({@link DeepStack}): ELK recurses along chains and around hubs.
 */
public final class LayeredLayout {

  /** Characters per line before a label wraps. */
  public static final int WRAP_DEFAULT = 22;

  static final double CHAR_WIDTH = 7.2;
  static final double LINE_HEIGHT = 16;
  static final double PADDING = 12;
  static final double NOTE_CHAR_WIDTH = 5.4;

  /** Height of a line of a note along a link. */
  public static final double NOTE_LINE = 12;

  /** Characters per line of a note along a link before it wraps. */
  public static final int NOTE_WRAP = 28;

  /** Space between an opportunity's shape and the text beside it. */
  static final double BESIDE_GAP = 6;

  static {
    // A shaded jar loses ELK's service files, so the algorithm is registered by hand.
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  /**
   * Nodes and links together up to which crossing minimisation tries ELK's default number of
   * starting orders (seven); beyond, one, which is several times faster and changes little on a map
   * too large to see whole.
   */
  public static final int THOROUGH_MAX = 1_000;

  /** Nodes and links together beyond which the map is drawn in columns instead of layers. */
  public static final int LAYERED_MAX = 16_000;

  private LayeredLayout() {}

  /** The map laid out, in layers when it is small enough for them, else in columns. */
  public static Picture of(NetworkMap map) {
    return of(map, notice -> {});
  }

  /**
   * The map laid out; {@code notices} hears, in a sentence, when it is drawn in columns instead of
   * layers and why.
   */
  public static Picture of(NetworkMap map, Consumer<String> notices) {
    int nodes = map.nodes().size();
    int links = map.links().size();
    if (nodes + links > LAYERED_MAX) {
      notices.accept(
          String.format(
              Locale.ROOT,
              "the map has %,d nodes and %,d links, more than the layered layout draws in good"
                  + " time (%,d in all): drawn in columns instead, links straight; --focus NODE"
                  + " --depth N draws a part of it in layers",
              nodes,
              links,
              LAYERED_MAX));
      return ColumnLayout.of(map);
    }
    try {
      return DeepStack.call(() -> layered(map, nodes + links > THOROUGH_MAX ? 1 : 0));
    } catch (StackOverflowError e) {
      notices.accept(
          "the map is too deep for the layered layout: drawn in columns instead, links straight");
      return ColumnLayout.of(map);
    }
  }

  /** The map laid out by ELK; {@code thoroughness} 0 keeps ELK's default. */
  private static Picture layered(NetworkMap map, int thoroughness) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 30.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 8.0);
    root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));
    if (thoroughness > 0) {
      root.setProperty(LayeredOptions.THOROUGHNESS, thoroughness);
    }
    Opportunities opportunities = Opportunities.of(map);
    List<ElkNode> elk = new ArrayList<>();
    List<Picture.Box> sized = new ArrayList<>();
    Map<String, ElkNode> byId = new HashMap<>();
    for (int v = 0; v < map.nodes().size(); v++) {
      Picture.Box b = size(v, map.nodes().get(v), opportunities);
      ElkNode e = ElkGraphUtil.createNode(root);
      e.setDimensions(b.width(), b.height());
      elk.add(e);
      sized.add(b);
      byId.put(map.nodes().get(v).id(), e);
    }
    List<Integer> linkIndex = new ArrayList<>();
    List<ElkEdge> edges = new ArrayList<>();
    List<List<String>> notes = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Link> links = map.links();
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      if (l.from().equals(l.to()) || !seen.add(l.from() + "\u0000" + l.to())) {
        continue;
      }
      ElkEdge edge = ElkGraphUtil.createSimpleEdge(byId.get(l.from()), byId.get(l.to()));
      String note = note(l);
      List<String> lines = note.isEmpty() ? List.of() : wrap(note, NOTE_WRAP);
      if (!lines.isEmpty()) {
        // A label in the middle of the link, as large as its wrapped lines: the layered algorithm
        // makes room for it, so that notes do not sit on boxes or on each other.
        ElkLabel label = ElkGraphUtil.createLabel(note, edge);
        label.setDimensions(longest(lines) * NOTE_CHAR_WIDTH + 4, lines.size() * NOTE_LINE);
      }
      edges.add(edge);
      notes.add(lines);
      linkIndex.add(i);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    List<Picture.Box> boxes = new ArrayList<>();
    for (int v = 0; v < elk.size(); v++) {
      ElkNode e = elk.get(v);
      Picture.Box b = sized.get(v);
      boxes.add(
          new Picture.Box(
              v,
              e.getX(),
              e.getY(),
              b.width(),
              b.height(),
              b.shapeWidth(),
              b.shapeHeight(),
              b.lines(),
              b.beside()));
    }
    List<Picture.Path> paths = new ArrayList<>();
    for (int k = 0; k < edges.size(); k++) {
      ElkEdge edge = edges.get(k);
      double[] at = new double[0];
      if (!edge.getLabels().isEmpty()) {
        ElkLabel label = edge.getLabels().get(0);
        at = new double[] {label.getX() + label.getWidth() / 2, label.getY() + NOTE_LINE - 3};
      }
      paths.add(new Picture.Path(linkIndex.get(k), points(edge), notes.get(k), at));
    }
    return new Picture(root.getWidth(), root.getHeight(), boxes, paths);
  }

  /**
   * A node's box before it is placed. Most nodes are their wrapped label in a shape just large
   * enough; an opportunity is a shape sized by its value (see {@link Opportunities}) with its
   * amount inside, its label and status beside it.
   */
  static Picture.Box size(int v, Node n, Opportunities opportunities) {
    if (!n.isOpportunity()) {
      List<String> lines = wrap(n.label(), WRAP_DEFAULT);
      double w = longest(lines) * CHAR_WIDTH + 2 * PADDING;
      double h = lines.size() * LINE_HEIGHT + PADDING;
      return new Picture.Box(v, 0, 0, w, h, w, h, lines, List.of());
    }
    double[] shape = opportunities.shape(n);
    String amount = opportunities.amount(n);
    // A shape is never narrower than its amount: the only case where the area says less than the
    // value is an amount too long for a very small deal's shape.
    double w = Math.max(shape[0], amount.length() * CHAR_WIDTH + PADDING);
    List<String> beside = new ArrayList<>(wrap(n.label(), WRAP_DEFAULT));
    beside.add(Opportunities.status(n));
    double width = w + BESIDE_GAP + longest(beside) * CHAR_WIDTH;
    double height = Math.max(shape[1], beside.size() * LINE_HEIGHT);
    return new Picture.Box(
        v,
        0,
        0,
        width,
        height,
        w,
        shape[1],
        amount.isEmpty() ? List.of() : List.of(amount),
        beside);
  }

  private static int longest(List<String> lines) {
    return Math.max(1, lines.stream().mapToInt(String::length).max().orElse(1));
  }

  private static double[] points(ElkEdge edge) {
    List<Double> p = new ArrayList<>();
    for (ElkEdgeSection s : edge.getSections()) {
      p.add(s.getStartX());
      p.add(s.getStartY());
      s.getBendPoints()
          .forEach(
              b -> {
                p.add(b.getX());
                p.add(b.getY());
              });
      p.add(s.getEndX());
      p.add(s.getEndY());
    }
    if (p.isEmpty()) {
      KVector a = new KVector(edge.getSources().get(0).getX(), edge.getSources().get(0).getY());
      p.add(a.x);
      p.add(a.y);
    }
    return p.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * The note shown along a link, whole: its note, else its kind, and its date when it has one
   * ("found via · 2008-05").
   */
  public static String note(Link l) {
    String note = l.note().isEmpty() ? l.kind() : l.note();
    String date = l.date().map(Object::toString).orElse("");
    if (date.isEmpty()) {
      return note;
    }
    // No-break spaces keep the date with the last word when the note wraps.
    return note.isEmpty() ? date : note + "\u00a0·\u00a0" + date;
  }

  /** Splits a label into lines of at most {@code width} characters, at spaces where it can. */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
