package networth.server.maps;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import networth.io.json.JsonMapWriter;
import networth.server.access.Caller;
import networth.server.analysis.Workspaces;
import networth.server.http.ApiException;
import networth.server.http.Json;
import networth.server.http.Versions;
import networth.store.Role;
import networth.store.Store;
import networth.store.StoreException;
import networth.store.User;
import networth.store.maps.MapAccess;
import networth.store.maps.MapListing;
import networth.store.maps.MapVersion;
import networth.store.maps.StoredMap;

/**
 * {@code /api/maps}: a user's maps, whole: create, list, read (in any form), replace, delete; their
 * history, undo and restore; sharing.
 */
public final class MapRoutes {

  private final Store store;
  private final Workspaces workspaces;

  public MapRoutes(Store store, Workspaces workspaces) {
    this.store = store;
    this.workspaces = workspaces;
  }

  /** {@code POST /api/maps}: 201 with the new map's id and its Location. */
  public void create(Context ctx) {
    User user = Caller.of(ctx).user();
    String id = store.maps().create(user, MapBodies.map(ctx));
    ctx.status(201);
    ctx.header("Location", "/api/maps/" + id);
    Versions.tag(ctx, 1);
    ObjectNode o = Json.object();
    o.put("id", id);
    o.put("version", 1);
    Json.answer(ctx, o);
  }

  /** {@code GET /api/maps}: the maps the user may see, the most recently changed first. */
  public void list(Context ctx) {
    User user = Caller.of(ctx).user();
    ArrayNode all = Json.MAPPER.createArrayNode();
    for (MapListing m : store.maps().list(user)) {
      ObjectNode o = all.addObject();
      o.put("id", m.id());
      o.put("name", m.title());
      o.put("version", m.version());
      o.put("role", m.role().word());
      o.put("owner", m.owner());
      o.put("updated", m.changedAt().toString());
    }
    ObjectNode o = Json.object();
    o.set("maps", all);
    Json.answer(ctx, o);
  }

  /** {@code GET /api/maps/{id}}: the JSON map with its ETag, or {@code ?format=} a download. */
  public void read(Context ctx) {
    User user = Caller.of(ctx).user();
    String id = ctx.pathParam("id");
    String format = ctx.queryParam("format");
    Downloads form = format == null ? Downloads.JSON : Downloads.of(format);
    double scale = scale(ctx);
    long version = store.maps().version(user, id);
    ctx.header("Cache-Control", "private, no-cache");
    if (Versions.notModified(ctx, version)) {
      Versions.tag(ctx, version);
      ctx.status(304);
      return;
    }
    StoredMap stored = store.maps().read(user, id);
    Versions.tag(ctx, stored.version());
    if (form == Downloads.JSON && format == null) {
      Json.text(ctx, Json.TYPE, JsonMapWriter.write(stored.map()));
      return;
    }
    boolean report = form == Downloads.HTML || form == Downloads.MD;
    Workspaces.Opened opened = report ? workspaces.at(user, id, stored.version()) : null;
    byte[] bytes = form.write(stored.map(), scale, opened);
    ctx.contentType(form.contentType());
    ctx.header(
        "Content-Disposition", "attachment; filename=\"" + form.fileName(stored.map(), id) + "\"");
    ctx.result(bytes);
  }

  /** {@code PUT /api/maps/{id}}: replaces the whole map (If-Match: a version, or {@code *}). */
  public void replace(Context ctx) {
    User user = Caller.of(ctx).user();
    String id = ctx.pathParam("id");
    IfMatch.required(ctx);
    // The access is checked before the body is read, so that a map one may not see stays unseen.
    store.maps().role(user, id);
    var map = MapBodies.map(ctx);
    long version =
        IfMatch.write(
            ctx, store, user, id, basedOn -> store.maps().replace(user, id, basedOn, map));
    written(ctx, id, version);
  }

  /** {@code DELETE /api/maps/{id}}: the owner deletes the map and its history (If-Match). */
  public void delete(Context ctx) {
    User user = Caller.of(ctx).user();
    String id = ctx.pathParam("id");
    IfMatch.required(ctx);
    long now = store.maps().version(user, id);
    if (!IfMatch.any(ctx)) {
      long basedOn = Versions.basedOn(ctx);
      if (now != basedOn) {
        throw new StoreException.Stale(id, basedOn, now);
      }
    }
    store.maps().delete(user, id);
    ctx.status(204);
  }

  /** {@code GET /api/maps/{id}/history}: every version, the first first. */
  public void history(Context ctx) {
    User user = Caller.of(ctx).user();
    String id = ctx.pathParam("id");
    ArrayNode all = Json.MAPPER.createArrayNode();
    for (MapVersion v : store.maps().history(user, id)) {
      ObjectNode o = all.addObject();
      o.put("version", v.number());
      o.put("made", v.madeAt().toString());
      o.put("by", v.user());
      o.put("change", v.description());
    }
    ObjectNode o = Json.object();
    o.put("id", id);
    o.set("versions", all);
    Json.answer(ctx, o);
  }

  /** {@code GET /api/maps/{id}/versions/{v}}: the JSON map as of version v. */
  public void version(Context ctx) {
    User user = Caller.of(ctx).user();
    String id = ctx.pathParam("id");
    long v = versionNumber(ctx.pathParam("v"), "v");
    StoredMap stored = store.maps().asOf(user, id, v);
    // A version never changes: it may be kept as long as anyone likes.
    ctx.header("Cache-Control", "private, max-age=31536000, immutable");
    Versions.tag(ctx, v);
    Json.text(ctx, Json.TYPE, JsonMapWriter.write(stored.map()));
  }

  /** {@code POST /api/maps/{id}/undo} (If-Match). */
  public void undo(Context ctx) {
    User user = Caller.of(ctx).user();
    String id = ctx.pathParam("id");
    long version;
    try {
      version =
          IfMatch.write(ctx, store, user, id, basedOn -> store.maps().undo(user, id, basedOn));
    } catch (StoreException.Invalid e) {
      throw new ApiException(409, "Nothing to undo", e.getMessage());
    }
    written(ctx, id, version);
  }

  /** {@code POST /api/maps/{id}/restore} with {@code {"version": v}} (If-Match). */
  public void restore(Context ctx) {
    User user = Caller.of(ctx).user();
    String id = ctx.pathParam("id");
    IfMatch.required(ctx);
    ObjectNode body = Json.body(ctx);
    if (!body.has("version") || !body.get("version").canConvertToLong()) {
      throw ApiException.unprocessable(
              "the body needs \"version\": the version to restore, a number")
          .with("field", "version");
    }
    long target = body.get("version").asLong();
    long version =
        IfMatch.write(
            ctx, store, user, id, basedOn -> store.maps().restore(user, id, basedOn, target));
    written(ctx, id, version);
  }

  /** {@code GET /api/maps/{id}/access}: who may use the map, the owner first. */
  public void access(Context ctx) {
    User user = Caller.of(ctx).user();
    ObjectNode o = Json.object();
    var rows = o.putArray("access");
    for (MapAccess a : store.maps().access(user, ctx.pathParam("id"))) {
      rows.addObject().put("user", a.user()).put("role", a.role().word());
    }
    Json.answer(ctx, o);
  }

  /** {@code PUT /api/maps/{id}/access/{user}} with {@code {"role": "viewer"|"editor"}}. */
  public void share(Context ctx) {
    User owner = Caller.of(ctx).user();
    String id = ctx.pathParam("id");
    String other = ctx.pathParam("user");
    String word = Json.string(Json.body(ctx), "role");
    Role role;
    try {
      role = Role.of(word);
    } catch (IllegalArgumentException e) {
      throw ApiException.unprocessable(e.getMessage()).with("field", "role");
    }
    store.maps().share(owner, id, other, role);
    ObjectNode o = Json.object();
    o.put("user", other);
    o.put("role", role.word());
    Json.answer(ctx, o);
  }

  /** {@code DELETE /api/maps/{id}/access/{user}}: takes the share back. */
  public void unshare(Context ctx) {
    User owner = Caller.of(ctx).user();
    store.maps().unshare(owner, ctx.pathParam("id"), ctx.pathParam("user"));
    ctx.status(204);
  }

  /** Answers a write: the new version, also as the ETag. */
  static void written(Context ctx, String id, long version) {
    Versions.tag(ctx, version);
    ObjectNode o = Json.object();
    o.put("id", id);
    o.put("version", version);
    Json.answer(ctx, o);
  }

  private static long versionNumber(String text, String name) {
    try {
      long v = Long.parseLong(text);
      if (v >= 1) {
        return v;
      }
    } catch (NumberFormatException e) {
      // Refused below.
    }
    throw ApiException.badParameter(name, "'" + text + "' is no version: versions count from 1");
  }

  private static double scale(Context ctx) {
    String s = ctx.queryParam("scale");
    if (s == null) {
      // One pixel for each unit of the SVG, as the command's PNG has.
      return 1;
    }
    try {
      double v = Double.parseDouble(s);
      if (v > 0 && v <= 16) {
        return v;
      }
    } catch (NumberFormatException e) {
      // Refused below.
    }
    throw ApiException.badParameter("scale", "scale must be more than 0 and at most 16, was " + s);
  }
}
