package networth.cli.output;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import networth.engine.Within;
import networth.engine.result.PathsResult;
import networth.render.text.Markup;
import networth.render.text.TextTable;
import networth.text.MapWords;

/** The routes to an opportunity as text, Markdown or CSV (JSON is the result itself). */
public final class PathsView {

  private final PathsResult paths;
  private final Within map;
  private final MapWords words;

  /**
   * @param paths the answer
   * @param map the map it answers about, for the nodes' labels
   */
  public PathsView(PathsResult paths, Within map) {
    this.paths = paths;
    this.map = map;
    this.words = new MapWords(map.map(), map.graph());
  }

  public String render(OutputFormat format) {
    return switch (format) {
      case JSON -> throw new IllegalArgumentException("JSON is the result's: see ResultJson");
      case CSV -> csv();
      case MD -> list(true);
      case TEXT -> list(false);
    };
  }

  private String csv() {
    TextTable t = new TextTable("route", "position", "id", "label");
    List<PathsResult.Route> routes = paths.routes();
    for (int i = 0; i < routes.size(); i++) {
      List<String> nodes = routes.get(i).nodes();
      for (int k = 0; k < nodes.size(); k++) {
        t.row(String.valueOf(i + 1), String.valueOf(k + 1), nodes.get(k), label(nodes.get(k)));
      }
    }
    return t.csv();
  }

  private String list(boolean markdown) {
    BigInteger count = paths.count();
    StringBuilder s = new StringBuilder();
    String heading =
        paths.label()
            + ": "
            + (count.equals(BigInteger.ONE) ? "1 route" : count + " routes")
            + (count.signum() == 0 ? "" : shown(count, paths.listed()));
    s.append(markdown ? "# " + Markup.markdown(heading) + "\n\n" : heading + "\n");
    if (count.signum() == 0) {
      s.append("Nothing leads to it: add the links that brought it.\n");
    }
    List<PathsResult.Route> routes = paths.routes();
    for (int i = 0; i < routes.size(); i++) {
      PathsResult.Route r = routes.get(i);
      List<String> labels = new ArrayList<>();
      r.nodes().forEach(id -> labels.add(label(id)));
      String line =
          String.join(" → ", labels) + "  (" + r.links() + (r.links() == 1 ? " link)" : " links)");
      s.append(
              markdown
                  ? (i + 1) + ". " + Markup.markdown(line)
                  : String.format("%3d. ", i + 1) + line)
          .append('\n');
    }
    return s.toString();
  }

  /** The node's label, with its id when another node has the same label. */
  private String label(String id) {
    return words.label(map.index(id));
  }

  private static String shown(BigInteger count, int listed) {
    return BigInteger.valueOf(listed).equals(count)
        ? ", shortest first"
        : ", the " + listed + " shortest listed (use --limit for more)";
  }
}
