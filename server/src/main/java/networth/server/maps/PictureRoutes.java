package networth.server.maps;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import networth.io.ReadResult;
import networth.model.Link;
import networth.model.NetworkMap;
import networth.model.Node;
import networth.render.layout.LayeredLayout;
import networth.render.layout.Picture;
import networth.server.access.Caller;
import networth.server.analysis.AnalysisRoutes;
import networth.server.http.Json;
import networth.server.http.MapProblems;
import networth.store.Store;
import networth.store.maps.StoredMap;

/**
 * What the page's editor and picture need besides the map: the checker's problems for text being
 * typed, and the map laid out by the same layered layout (ELK) as the SVG.
 */
public final class PictureRoutes {

  private final Store store;
  private final AnalysisRoutes analyses;

  public PictureRoutes(Store store, AnalysisRoutes analyses) {
    this.store = store;
    this.analyses = analyses;
  }

  /** {@code POST /api/check}: the problems of a map's text; nothing is stored. */
  public void check(Context ctx) {
    Caller.of(ctx);
    ReadResult read = MapBodies.read(ctx);
    ObjectNode o = Json.object();
    o.put("errors", read.problems().stream().filter(p -> p.isError()).count());
    o.put("warnings", read.problems().stream().filter(p -> !p.isError()).count());
    o.set("problems", MapProblems.json(read.problems(), true));
    Json.answer(ctx, o);
  }

  /**
   * {@code GET /api/maps/{id}/layout}: node boxes and link routes, in the SVG's pixels. Laid out
   * once per map version and kept with the analyses' answers: the layered layout of a map of
   * thousands of nodes takes minutes, and every page that opens the map asks for it.
   */
  public void layout(Context ctx) {
    analyses.keptByVersion(
        ctx,
        "layout",
        (user, id, version) -> {
          StoredMap stored = store.maps().asOf(user, id, version);
          return Json.write(json(stored.map(), LayeredLayout.of(stored.map())))
              .getBytes(StandardCharsets.UTF_8);
        });
  }

  static ObjectNode json(NetworkMap map, Picture picture) {
    ObjectNode o = Json.object();
    o.put("width", picture.width());
    o.put("height", picture.height());
    ArrayNode nodes = o.putArray("nodes");
    for (Picture.Box b : picture.boxes()) {
      Node n = map.nodes().get(b.node());
      ObjectNode j = nodes.addObject();
      j.put("id", n.id());
      j.put("label", n.label());
      j.put("kind", n.kind().keyword());
      j.put("x", b.x());
      j.put("y", b.y());
      j.put("width", b.width());
      j.put("height", b.height());
      j.put("shapeX", b.x());
      j.put("shapeY", b.shapeY());
      j.put("shapeWidth", b.shapeWidth());
      j.put("shapeHeight", b.shapeHeight());
      ArrayNode lines = j.putArray("lines");
      b.lines().forEach(lines::add);
      ArrayNode beside = j.putArray("beside");
      b.beside().forEach(beside::add);
      ArrayNode groups = j.putArray("groups");
      map.groupsOf(n.id()).forEach(groups::add);
    }
    ArrayNode links = o.putArray("links");
    for (Picture.Path p : picture.paths()) {
      Link l = map.links().get(p.link());
      ObjectNode j = links.addObject();
      j.put("link", p.link() + 1);
      j.put("from", l.from());
      j.put("to", l.to());
      j.put("kind", l.kind());
      ArrayNode points = j.putArray("points");
      for (int i = 0; i + 1 < p.points().length; i += 2) {
        points.addArray().add(p.points()[i]).add(p.points()[i + 1]);
      }
      ArrayNode note = j.putArray("note");
      p.note().forEach(note::add);
      if (!p.note().isEmpty()) {
        double[] at = p.notePlace();
        j.putArray("noteAt").add(at[0]).add(at[1]);
      }
    }
    return o;
  }
}
