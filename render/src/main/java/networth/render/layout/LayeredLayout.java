package networth.render.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * random seed is fixed. Boxes are sized to their wrapped labels; opportunities grow with their
 * weight.
 */
public final class LayeredLayout {

  /** Characters per line before a label wraps. */
  public static final int WRAP_DEFAULT = 22;

  static final double CHAR_WIDTH = 7.2;
  static final double LINE_HEIGHT = 16;
  static final double PADDING = 12;
  static final double NOTE_CHAR_WIDTH = 5.4;
  static final double NOTE_HEIGHT = 12;

  /** Characters of a note shown along a link; the whole note is its tooltip. */
  public static final int NOTE_MAX = 40;

  static {
    // A shaded jar loses ELK's service files, so the algorithm is registered by hand.
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private LayeredLayout() {}

  public static Picture of(NetworkMap map) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 30.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 8.0);
    root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));
    double maxWeight =
        map.opportunities().stream()
            .mapToDouble(n -> n.deal().weight(n.kind()).doubleValue())
            .max()
            .orElse(0);
    List<ElkNode> elk = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    Map<String, ElkNode> byId = new HashMap<>();
    for (Node n : map.nodes()) {
      ElkNode e = ElkGraphUtil.createNode(root);
      List<String> lines = wrap(n.label(), WRAP_DEFAULT);
      int longest = lines.stream().mapToInt(String::length).max().orElse(1);
      double w = longest * CHAR_WIDTH + 2 * PADDING;
      double h = lines.size() * LINE_HEIGHT + PADDING;
      if (n.isOpportunity() && maxWeight > 0) {
        double grow = 1 + Math.sqrt(n.deal().weight(n.kind()).doubleValue() / maxWeight);
        w = Math.max(w, 60 * grow);
        h = Math.max(h, 30 * grow);
      }
      e.setDimensions(w, h);
      elk.add(e);
      labels.add(lines);
      byId.put(n.id(), e);
    }
    List<Integer> linkIndex = new ArrayList<>();
    List<ElkEdge> edges = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Link> links = map.links();
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      if (l.from().equals(l.to()) || !seen.add(l.from() + "\u0000" + l.to())) {
        continue;
      }
      ElkEdge edge = ElkGraphUtil.createSimpleEdge(byId.get(l.from()), byId.get(l.to()));
      String note = note(l);
      if (!note.isEmpty()) {
        // A label in the middle of the link: the layered algorithm makes room for it, so that
        // notes do not sit on boxes or on each other.
        ElkLabel label = ElkGraphUtil.createLabel(note, edge);
        label.setDimensions(note.length() * NOTE_CHAR_WIDTH + 4, NOTE_HEIGHT);
      }
      edges.add(edge);
      notes.add(note);
      linkIndex.add(i);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    List<Picture.Box> boxes = new ArrayList<>();
    for (int v = 0; v < elk.size(); v++) {
      ElkNode e = elk.get(v);
      boxes.add(new Picture.Box(v, e.getX(), e.getY(), e.getWidth(), e.getHeight(), labels.get(v)));
    }
    List<Picture.Path> paths = new ArrayList<>();
    for (int k = 0; k < edges.size(); k++) {
      ElkEdge edge = edges.get(k);
      double[] at = new double[0];
      if (!edge.getLabels().isEmpty()) {
        ElkLabel label = edge.getLabels().get(0);
        at = new double[] {label.getX() + label.getWidth() / 2, label.getY() + NOTE_HEIGHT - 3};
      }
      paths.add(new Picture.Path(linkIndex.get(k), points(edge), notes.get(k), at));
    }
    return new Picture(root.getWidth(), root.getHeight(), boxes, paths);
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

  /** The note shown along a link: its note, else its kind, cut to {@link #NOTE_MAX}. */
  public static String note(Link l) {
    String note = l.note().isEmpty() ? l.kind() : l.note();
    return networth.render.chart.Svg.shorten(note, NOTE_MAX);
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
