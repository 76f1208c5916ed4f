package networth.render.layout;

import java.util.List;

/**
 * A laid-out map: where each node's box and each link's path lie, in pixels, origin top left.
 *
 * @param width the drawing's width
 * @param height the drawing's height
 * @param boxes one per node, in map order
 * @param paths one per distinct link, in map order
 */
public record Picture(double width, double height, List<Box> boxes, List<Path> paths) {

  public Picture {
    boxes = List.copyOf(boxes);
    paths = List.copyOf(paths);
  }

  /**
   * A node's box: its shape at the left, vertically centred, with text inside and beside it.
   *
   * @param node the node's index in the map
   * @param width the width of the shape and the text beside it
   * @param height the taller of the shape and the text beside it
   * @param shapeWidth the shape's width (the box's, for a node with no text beside it)
   * @param shapeHeight the shape's height
   * @param lines the text inside the shape: the label wrapped, or an opportunity's amount
   * @param beside the text to the right of the shape: an opportunity's label and status, or none
   */
  public record Box(
      int node,
      double x,
      double y,
      double width,
      double height,
      double shapeWidth,
      double shapeHeight,
      List<String> lines,
      List<String> beside) {
    public Box {
      lines = List.copyOf(lines);
      beside = List.copyOf(beside);
    }

    /** The top of the shape, centred in the box's height. */
    public double shapeY() {
      return y + (height - shapeHeight) / 2;
    }

    public double centreX() {
      return x + width / 2;
    }

    public double centreY() {
      return y + height / 2;
    }
  }

  /**
   * A link's path.
   *
   * @param link the link's index in the map
   * @param points the polyline from the source's side to the target's, as x, y pairs
   * @param note the note shown along the link, with its date, wrapped; empty when it has none
   * @param noteAt where the layout placed the note's box: its centre x and its first line's
   *     baseline y, or an empty array when it has none
   */
  public record Path(int link, double[] points, List<String> note, double[] noteAt) {
    public Path {
      points = points.clone();
      note = List.copyOf(note);
      noteAt = noteAt.clone();
    }

    /**
     * Where the note's baseline is centred: the place the layout made, else just above the middle.
     */
    public double[] notePlace() {
      if (noteAt.length == 2) {
        return noteAt.clone();
      }
      double[] m = middle();
      return new double[] {m[0], m[1] - 4};
    }

    /** The point halfway along the polyline. */
    public double[] middle() {
      double total = 0;
      for (int i = 2; i < points.length; i += 2) {
        total += Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
      }
      double left = total / 2;
      for (int i = 2; i < points.length; i += 2) {
        double seg = Math.hypot(points[i] - points[i - 2], points[i + 1] - points[i - 1]);
        if (seg >= left && seg > 0) {
          double t = left / seg;
          return new double[] {
            points[i - 2] + t * (points[i] - points[i - 2]),
            points[i - 1] + t * (points[i + 1] - points[i - 1])
          };
        }
        left -= seg;
      }
      return new double[] {points[0], points[1]};
    }
  }
}
